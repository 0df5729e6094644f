/**
 * [DB22] Declines and reassignments of a scope, found by department number at their tasks' positions, equal
 * the plain definition: the scope's tasks' events of that type in the period, over generated Bases (ties in
 * time, events of deleted tasks, untimed events, tasks of no department or of a department that is gone).
 */
import { describe, expect, it } from 'vitest';
import { TASK_EVENT_TYPES, type Task, type TaskEvent } from '../model';
import { aDepartment, aTask } from '../testBuilders';
import { anEvent, factsOf, may } from './dashboardFixtures';
import type { Scope } from './measure';
import { computeMeasure, measureById, scopeFacts, trendOf } from './measures';
import { trendMonths, type Period } from './period';

function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function base(seed: number) {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const hour = () => may(Math.floor(random() * 40) - 8, Math.floor(random() * 6) * 4);
  const tasks = Array.from({ length: 80 }, (_, i) =>
    aTask({ id: `t${i}`, createdAt: hour(), primaryDepartmentId: pick(['A', 'B', 'gone', undefined]) }),
  );
  const events: TaskEvent[] = Array.from({ length: 600 }, () => {
    const e = anEvent(pick([...tasks.map((t) => t.id), 'deleted']), pick(TASK_EVENT_TYPES), hour(), 'u1');
    return random() < 0.05 ? { ...e, at: undefined } : e;
  });
  return { tasks, events };
}

/** As written: the events in time order (ties: tasks in order of their first event, then as read). */
function plainEvents(tasks: Task[], events: TaskEvent[], type: string, scope: Scope, period: Period) {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const kept = events.filter((e) => e.taskId && byId.has(e.taskId) && e.type && e.at !== undefined);
  const firstSeen = [...new Set(kept.map((e) => e.taskId!))];
  const rank = (e: TaskEvent) => firstSeen.indexOf(e.taskId!);
  return kept
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.at! - y.e.at! || rank(x.e) - rank(y.e) || x.i - y.i)
    .map(({ e }) => e)
    .filter((e) => e.type === type && e.at! >= period.from && e.at! < period.to)
    .filter(
      (e) => scope.kind === 'company' || byId.get(e.taskId!)!.primaryDepartmentId === scope.departmentId,
    );
}

const SCOPES: Scope[] = [
  { kind: 'company' },
  { kind: 'department', departmentId: 'A' },
  { kind: 'department', departmentId: 'B' },
  { kind: 'department', departmentId: 'empty' },
];

describe('[DB22] event counts by department number', () => {
  it.each([1, 2, 3])('match the plain definition in every scope and trend month (seed %i)', (seed) => {
    const { tasks, events } = base(seed);
    const facts = factsOf({
      tasks,
      events,
      departments: ['A', 'B', 'empty'].map((id) => aDepartment({ id })),
      now: may(31, 12),
    });
    const period: Period = { from: may(10), to: may(20) };
    let counted = 0;
    for (const scope of SCOPES) {
      const scoped = scopeFacts(facts, scope);
      for (const [id, type] of [
        ['declines', 'declined'],
        ['reassignments', 'reassigned'],
      ] as const) {
        const expected = plainEvents(tasks, events, type, scope, period);
        const result = computeMeasure(measureById(id), scoped, period);
        const value = result.status === 'ok' ? result.value : undefined;
        const items = result.status === 'ok' ? result.items : [];
        expect(value ?? 0).toBe(expected.length);
        expect(items).toEqual([...new Set(expected.map((e) => e.taskId))]);
        counted += expected.length;
        const months = trendMonths(may(31), 0);
        const trend = trendOf(scoped, months)[id];
        months.forEach((month, i) => {
          const hasTask = tasks.some(
            (t) =>
              (scope.kind === 'company' || t.primaryDepartmentId === scope.departmentId) &&
              t.createdAt! < month.to,
          );
          const plain = plainEvents(tasks, events, type, scope, month).length;
          expect(trend[i]).toBe(hasTask ? plain : undefined);
        });
      }
    }
    expect(counted).toBeGreaterThan(10);
  });
});
