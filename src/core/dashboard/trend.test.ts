/**
 * The trend takes a measure's cheaper `value` where it has one and this month's figures from the period's: the
 * twelve points must be exactly what computing each month in full gives, for the company and each department.
 */
import { describe, expect, it } from 'vitest';
import type { TaskEvent } from '../model';
import { aDepartment, aMember, aTask } from '../testBuilders';
import { anEvent, factsOf, may } from './dashboardFixtures';
import type { Scope } from './measure';
import { computeAll, MEASURES, scopeFacts, trendOf } from './measures';
import { monthOf, trendMonths } from './period';

function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: TaskEvent['type'][] = ['created', 'acknowledged', 'declined', 'reassigned', 'claimed'];
const DEPARTMENTS = ['A', 'B', 'gone', undefined];
const now = may(10, 12);

/** Tasks over the year before now in two departments, one deleted and none; events of every kind, some untimed. */
function company(seed: number) {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const day = () => now - Math.floor(random() * 400) * 86_400_000;
  const tasks = Array.from({ length: 120 }, (_, i) =>
    aTask({ id: `t${i}`, createdAt: day(), primaryDepartmentId: pick(DEPARTMENTS) }),
  );
  const events = Array.from({ length: 600 }, () => {
    const e = anEvent(pick([...tasks.map((t) => t.id), 'deleted']), pick(TYPES), day(), pick(['u1', 'u2']));
    return random() < 0.05 ? { ...e, at: undefined } : e;
  });
  return factsOf({
    tasks,
    events,
    now,
    departments: [aDepartment({ id: 'A' }), aDepartment({ id: 'B' })],
    members: [
      aMember({ userIds: ['u1'], departmentId: 'A' }),
      aMember({ userIds: ['u2'], departmentId: 'B' }),
    ],
  });
}

const SCOPES: Scope[] = [
  { kind: 'company' },
  { kind: 'department', departmentId: 'A' },
  { kind: 'department', departmentId: 'B' },
];

describe('[DB1] the 12-month trend', () => {
  it.each([1, 2, 3])('equals each month computed in full (seed %i)', (seed) => {
    const facts = company(seed);
    const period = monthOf(now, 0, 480);
    const months = trendMonths(period.to, 480);
    for (const scope of SCOPES) {
      const trend = trendOf(scopeFacts(facts, scope), months, {
        period,
        results: computeAll(scopeFacts(facts, scope), period),
      });
      // Each month on fresh scoped facts: nothing shared with the trend's run.
      const full = months.map((month) => computeAll(scopeFacts(facts, scope), month));
      for (const m of MEASURES) {
        const expected = full.map((r) => {
          const result = r[m.id];
          return result.status === 'ok' ? result.value : undefined;
        });
        expect({ id: m.id, scope, values: trend[m.id] }).toEqual({ id: m.id, scope, values: expected });
      }
    }
    expect(facts.ignoredEvents).toBeGreaterThan(0);
  });
});
