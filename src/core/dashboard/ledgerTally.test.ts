/**
 * The contribution measures against a plain reference (filter the period's entries, add up per member in time
 * order) over a generated ledger: same values, samples, items in the same order and notes, for the company and
 * each department, month by month. Ties in time, reversals, untimed entries, unknown members and points with
 * decimals are all in it.
 */
import { describe, expect, it } from 'vitest';
import { roundPoints, type ContributionRule, type ContributionSource } from '../scoring/facts';
import type { LedgerEntry } from '../scoring/ledger';
import { aTask } from '../testBuilders';
import { factsOf, may } from './dashboardFixtures';
import type { Computed, Scope, ScopedFacts } from './measure';
import { measureById, scopeFacts, type MeasureId } from './measures';
import { monthOf, type Period } from './period';
import { ALL_SOURCES, org } from './pillarFixtures';
import { median, share } from './stats';

/** Deterministic numbers (mulberry32), so a failure names the same ledger every run. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCES: [ContributionSource | undefined, ContributionRule][] = [
  ['task', 'owner'],
  ['task', 'claim'],
  ['collection', 'submission'],
  ['course', 'course'],
  ['award', 'award'],
  [undefined, 'owner'],
];
const SOURCE_OF: Record<string, ContributionSource> = {
  pointsTask: 'task',
  pointsSubmission: 'collection',
  pointsCourse: 'course',
  pointsAward: 'award',
};
const PEOPLE = ['a1', 'a2', 'gone', 'b1', 'stranger', ''];
const TASKS = ['extra1', 'pool1', 'plain1'];

/** Whole hours in May–July 2024, so that ties in time are common. */
const spring = (random: () => number) => may(1 + Math.floor(random() * 90), Math.floor(random() * 3));

function ledger(size: number, random: () => number, timeOf = spring): LedgerEntry[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const entries: LedgerEntry[] = [];
  for (let i = 0; i < size; i++) {
    const [source, rule] = pick(SOURCES);
    const reversal = entries.length > 0 && random() < 0.1 ? pick(entries) : undefined;
    entries.push({
      id: `r${String(i).padStart(4, '0')}`,
      key: `k${i}`,
      memberId: pick(PEOPLE) || undefined,
      rule: reversal ? 'reversal' : rule,
      source,
      // Some points with decimals.
      at: random() < 0.03 ? undefined : timeOf(random),
      points: reversal ? -reversal.points : Math.round(random() * 2000) / 100,
      period: '2024-05',
      taskId: source === 'task' ? pick(TASKS) : undefined,
      reversesId: reversal?.id,
      summary: '',
    });
  }
  return entries;
}

/** The reference: each measure as the plain definition says, with nothing prepared. */
function reference(
  scoped: ScopedFacts,
  period: Period,
  id: MeasureId,
  all: LedgerEntry[],
): Partial<Computed> {
  const ids = new Set(scoped.members.map((m) => m.id));
  const mine = (e: LedgerEntry) => scoped.scope.kind === 'company' || ids.has(e.memberId ?? '');
  const timed = all.filter((e) => e.at !== undefined && mine(e));
  const entries = timed
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.at! - y.e.at! || x.i - y.i)
    .map((x) => x.e)
    .filter((e) => e.at! >= period.from && e.at! < period.to);
  const totals = (list: LedgerEntry[]) => {
    const byMember = new Map<string, number>(scoped.members.filter((m) => m.active).map((m) => [m.id, 0]));
    for (const e of list)
      if (e.memberId) byMember.set(e.memberId, roundPoints((byMember.get(e.memberId) ?? 0) + e.points));
    return [...byMember].sort((a, b) => b[1] - a[1]);
  };
  const sum = (list: LedgerEntry[]) => roundPoints(list.reduce((n, e) => n + e.points, 0));
  const earners = (t: [string, number][]) => t.filter(([, p]) => p !== 0).map(([m]) => m);
  const of = (list: LedgerEntry[]) =>
    entries.length === 0
      ? { value: undefined, sample: 0, items: [] }
      : { value: sum(list), sample: list.length, items: earners(totals(list)) };
  const extra = new Set(scoped.facts.tasks.filter((t) => t.extraDuty).map((t) => t.id));
  const voluntary = (e: LedgerEntry | undefined): boolean =>
    e !== undefined && (e.rule === 'claim' || extra.has(e.taskId ?? ''));
  const byId = new Map(all.map((e) => [e.id, e]));
  const all_ = totals(entries);
  const top = all_.slice(0, Math.max(1, Math.ceil(all_.length / 5)));
  const total = sum(entries);
  switch (id) {
    case 'pointsTotal':
      return of(entries);
    case 'pointsTask':
    case 'pointsSubmission':
    case 'pointsCourse':
    case 'pointsAward': {
      const source = SOURCE_OF[id];
      return of(entries.filter((e) => e.source === source));
    }
    case 'voluntaryPoints':
      return of(
        entries.filter((e) => (e.rule === 'reversal' ? voluntary(byId.get(e.reversesId)) : voluntary(e))),
      );
    case 'pointsTopShare':
      return {
        value:
          entries.length && total > 0
            ? share(sum(top.map(([, p]) => ({ points: p }) as LedgerEntry)), total)
            : undefined,
        sample: all_.length,
        items: top.map(([m]) => m),
      };
    default:
      return {
        value: entries.length ? median(all_.map(([, p]) => p)) : undefined,
        sample: all_.length,
        items: earners(all_),
      };
  }
}

