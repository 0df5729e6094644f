/**
 * [DB13] Contribution on the dashboard, from the 贡献 ledger (one entry per key, as the scoring module counts
 * it): points in the period by the time of their fact, by source, their spread across people, and the points
 * earned by voluntary work. A department counts its members' entries. The adding up is in `ledgerTally.ts`.
 */
import { roundPoints, type ContributionSource } from '../scoring/facts';
import { periodPoints, type PeriodPoints } from './ledgerTally';
import type { Computed, ScopedFacts } from './measure';
import type { Period } from './period';
import { median, share } from './stats';

function entriesIn(scoped: ScopedFacts, period: Period) {
  const { noEntryTime, ...points } = periodPoints(scoped, period);
  return { ...points, notes: noEntryTime ? { noEntryTime } : {} };
}

const members = (value: number | undefined, sample: number, items: string[], notes: Computed['notes']) =>
  ({ value, sample, items, itemKind: 'member', notes }) satisfies Computed;

const earners = (totals: [string, number][]) => totals.filter(([, p]) => p !== 0).map(([id]) => id);

/** Points of one kind in a period with entries; none at all in the period is no figure, not zero. */
const pointsOf = (all: PeriodPoints, own: PeriodPoints, notes: Computed['notes']) =>
  all.count === 0
    ? members(undefined, 0, [], notes)
    : members(own.points, own.count, earners(own.totals), notes);

/** [DB13] Points in the period; the list is who earned them, most first. */
export function pointsTotal(scoped: ScopedFacts, period: Period): Computed {
  const { all, notes } = entriesIn(scoped, period);
  return pointsOf(all, all, notes);
}

/** [DB13] Points in the period from one source (tasks, collection, courses, awards), reversals included. */
export const pointsFrom =
  (source: ContributionSource) =>
  (scoped: ScopedFacts, period: Period): Computed => {
    const { all, bySource, notes } = entriesIn(scoped, period);
    return pointsOf(all, bySource.get(source)!, notes);
  };

const sum0 = (totals: [string, number][]) => roundPoints(totals.reduce((n, [, p]) => n + p, 0));

/** [DB13] The share of the period's points earned by the top fifth of people (at least one person). */
export function pointsTopShare(scoped: ScopedFacts, period: Period): Computed {
  const { all, notes } = entriesIn(scoped, period);
  const top = all.totals.slice(0, Math.max(1, Math.ceil(all.totals.length / 5)));
  const value = all.count && all.points > 0 ? share(sum0(top), all.points) : undefined;
  return members(
    value,
    all.totals.length,
    top.map(([id]) => id),
    notes,
  );
}

/** [DB13] The median of the period's points per person, people with none counted as zero. */
export function pointsMedian(scoped: ScopedFacts, period: Period): Computed {
  const { all, notes } = entriesIn(scoped, period);
  const value = all.count ? median(all.totals.map(([, p]) => p)) : undefined;
  return members(value, all.totals.length, earners(all.totals), notes);
}

/**
 * [DB13] Points earned in the period by voluntary work: entries for claiming a pool task, or for an extra-duty
 * task; a reversal counts with the entry it reverses.
 */
export function voluntaryPoints(scoped: ScopedFacts, period: Period): Computed {
  const { all, voluntary, notes } = entriesIn(scoped, period);
  return pointsOf(all, voluntary, notes);
}

/** [DB20] Points per person in the period, most first, over the scope's active people and anyone with an entry. */
export function pointsPerPerson(scoped: ScopedFacts, period: Period): [string, number][] | undefined {
  const { all } = periodPoints(scoped, period);
  return all.count ? all.totals : undefined;
}

/** [DB20] The scope's points in the period by source, in the ledger's order of sources. */
export function pointsBySource(scoped: ScopedFacts, period: Period): [ContributionSource, number][] {
  const { bySource } = periodPoints(scoped, period);
  return [...bySource].map(([source, points]) => [source, points.points]);
}
