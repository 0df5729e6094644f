import { describe, expect, it } from 'vitest';
import { plainReconcile } from '../../../test/support/reconcileOracle';
import type { Task } from '../model';
import { TODAY_START } from '../testBuilders';
import { DAY } from '../time';
import type { LedgerEntry } from './ledger';
import { reconcile, type ReconcileContext } from './reconcile';
import { deriveWanted } from './rules';
import { livestream, scoringOrg } from './scoringFixture';
import { DEFAULT_SCORING } from './settings';

const org = scoringOrg();
const PEOPLE = ['ou_lead', 'ou_plan', 'ou_poster', 'ou_invite', 'ou_helper', 'ou_stranger'];

function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Three families of the livestream task, with ids of their own. */
function families(): Task[] {
  return ['a', 'b', 'c'].flatMap((f) =>
    livestream({ status: 'in_progress', completedAt: undefined }).map((t) => ({
      ...t,
      id: `${f}-${t.id}`,
      parentId: t.parentId && `${f}-${t.parentId}`,
    })),
  );
}

/**
 * The ledger as a Base may hold it: rows in any order, a key written twice by racing writers (either id the
 * smaller), rows deleted by hand, history that is not derived.
 */
function roughen(ledger: LedgerEntry[], rnd: () => number): LedgerEntry[] {
  const rows = [...ledger];
  for (const e of ledger) {
    if (rnd() < 0.1) rows.push({ ...e, id: `r${Math.floor(rnd() * 1e6)}`, points: e.points + 1 });
    if (rnd() < 0.05) rows.splice(rows.indexOf(e), 1);
  }
  rows.push({
    key: `history:${Math.floor(rnd() * 10)}`,
    id: 'h1',
    points: 3,
    period: '2024-01',
    summary: '',
  });
  return rows.sort(() => rnd() - 0.5);
}

describe('[SC27] the fast reconciliation adds exactly what the plain one does, in the same order', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
    it(`seed ${seed}`, () => {
      const rnd = seeded(seed);
      const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
      const tasks = families();
      let ledger: LedgerEntry[] = [];
      let now = TODAY_START;
      const closed = new Set<string>();
      let compared = 0;
      for (let step = 0; step < 60; step++) {
        const i = Math.floor(rnd() * tasks.length);
        const event = pick([
          'accept',
          'reopen',
          'reassign',
          'points',
          'weight',
          'close',
          'run',
          'run',
        ] as const);
        const t = tasks[i]!;
        const head = Math.floor(rnd() * 3) * 4;
        if (event === 'accept')
          tasks[head] = { ...tasks[head]!, status: 'done', completedAt: now + Math.floor(rnd() * 40) * DAY };
        if (event === 'reopen')
          tasks[head] = { ...tasks[head]!, status: 'in_review', completedAt: undefined };
        if (event === 'reassign') tasks[i] = { ...t, responsibleUserIds: [pick(PEOPLE)] };
        if (event === 'points') tasks[i] = { ...t, points: pick([10, 40, 100, 0]) };
        if (event === 'weight') tasks[i] = { ...t, weight: pick([undefined, 0, 1, 2.5]) };
        if (event === 'close') closed.add(pick(['2024-05', '2024-06', '2024-07']));
        now += DAY;
        if (event !== 'run') continue;
        const wanted = deriveWanted({ departments: [], members: org.members, tasks }, DEFAULT_SCORING);
        const context: ReconcileContext = { closed, openPeriod: '2024-09', now };
        const rough = roughen(ledger, rnd);
        const expected = plainReconcile(wanted.wanted, rough, context);
        expect(reconcile(wanted.wanted, rough, context)).toEqual(expected);
        compared += expected.length;
        ledger = [...rough, ...expected.map((e, n) => ({ ...e, id: `s${step}-${n}` }))];
      }
      expect(compared).toBeGreaterThan(0);
    });
  }
});
