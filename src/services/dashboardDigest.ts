/**
 * [DB9] The weekly digest as a background job: on the week's first working day, one notice per boss and head,
 * keyed by person and week, listing only problems. Outside that window it reads nothing, so an open sidebar's
 * runs cost nothing the rest of the week.
 */
import { digestProblems, digestRecipients, digestWindow, type DigestProblem } from '../core/dashboard/digest';
import { pillarProblems, type PillarProblem } from '../core/dashboard/digestPillars';
import { prepareFacts } from '../core/dashboard/facts';
import type { MessageSpec, NoticeDraft } from '../core/notices';
import { departmentName, type Org } from '../core/org';
import { DAY } from '../core/time';
import { toTaskEvent } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';
import type { BackgroundJob } from './background';
import { loadDigestPillars } from './dashboardSources';
import { escalationSettings } from './escalate';
import { baseLocale, record } from './outbox';
import { translator, type Translate } from '../i18n/translate';

export const digestKey = (userId: string, week: string) => `digest/${userId}/${week}`;

const LIST_LIMIT = 12;

function problemLines(problems: DigestProblem[], pillar: PillarProblem[], org: Org, t: Translate): string {
  const all = [
    ...problems.map((p) =>
      t(`dashboard.digest.line.${p.kind}`, {
        title: p.task.title,
        department: departmentName(org, p.task.primaryDepartmentId) || '—',
      }),
    ),
    ...pillar.map((p) => t(`dashboard.digest.line.${p.kind}`, { title: p.title, count: p.count })),
  ];
  const lines = all.slice(0, LIST_LIMIT);
  const more = all.length - lines.length;
  return [...lines, ...(more > 0 ? [t('dashboard.digest.more', { count: more })] : [])].join('\n');
}

function digestMessage(
  problems: DigestProblem[],
  pillar: PillarProblem[],
  org: Org,
  t: Translate,
): MessageSpec {
  if (problems.length + pillar.length === 0) return { key: 'dashboard.digest.none', params: {} };
  const count = (kind: DigestProblem['kind']) => problems.filter((p) => p.kind === kind).length;
  const other = (kind: PillarProblem['kind']) => pillar.filter((p) => p.kind === kind).length;
  return {
    key: 'dashboard.digest.problems',
    params: {
      count: problems.length + pillar.length,
      overdue: count('overdue'),
      unowned: count('unowned'),
      bounced: count('bounced'),
      missing: other('missing'),
      training: other('trainingOverdue'),
      list: problemLines(problems, pillar, org, t),
    },
  };
}

/** Returns how many digests were added; a second run in the same week adds none. */
export async function sendDigests(store: BatonStore, data: CoreData, now: number): Promise<number> {
  const calendar = escalationSettings(store).calendar;
  const window = digestWindow(now, calendar);
  if (!window.due || !store.resolution.schema.notifications?.fields.key) return 0;
  const recipients = digestRecipients(data);
  const keys = recipients.map((r) => digestKey(r.userId, window.week));
  const existing = await store.findKeyed('notifications', 'key', keys);
  const owed = recipients.filter((_, i) => !existing.has(keys[i]!));
  if (owed.length === 0) return 0;
  const [events, pillars] = await Promise.all([
    store.resolution.schema.taskEvents?.fields.task
      ? store.readAll('taskEvents').then((rows) => rows.map(toTaskEvent))
      : [],
    loadDigestPillars(store),
  ]);
  const facts = prepareFacts({ ...data, ...pillars, events, available: new Set(), now, calendar });
  const todayStart =
    Math.floor((now + calendar.utcOffsetMinutes * 60_000) / DAY) * DAY - calendar.utcOffsetMinutes * 60_000;
  const t = translator(baseLocale(store));
  const drafts: NoticeDraft[] = owed.map((r) => ({
    key: digestKey(r.userId, window.week),
    type: 'digest',
    recipientUserId: r.userId,
    message: digestMessage(
      digestProblems(facts, r.scope, todayStart),
      pillarProblems(facts, r.scope, now),
      data,
      t,
    ),
  }));
  await record(store, drafts, [], now, new Map(), false);
  return drafts.length;
}

/** [DB9] The digest among the background jobs: looked at every five minutes, written once a person and week. */
export const digestJob: BackgroundJob = {
  name: 'digest',
  every: 5 * 60_000,
  run: async ({ store, data, now }) => (await sendDigests(store, data, now), {}),
};
