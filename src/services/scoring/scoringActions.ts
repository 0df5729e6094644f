/**
 * [SC3][SC18] The boss's scoring actions: close a period (after booking what the facts call for in it) and award
 * or deduct points with a reason, the person told through the outbox. Refused for anyone else before any write.
 */
import { awardRefusal, bossRefusal, type AwardInput, type AwardRefusal } from '../../core/scoring/access';
import type { LedgerEntry } from '../../core/scoring/ledger';
import { parseClosed, periodSpan, withClosed } from '../../core/scoring/periods';
import { CLOSED_SETTING } from '../../core/scoring/settings';
import type { NoticeDraft } from '../../core/notices';
import type { PermissionRefusal } from '../../core/permissions';
import { fromEntry } from '../../schema/contributionEntity';
import type { BatonStore, CoreData } from '../../store/batonStore';
import { record, recordWrites } from '../outbox';
import { reconcileLedger } from './reconcileLedger';
import { scoringState } from './scoringState';

export type Result<V, C extends string> = { ok: true; value: V } | { ok: false; code: C };

export type CloseRefusal = PermissionRefusal | 'badPeriod';

const PERIOD_ID = { month: /^\d{4}-\d{2}$/, quarter: /^\d{4}-Q[1-4]$/ };

/** Closes `period` (a past or the current one, of the kind in use); closing it again changes nothing. */
export async function closePeriod(
  store: BatonStore,
  data: CoreData,
  actorUserId: string,
  period: string,
  now: number,
): Promise<Result<{ closed: string[] }, CloseRefusal>> {
  const refusal = bossRefusal(data, actorUserId);
  if (refusal) return { ok: false, code: refusal };
  const state = await scoringState(store, now);
  const span = periodSpan(period, state.settings.utcOffsetMinutes);
  if (!PERIOD_ID[state.settings.period].test(period) || !span || span.start > now)
    return { ok: false, code: 'badPeriod' };
  if (state.closed.includes(period)) return { ok: true, value: { closed: state.closed } };
  // Book what the facts call for first: once closed, the period's entries never change.
  await reconcileLedger(store, data, now);
  const [row] = await store.readWhere('settings', 'key', CLOSED_SETTING);
  const closed = withClosed(parseClosed(row?.values.value as string | undefined), period);
  const value = JSON.stringify(closed);
  if (row) await store.update('settings', [{ id: row.id, values: { value } }]);
  else await store.addKeyed('settings', 'key', [{ key: CLOSED_SETTING, value }], true);
  return { ok: true, value: { closed } };
}

/** A manual award (positive) or deduction (negative), booked in the open period, written once per request key. */
export async function awardPoints(
  store: BatonStore,
  data: CoreData,
  actorUserId: string,
  input: AwardInput,
  now: number,
  requestKey: string,
): Promise<Result<LedgerEntry, AwardRefusal>> {
  const state = await scoringState(store, now);
  const refusal = awardRefusal(data, actorUserId, input, state.settings.maxTaskPoints);
  if (refusal) return { ok: false, code: refusal };
  const member = data.members.find((m) => m.id === input.memberId)!;
  const entry: LedgerEntry = {
    key: `award:${requestKey}`,
    memberId: member.id,
    rule: 'award',
    source: 'award',
    points: input.points,
    period: state.openPeriod,
    reason: input.reason.trim(),
    at: now,
    summary: input.reason.trim(),
  };
  const notices: NoticeDraft[] = member.userIds.slice(0, 1).map((recipientUserId) => ({
    key: `${entry.key}:notice`,
    type: 'award',
    recipientUserId,
    message: {
      key: input.points > 0 ? 'scoring.notice.award' : 'scoring.notice.deduction',
      params: { points: Math.abs(input.points), reason: entry.reason!, period: entry.period },
    },
  }));
  const rows = [fromEntry(entry)];
  store.checkWrites([
    { table: 'contributions', keyField: 'key', rows },
    ...recordWrites(store, notices, [], now),
  ]);
  const ids = await store.addKeyed('contributions', 'key', rows, true);
  await record(store, notices, [], now);
  return { ok: true, value: { ...entry, id: ids.get(entry.key) } };
}
