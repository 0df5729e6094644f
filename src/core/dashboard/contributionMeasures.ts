/**
 * [DB13] Contribution on the dashboard, from the 贡献 ledger (one entry per key, as the scoring module counts
 * it): points in the period by the time of their fact, by source, their spread across people, and the points
 * earned by voluntary work. A department counts its members' entries.
 */
import { roundPoints, type ContributionSource } from '../scoring/facts';
import { uniqueEntries, type LedgerEntry } from '../scoring/ledger';
import { memo, type Computed, type ScopedFacts } from './measure';
import type { Period } from './period';
import { median, share } from './stats';
import { inPeriod, timeline } from './timeline';

function ledgerLine(scoped: ScopedFacts) {
  return memo(scoped, 'ledger', () => {
    const ids = new Set(scoped.members.map((m) => m.id));
    const all = uniqueEntries(scoped.facts.contributions ?? []);
    const mine = all.filter((e) => scoped.scope.kind === 'company' || ids.has(e.memberId ?? ''));
    const noEntryTime = mine.filter((e) => e.at === undefined).length;
    return { line: timeline(mine, (e) => e.at), byId: new Map(all.map((e) => [e.id, e])), noEntryTime };
  });
}

function entriesIn(scoped: ScopedFacts, period: Period) {
  const { line, byId, noEntryTime } = ledgerLine(scoped);
  return { entries: inPeriod(line, period), byId, notes: noEntryTime ? { noEntryTime } : {} };
}

/** Points per member, highest first, over the scope's active members and anyone with an entry. */
function totalsByMember(scoped: ScopedFacts, entries: LedgerEntry[]): [string, number][] {
  const totals = new Map<string, number>(scoped.members.filter((m) => m.active).map((m) => [m.id, 0]));
  for (const e of entries)
    if (e.memberId) totals.set(e.memberId, roundPoints((totals.get(e.memberId) ?? 0) + e.points));
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const sum = (entries: LedgerEntry[]) => roundPoints(entries.reduce((n, e) => n + e.points, 0));

const members = (value: number | undefined, sample: number, items: string[], notes: Computed['notes']) =>
  ({ value, sample, items, itemKind: 'member', notes }) satisfies Computed;

const earners = (totals: [string, number][]) => totals.filter(([, p]) => p !== 0).map(([id]) => id);

/** [DB13] Points in the period; the list is who earned them, most first. */
export function pointsTotal(scoped: ScopedFacts, period: Period): Computed {
  const { entries, notes } = entriesIn(scoped, period);
  const totals = totalsByMember(scoped, entries);
  return members(entries.length ? sum(entries) : undefined, entries.length, earners(totals), notes);
}

/** [DB13] Points in the period from one source (tasks, collection, courses, awards), reversals included. */
export const pointsFrom =
  (source: ContributionSource) =>
  (scoped: ScopedFacts, period: Period): Computed => {
    const { entries, notes } = entriesIn(scoped, period);
    if (entries.length === 0) return members(undefined, 0, [], notes);
    const own = entries.filter((e) => e.source === source);
    return members(sum(own), own.length, earners(totalsByMember(scoped, own)), notes);
  };

/** [DB13] The share of the period's points earned by the top fifth of people (at least one person). */
export function pointsTopShare(scoped: ScopedFacts, period: Period): Computed {
  const { entries, notes } = entriesIn(scoped, period);
  const totals = totalsByMember(scoped, entries);
  const total = sum(entries);
  const top = totals.slice(0, Math.max(1, Math.ceil(totals.length / 5)));
  const value = entries.length && total > 0 ? share(sum0(top), total) : undefined;
  return members(
    value,
    totals.length,
    top.map(([id]) => id),
    notes,
  );
}

const sum0 = (totals: [string, number][]) => roundPoints(totals.reduce((n, [, p]) => n + p, 0));

/** [DB13] The median of the period's points per person, people with none counted as zero. */
export function pointsMedian(scoped: ScopedFacts, period: Period): Computed {
  const { entries, notes } = entriesIn(scoped, period);
  const totals = totalsByMember(scoped, entries);
  const value = entries.length ? median(totals.map(([, p]) => p)) : undefined;
  return members(value, totals.length, earners(totals), notes);
}

/**
 * [DB13] Points earned in the period by voluntary work: entries for claiming a pool task, or for an extra-duty
 * task; a reversal counts with the entry it reverses.
 */
export function voluntaryPoints(scoped: ScopedFacts, period: Period): Computed {
  const { entries, byId, notes } = entriesIn(scoped, period);
  const extra = memo(
    scoped.facts,
    'extraDuty',
    () => new Set(scoped.facts.tasks.filter((t) => t.extraDuty).map((t) => t.id)),
  );
  const isVoluntary = (e: LedgerEntry | undefined): boolean =>
    e !== undefined && (e.rule === 'claim' || extra.has(e.taskId ?? ''));
  const own = entries.filter((e) =>
    e.rule === 'reversal' ? isVoluntary(byId.get(e.reversesId)) : isVoluntary(e),
  );
  if (entries.length === 0) return members(undefined, 0, [], notes);
  return members(sum(own), own.length, earners(totalsByMember(scoped, own)), notes);
}
