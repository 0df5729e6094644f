/**
 * The 贡献 ledger prepared once for every scope and period, by time, each entry's member a
 * small number and its source and whether it was voluntary decided once. A period of a scope is then one pass
 * over its entries, adding up points in total, by source and for voluntary work, and per member for each.
 */
import { roundPoints, type ContributionSource } from '../scoring/facts';
import type { LedgerEntry } from '../scoring/ledger';
import { idHash, voluntaryOf } from './ledgerVoluntary';
import { lowerBound, memo, type ScopedFacts } from './measure';
import { monthOf, type Period } from './period';
import { timeOrder } from './timeline';

export const LEDGER_SOURCES: readonly ContributionSource[] = ['task', 'collection', 'course', 'award'];
/**
 * Each source's tally (its place in LEDGER_SOURCES + 1). A switch, not a Map: every entry's source is a string
 * of its own, which a Map would hash each time.
 */
function sourceTally(source: string | undefined): number {
  switch (source) {
    case 'task':
      return 1;
    case 'collection':
      return 2;
    case 'course':
      return 3;
    case 'award':
      return 4;
    default:
      return 0;
  }
}
/** Tallies: 0 every entry, 1–4 one source each (as LEDGER_SOURCES), 5 voluntary work. */
const ALL = 0;
const VOLUNTARY = LEDGER_SOURCES.length + 1;

interface LedgerIndex {
  /** Per entry with a time, by time: the time, the member's number (-1 for none), the source's tally (0 for none). */
  times: Float64Array;
  member: Int32Array;
  source: Uint8Array;
  voluntary: Uint8Array;
  points: Float64Array;
  memberIds: string[];
  numberOf: Map<string, number>;
  untimed: LedgerEntry[];
}

/**
 * Where an index starts: the presets (this month, last month, this quarter) and their 12-month trends all lie
 * after the start of the month 13 months before now, so their index leaves the older entries as they are (half
 * of a two-year ledger); a custom period reaching further back gets the whole ledger.
 */
function windowFor(scoped: ScopedFacts, from: number): number {
  const { now, calendar } = scoped.facts;
  const recent = monthOf(now, -13, calendar.utcOffsetMinutes).from;
  return from >= recent ? recent : -Infinity;
}

/**
 * Every entry is read once, in the order it came (objects visited out of order cost a cache miss each on a
 * large ledger); only the small typed columns of the entries from `since` on are put in time order. An older
 * entry is only kept aside, in case a reversal in the window names it.
 */
function ledgerIndex(scoped: ScopedFacts, since: number): LedgerIndex {
  return memo(scoped.facts, `ledgerIndex/${since}`, () => {
    // One entry per key already: the reader keeps one (`PillarRows.contributions`).
    const all = scoped.facts.contributions ?? [];
    const memberIds = scoped.facts.members.map((m) => m.id);
    const numberOf = new Map<string, number>();
    memberIds.forEach((id, i) => numberOf.set(id, i));
    const voluntary = voluntaryOf(scoped);
    const n = all.length;
    const index: LedgerIndex = {
      times: new Float64Array(n),
      member: new Int32Array(n),
      source: new Uint8Array(n),
      voluntary: new Uint8Array(n),
      points: new Float64Array(n),
      memberIds,
      numberOf,
      untimed: [],
    };
    let timed = 0;
    // Every entry's id hashed, the older ones' too: a timed reversal may name any of them (`settle`).
    const hashes = new Int32Array(n);
    for (let p = 0; p < n; p++) {
      const e = all[p]!;
      hashes[p] = idHash(e);
      if (e.at === undefined) {
        index.untimed.push(e);
        continue;
      }
      if (e.at < since) continue;
      const i = timed++;
      index.times[i] = e.at;
      index.member[i] = numberFor(index, e.memberId);
      index.source[i] = sourceTally(e.source);
      index.voluntary[i] = voluntary.test(e, i) ? 1 : 0;
      index.points[i] = e.points;
    }
    voluntary.settle(index.voluntary, all, hashes);
    return inTimeOrder(index, timed);
  });
}

