import { describe, expect, it } from 'vitest';
import { TODAY_START } from '../testBuilders';
import { DAY } from '../time';
import type { ScoringFacts } from './facts';
import { factPeriodOf, totalsByMemberPeriod, type LedgerEntry } from './ledger';
import { reconcile, type ReconcileContext } from './reconcile';
import { deriveWanted } from './rules';
import { livestream, scoringOrg } from './scoringFixture';
import { DEFAULT_SCORING } from './settings';

const org = scoringOrg();
const facts = (tasks = livestream()): ScoringFacts => ({ departments: [], members: org.members, tasks });
const wanted = (tasks = livestream()) => deriveWanted(facts(tasks), DEFAULT_SCORING).wanted;
const open = (closed: string[] = []): ReconcileContext => ({
  closed: new Set(closed),
  openPeriod: '2024-06',
  now: TODAY_START + 20 * DAY,
});
const written = (entries: LedgerEntry[], from = 0) => entries.map((e, i) => ({ ...e, id: `rec${from + i}` }));
const ledgerSum = (entries: LedgerEntry[]) =>
  Math.round(entries.reduce((s, e) => s + e.points, 0) * 100) / 100;

describe('reconciliation', () => {
  it('[SC12] the first run adds what the facts call for; a second adds nothing', () => {
    const first = written(reconcile(wanted(), [], open()));
    expect(first.length).toBe(wanted().length);
    expect(ledgerSum(first)).toBe(120);
    expect(new Set(first.map((e) => e.key)).size).toBe(first.length);
    expect(reconcile(wanted(), first, open())).toEqual([]);
  });

  it('[SC13] a reopened task is reversed; accepted again, it is booked again under a new key', () => {
    const ledger = written(reconcile(wanted(), [], open()));
    const reopened = livestream({ status: 'in_progress', completedAt: undefined });
    const reversals = written(reconcile(wanted(reopened), ledger, open()), 100);
    expect(reversals.every((e) => e.rule === 'reversal')).toBe(true);
    expect(reversals.map((r) => r.reversesId).sort()).toEqual(ledger.map((e) => e.id).sort());
    expect(ledgerSum([...ledger, ...reversals])).toBe(0);
    const again = reconcile(wanted(), [...ledger, ...reversals], open());
    expect(again.length).toBe(ledger.length);
    expect(again.every((e) => e.key.endsWith('#2'))).toBe(true);
  });

  it('[SC13] a stage reassigned after acceptance moves its part: reversal for the old owner, entry for the new', () => {
    const ledger = written(reconcile(wanted(), [], open()));
    const tasks = livestream();
    tasks[1] = { ...tasks[1]!, responsibleUserIds: ['ou_invite'] };
    const diff = reconcile(wanted(tasks), ledger, open());
    const names = new Map(org.members.map((m) => [m.id, m.name]));
    expect(diff.map((e) => [names.get(e.memberId!), e.rule, e.points])).toEqual([
      ['plan', 'reversal', -20],
      ['plan', 'reversal', -4],
      ['invite', 'cooperating', 20],
      ['invite', 'on_time', 4],
    ]);
  });

  it('[SC14] a correction to a closed period lands in the open period, naming the period it corrects', () => {
    const ledger = written(reconcile(wanted(), [], open()));
    const closedPeriod = ledger[0]!.period;
    const diff = reconcile(wanted(livestream({ points: 50 })), ledger, open([closedPeriod]));
    expect(diff.length).toBeGreaterThan(0);
    expect(diff.every((e) => e.period === '2024-06' && e.corrects === closedPeriod)).toBe(true);
    expect(ledgerSum([...ledger, ...diff])).toBe(60);
  });

  it('[SC11] an entry two runners both added counts once', () => {
    const ledger = written(reconcile(wanted(), [], open()));
    const twice = [...ledger, ...written(ledger, 50)];
    expect(reconcile(wanted(), twice, open())).toEqual([]);
    expect([...totalsByMemberPeriod(twice).values()].reduce((a, b) => a + b, 0)).toBe(120);
  });
});

/** A small seeded generator: the same seed replays the same sequence. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function byMemberFactPeriod(entries: { memberId?: string; points: number; key?: string; period: string }[]) {
  const out = new Map<string, number>();
  for (const e of entries) {
    const k = `${e.memberId}|${e.key ? factPeriodOf(e.key) : e.period}`;
    out.set(k, Math.round(((out.get(k) ?? 0) + e.points) * 100) / 100);
  }
  for (const [k, v] of out) if (v === 0) out.delete(k);
  return out;
}

describe('[SC15] property: the ledger always adds up to what the final facts call for', () => {
  const people = ['ou_lead', 'ou_plan', 'ou_poster', 'ou_invite', 'ou_helper'];
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
    it(`seed ${seed}`, () => {
      const rnd = seeded(seed);
      const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
      let tasks = livestream({ status: 'in_progress', completedAt: undefined });
      let now = TODAY_START;
      let ledger: LedgerEntry[] = [];
      const closed = new Set<string>();
      const frozen = new Map<string, number>();
      const periodTotal = (p: string) => ledgerSum(ledger.filter((e) => e.period === p));
      const run = () => {
        const openPeriod = ['2024-05', '2024-06', '2024-07', '2024-08', '2024-09'].find(
          (p) => !closed.has(p),
        )!;
        const add = reconcile(deriveWanted(facts(tasks), DEFAULT_SCORING).wanted, ledger, {
          closed,
          openPeriod,
          now,
        });
        ledger = [...ledger, ...written(add, ledger.length)];
      };
      for (let step = 0; step < 40; step++) {
        const event = pick([
          'accept',
          'reopen',
          'reassign',
          'points',
          'close',
          'time',
          'run',
          'run',
        ] as const);
        if (event === 'accept')
          tasks = tasks.map((t, i) => (i === 0 ? { ...t, status: 'done', completedAt: now } : t));
        if (event === 'reopen')
          tasks = tasks.map((t, i) => (i === 0 ? { ...t, status: 'in_review', completedAt: undefined } : t));
        if (event === 'reassign')
          tasks = tasks.map((t, i) =>
            i === 1 + Math.floor(rnd() * 3) ? { ...t, responsibleUserIds: [pick(people)] } : t,
          );
        if (event === 'points')
          tasks = tasks.map((t, i) => (i === 0 ? { ...t, points: pick([10, 40, 100]) } : t));
        if (event === 'time') now += pick([3, 12, 25]) * DAY;
        if (event === 'run') run();
        if (event === 'close') {
          const p = pick(['2024-05', '2024-06', '2024-07']);
          if (!closed.has(p)) frozen.set(p, periodTotal(p));
          closed.add(p);
        }
      }
      run();
      const want = deriveWanted(facts(tasks), DEFAULT_SCORING).wanted;
      expect(byMemberFactPeriod(ledger)).toEqual(
        byMemberFactPeriod(want.map((w) => ({ ...w, key: undefined }))),
      );
      for (const [p, total] of frozen) expect(periodTotal(p)).toBe(total);
      expect(reconcile(want, ledger, { closed, openPeriod: '2024-09', now })).toEqual([]);
    });
  }
});
