/**
 * The needs survey: HR opens a round and everyone is told; each member's answer is one row per round, changed in
 * place until the round closes; HR closes it. [TR12]
 */
import type { NoticeDraft } from '../../core/notices';
import { userOf } from '../../core/org';
import { answerKey, answerRefusal, roundRefusal, type SurveyRefusal } from '../../core/training/survey';
import { authorRefusal, learnerRefusal } from '../../core/training/trainingPermissions';
import { fromSurveyAnswer, fromSurveyRound, toSurveyRow } from '../../schema/trainingEntities';
import type { BatonStore, CoreData } from '../../store/batonStore';
import { record } from '../outbox';
import { refused, type TrainingResult } from './trainingResult';

export interface RoundInput {
  requestKey: string;
  title: string;
  topics: string[];
  closesAt?: number;
}

export async function openRound(
  store: BatonStore,
  data: CoreData,
  userId: string,
  input: RoundInput,
  now: number,
): Promise<TrainingResult<{ roundKey: string }, SurveyRefusal>> {
  const permission = authorRefusal(data, userId);
  if (permission) return refused(permission);
  const topics = input.topics.map((t) => t.trim()).filter(Boolean);
  if (roundRefusal(input.title, topics, input.closesAt, now)) return refused('roundInvalid');
  const key = `round/${input.requestKey}`;
  const row = fromSurveyRound({
    key,
    title: input.title.trim(),
    topics,
    closesAt: input.closesAt,
    closed: false,
  });
  const notices: NoticeDraft[] = data.members.flatMap((m) => {
    const user = userOf(m);
    return m.active && user
      ? [
          {
            key: `survey-open/${key}/${m.id}`,
            type: 'reminder' as const,
            recipientUserId: user,
            message: { key: 'training.notice.surveyOpened', params: { title: input.title.trim() } },
          },
        ]
      : [];
  });
  store.checkWrites([{ table: 'survey', keyField: 'key', rows: [row] }]);
  await store.addKeyed('survey', 'key', [row], true);
  await record(store, notices, [], now);
  return { ok: true, value: { roundKey: key } };
}

async function freshRound(store: BatonStore, roundKey: string) {
  const rows = (await store.readWhere('survey', 'key', roundKey)).map((r) => ({
    id: r.id,
    row: toSurveyRow(r),
  }));
  const found = rows.find((r) => r.row?.kind === 'round');
  return found?.row?.kind === 'round' ? found.row.round : undefined;
}

export async function answerSurvey(
  store: BatonStore,
  data: CoreData,
  userId: string,
  input: { roundKey: string; topics: string[]; wish: string },
  now: number,
): Promise<TrainingResult<{ changed: boolean }, SurveyRefusal>> {
  const permission = learnerRefusal(data, userId);
  const member = data.members.find((m) => m.active && m.userIds.includes(userId));
  if (permission || !member) return refused(permission ?? 'notMember');
  const round = await freshRound(store, input.roundKey);
  const refusal = answerRefusal(round, input.topics, input.wish, now);
  if (refusal) return refused(refusal);
  const key = answerKey(input.roundKey, member.id);
  const row = fromSurveyAnswer(
    {
      key,
      roundKey: input.roundKey,
      memberId: member.id,
      topics: input.topics,
      wish: input.wish.trim(),
      at: now,
    },
    `${member.name} · ${round!.title}`,
  );
  store.checkWrites([{ table: 'survey', keyField: 'key', rows: [row] }]);
  const existing = await store.findKeyed('survey', 'key', [key]);
  const ids = existing.get(key);
  if (ids?.length) {
    await store.update('survey', [{ id: ids[0]!, values: row }]);
    return { ok: true, value: { changed: true } };
  }
  await store.addKeyed('survey', 'key', [row], true);
  return { ok: true, value: { changed: false } };
}

export async function closeRound(
  store: BatonStore,
  data: CoreData,
  userId: string,
  roundKey: string,
): Promise<TrainingResult<undefined, SurveyRefusal>> {
  const permission = authorRefusal(data, userId);
  if (permission) return refused(permission);
  const round = await freshRound(store, roundKey);
  if (!round) return refused('roundGone');
  if (!round.closed) await store.update('survey', [{ id: round.id, values: { closed: true } }]);
  return { ok: true, value: undefined };
}
