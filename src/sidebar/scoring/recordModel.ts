/** A person's record (档案): points by period and by source, every entry, and what they did. Pure. */
import type { Member, Task } from '../../core/model';
import type { Org } from '../../core/org';
import { maySeeRecord } from '../../core/scoring/access';
import type { ContributionSource } from '../../core/scoring/facts';
import { uniqueEntries, type LedgerEntry } from '../../core/scoring/ledger';

const round = (n: number) => Math.round(n * 100) / 100;

export interface EntryRow {
  key: string;
  summary: string;
  rule?: LedgerEntry['rule'];
  points: number;
  period: string;
  at?: number;
  taskId?: string;
  corrects?: string;
  reason?: string;
}

export interface RecordView {
  total: number;
  byPeriod: { period: string; points: number; closed: boolean }[];
  bySource: { source: ContributionSource; points: number }[];
  entries: EntryRow[];
  stats: { owned: number; helped: number; claimed: number; onTimeRate?: number };
}

function sumBy<K extends string>(entries: LedgerEntry[], keyOf: (e: LedgerEntry) => K | undefined) {
  const sums = new Map<K, number>();
  for (const e of entries) {
    const k = keyOf(e);
    if (k !== undefined) sums.set(k, round((sums.get(k) ?? 0) + e.points));
  }
  return sums;
}

/** [SC16] Tasks the member owned, helped on and claimed (done ones), and their share delivered on time. */
export function workStats(member: Member, tasks: Task[]): RecordView['stats'] {
  const mine = (t: Task) => t.responsibleUserIds.some((u) => member.userIds.includes(u));
  const helped = (t: Task) => t.contributorUserIds.some((u) => member.userIds.includes(u));
  const done = tasks.filter((t) => t.status === 'done');
  const top = done.filter((t) => t.parentId === undefined && mine(t));
  const stages = done.filter((t) => t.parentId !== undefined && (mine(t) || helped(t)));
  const timed = [...top, ...stages].filter((t) => t.due !== undefined && t.completedAt !== undefined);
  const onTime = timed.filter((t) => t.completedAt! <= t.due!).length;
  return {
    owned: top.filter((t) => t.origin !== 'claimed').length,
    helped: stages.length,
    claimed: top.filter((t) => t.origin === 'claimed').length,
    onTimeRate: timed.length > 0 ? onTime / timed.length : undefined,
  };
}

export function recordView(
  member: Member,
  ledger: LedgerEntry[],
  tasks: Task[],
  closed: readonly string[],
): RecordView {
  const entries = uniqueEntries(ledger).filter((e) => e.memberId === member.id);
  const periods = sumBy(entries, (e) => e.period);
  const sources = sumBy(entries, (e) => e.source);
  return {
    total: round(entries.reduce((s, e) => s + e.points, 0)),
    byPeriod: [...periods]
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([period, points]) => ({ period, points, closed: closed.includes(period) })),
    bySource: [...sources].map(([source, points]) => ({ source, points })),
    entries: entries
      .sort((a, b) => (b.at ?? 0) - (a.at ?? 0) || a.key.localeCompare(b.key))
      .map(({ key, summary, rule, points, period, at, taskId, corrects, reason }) => ({
        key,
        summary,
        rule,
        points,
        period,
        at,
        taskId,
        corrects,
        reason,
      })),
    stats: workStats(member, tasks),
  };
}

/** [SC16] The members whose record the viewer may open: themself first, then by name. */
export function visibleMembers(org: Org, viewerUserId: string): Member[] {
  const self = org.members.find((m) => m.userIds.includes(viewerUserId));
  const others = org.members
    .filter((m) => m !== self && maySeeRecord(org, viewerUserId, m.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  return self && maySeeRecord(org, viewerUserId, self.id) ? [self, ...others] : others;
}