/** The columns cut to the timed entries and permuted into time order (entries with the same time keep theirs). */
function inTimeOrder(index: LedgerIndex, n: number): LedgerIndex {
  const order = timeOrder(index.times.subarray(0, n));
  if (!order)
    return {
      ...index,
      times: index.times.slice(0, n),
      member: index.member.slice(0, n),
      source: index.source.slice(0, n),
      voluntary: index.voluntary.slice(0, n),
      points: index.points.slice(0, n),
    };
  // One loop over all five columns, each of one type: a generic gather per column would not stay monomorphic.
  const times = new Float64Array(n);
  const member = new Int32Array(n);
  const source = new Uint8Array(n);
  const voluntary = new Uint8Array(n);
  const points = new Float64Array(n);
  for (let to = 0; to < n; to++) {
    const from = order[to]!;
    times[to] = index.times[from]!;
    member[to] = index.member[from]!;
    source[to] = index.source[from]!;
    voluntary[to] = index.voluntary[from]!;
    points[to] = index.points[from]!;
  }
  return { ...index, times, member, source, voluntary, points };
}

function numberFor(index: LedgerIndex, memberId: string | undefined): number {
  if (!memberId) return -1;
  const known = index.numberOf.get(memberId);
  if (known !== undefined) return known;
  index.memberIds.push(memberId);
  index.numberOf.set(memberId, index.memberIds.length - 1);
  return index.memberIds.length - 1;
}

/** One tally of a period: how many entries, their points, and points per member in order of first entry. */
class Tally {
  count = 0;
  sum = 0;
  readonly totals: Float64Array;
  readonly seen: Uint8Array;
  readonly order: number[] = [];

  constructor(members: number, seeded: Uint8Array) {
    this.totals = new Float64Array(members);
    this.seen = seeded.slice();
  }

  add(member: number, points: number) {
    this.count++;
    this.sum += points;
    if (member < 0) return;
    this.totals[member] = roundPoints(this.totals[member]! + points);
    if (this.seen[member]) return;
    this.seen[member] = 1;
    this.order.push(member);
  }
}

export interface PeriodPoints {
  count: number;
  /** The points, rounded as the ledger's totals are. */
  points: number;
  /** Points per member, highest first, over the scope's active members and anyone with an entry. */
  totals: [string, number][];
}

export interface ScopeLedger {
  all: PeriodPoints;
  bySource: Map<ContributionSource, PeriodPoints>;
  voluntary: PeriodPoints;
  noEntryTime: number;
}

/** Which member numbers belong to the scope (undefined: all) and which are active, counted even with no points. */
function scopeMembers(scoped: ScopedFacts, index: LedgerIndex, since: number) {
  return memo(scoped, `ledgerMembers/${since}`, () => {
    const size = index.memberIds.length;
    const active = new Uint8Array(size);
    const seeded: number[] = [];
    for (const m of scoped.members)
      if (m.active) {
        active[index.numberOf.get(m.id)!] = 1;
        seeded.push(index.numberOf.get(m.id)!);
      }
    if (scoped.scope.kind === 'company') return { own: undefined, active, seeded };
    const own = new Uint8Array(size);
    for (const m of scoped.members) own[index.numberOf.get(m.id)!] = 1;
    return { own, active, seeded };
  });
}

function result(tally: Tally, seeded: number[], memberIds: string[]): PeriodPoints {
  const totals = [...seeded, ...tally.order].map((i): [string, number] => [memberIds[i]!, tally.totals[i]!]);
  return { count: tally.count, points: roundPoints(tally.sum), totals: totals.sort((a, b) => b[1] - a[1]) };
}

/** [DB13] The scope's entries in the period, added up once for every contribution measure of that period. */
export function periodPoints(scoped: ScopedFacts, period: Period): ScopeLedger {
  return memo(scoped, `ledger/${period.from}/${period.to}`, () => {
    const since = windowFor(scoped, period.from);
    const index = ledgerIndex(scoped, since);
    const { own, active, seeded } = scopeMembers(scoped, index, since);
    const tallies = Array.from({ length: VOLUNTARY + 1 }, () => new Tally(index.memberIds.length, active));
    const to = lowerBound(index.times, period.to);
    for (let i = lowerBound(index.times, period.from); i < to; i++) {
      const member = index.member[i]!;
      if (own && (member < 0 || !own[member])) continue;
      const points = index.points[i]!;
      tallies[ALL]!.add(member, points);
      if (index.source[i]) tallies[index.source[i]!]!.add(member, points);
      if (index.voluntary[i]) tallies[VOLUNTARY]!.add(member, points);
    }
    const mine = (e: LedgerEntry) => !own || own[index.numberOf.get(e.memberId ?? '') ?? -1] === 1;
    const [all, ...rest] = tallies.map((t) => result(t, seeded, index.memberIds));
    return {
      all: all!,
      bySource: new Map(LEDGER_SOURCES.map((s, i) => [s, rest[i]!])),
      voluntary: rest[VOLUNTARY - 1]!,
      noEntryTime: index.untimed.filter(mine).length,
    };
  });
}