const IDS: MeasureId[] = [
  'pointsTotal',
  'pointsTask',
  'pointsSubmission',
  'pointsCourse',
  'pointsAward',
  'voluntaryPoints',
  'pointsTopShare',
  'pointsMedian',
];
const MONTHS: Period[] = [0, 1, 2, 3].map((m) => ({
  from: Date.UTC(2024, 4 + m, 1, -8),
  to: Date.UTC(2024, 5 + m, 1, -8),
}));
const SCOPES: Scope[] = [
  { kind: 'company' },
  { kind: 'department', departmentId: 'design' },
  { kind: 'department', departmentId: 'sales' },
];

describe('[DB13] contribution measures, prepared once', () => {
  it.each([1, 2, 3])('match the plain definition over a generated ledger (seed %i)', (seed) => {
    const contributions = ledger(1500, rng(seed));
    const facts = factsOf({
      ...org,
      tasks: [aTask({ id: 'extra1', extraDuty: true }), aTask({ id: 'pool1' }), aTask({ id: 'plain1' })],
      contributions,
      available: ALL_SOURCES,
    });
    for (const scope of SCOPES) {
      const scoped = scopeFacts(facts, scope);
      for (const period of MONTHS)
        for (const id of IDS) {
          const { value, sample, items } = measureById(id).compute!(scoped, period);
          expect({ id, scope, value, sample, items }).toEqual({
            id,
            scope,
            ...reference(scoped, period, id, contributions),
          });
        }
    }
  });
});

describe('[DB13] contribution measures over three years, the older part indexed only when asked', () => {
  const now = may(10, 12);
  // Whole days over the three years before now: reversals often name entries far older than they are.
  const yearsBack = (random: () => number) => now - Math.floor(random() * 3 * 365) * 86_400_000;
  // Recent months (the presets' window), then months older than it, then recent ones again.
  const periods = [0, -5, -12, -20, -30, -1].map((m) => monthOf(now, m, 480));
  it.each([4, 5])('match the plain definition month by month, recent and old (seed %i)', (seed) => {
    const contributions = ledger(2000, rng(seed), yearsBack);
    const facts = factsOf({
      ...org,
      now,
      tasks: [aTask({ id: 'extra1', extraDuty: true }), aTask({ id: 'pool1' }), aTask({ id: 'plain1' })],
      contributions,
      available: ALL_SOURCES,
    });
    for (const scope of SCOPES) {
      const scoped = scopeFacts(facts, scope);
      for (const period of periods)
        for (const id of IDS) {
          const { value, sample, items } = measureById(id).compute!(scoped, period);
          expect({ id, value, sample, items }).toEqual({
            id,
            ...reference(scoped, period, id, contributions),
          });
        }
    }
  });
});
