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

/** The ledger once for every scope: one entry per key, by time; a scope keeps its members' part of a period. */
function companyLedger(scoped: ScopedFacts) {
  return memo(scoped.facts, 'ledger', () => {
    const all = uniqueEntries(scoped.facts.contributions ?? []);
    const untimed = all.filter((e) => e.at === undefined);
    return { line: timeline(all, (e) => e.at), byId: reversedById(all), untimed };
  });
}

/** The entries some reversal names, by id: what a reversal is looked up in (not the whole ledger). */
function reversedById(all: LedgerEntry[]): Map<string | undefined, LedgerEntry> {
  const named = new Set(all.flatMap((e) => (e.rule === 'reversal' ? [e.reversesId] : [])));
  const byId = new Map<string | undefined, LedgerEntry>();
  for (const e of all) if (named.has(e.id)) byId.set(e.id, e);
  return byId;
}

/** Whether an entry is this scope's: the company's are all; a department's are its members'. */
function ownEntry(scoped: ScopedFacts) {
  return memo(scoped, 'ownEntry', () => {
    if (scoped.scope.kind === 'company') return undefined;
    const ids = new Set(scoped.members.map((m) => m.id));
    return (e: LedgerEntry) => ids.has(e.memberId ?? '');
  });
}

/** The period's entries and their totals per member, shared by every contribution measure of that period. */
function entriesIn(scoped: ScopedFacts, period: Period) {
  return memo(scoped, `ledger/${period.from}/${period.to}`, () => {
    const { line, byId, untimed } = companyLedger(scoped);
    const own = ownEntry(scoped);
    const entries = own ? inPeriod(line, period).filter(own) : inPeriod(line, period);
    const noEntryTime = own ? untimed.filter(own).length : untimed.length;
    const notes = noEntryTime ? { noEntryTime } : {};
    return { entries, byId, notes, totals: totalsByMember(scoped, entries) };
  });
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
  const { entries, notes, totals } = entriesIn(scoped, period);
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
  const { entries, notes, totals } = entriesIn(scoped, period);
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
  const { entries, notes, totals } = entriesIn(scoped, period);
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
