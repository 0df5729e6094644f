/**
 * [DB16] The owner trails read positions in shared columns; here they are checked against the plain definition
 * ([DB6]) over each task's own list of events in time order, on generated Bases: ties in time, pool tasks,
 * drafts, done tasks with and without 完成时间, cancelled ones, events of deleted tasks and untimed events.
 */
import { describe, expect, it } from 'vitest';
import { TASK_EVENT_TYPES, type Task, type TaskEvent } from '../model';
import { aDepartment, aMember, aTask } from '../testBuilders';
import { anEvent, factsOf, may } from './dashboardFixtures';
import { isSpecial } from './facts';

function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES: Task['status'][] = ['draft', 'assigned', 'in_progress', 'done', 'cancelled'];
const USERS = ['u1', 'u2', 'u3', 'nobody'];
const now = may(20, 12);

function base(seed: number) {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const hour = () => may(1 + Math.floor(random() * 15), Math.floor(random() * 24));
  const maybe = <T>(x: T) => (random() < 0.5 ? x : undefined);
  const tasks = Array.from({ length: 60 }, (_, i) =>
    aTask({
      id: `t${i}`,
      kind: pick(['special', 'stage', undefined] as const),
      status: pick(STATUSES),
      createdAt: maybe(hour()),
      publishedAt: random() < 0.2 ? hour() : undefined,
      acknowledgedAt: maybe(hour()),
      completedAt: maybe(hour()),
      primaryDepartmentId: pick(['A', 'B']),
    }),
  );
  const events: TaskEvent[] = Array.from({ length: 400 }, () => {
    const e = anEvent(
      pick([...tasks.map((t) => t.id), 'deleted']),
      pick(TASK_EVENT_TYPES),
      hour(),
      pick(USERS),
    );
    return random() < 0.05 ? { ...e, at: undefined } : e;
  });
  const members = [
    aMember({ userIds: ['u1'], departmentId: 'A' }),
    aMember({ userIds: ['u2'], departmentId: 'B' }),
    aMember({ userIds: ['u3'], departmentId: 'A', active: false }),
  ];
  return { tasks, events, members, departments: [aDepartment({ id: 'A' }), aDepartment({ id: 'B' })] };
}

/** [DB6] as written: walk the task's events in time order (ties in table order). */
function plainTrail(task: Task, all: TaskEvent[], departmentOf: (u: string) => string | undefined) {
  const events = all
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.taskId === task.id && e.type && e.at !== undefined)
    .sort((x, y) => x.e.at! - y.e.at! || x.i - y.i)
    .map(({ e }) => e);
  const last = events.length ? events.at(-1)!.at! : undefined;
  const spans: [number, number][] = [];
  if (task.status !== 'draft' && isSpecial(task)) {
    let since =
      task.publishedAt !== undefined ? undefined : (task.createdAt ?? task.assignedAt ?? events[0]?.at);
    const close = (at: number) => {
      if (since !== undefined && at > since) spans.push([since, at]);
      since = undefined;
    };
    for (const e of events)
      if (e.type === 'acknowledged' || e.type === 'claimed') close(e.at!);
      else if (['declined', 'reassigned', 'assigned'].includes(e.type!) && since === undefined) since = e.at!;
    if (since !== undefined) {
      const ack = task.acknowledgedAt;
      const end =
        ack !== undefined && ack > since
          ? ack
          : task.status === 'done'
            ? (task.completedAt ?? last)
            : task.status === 'cancelled'
              ? last
              : now;
      if (end !== undefined) close(end);
    }
  }
  const moves: number[] = [];
  let holder: string | undefined;
  for (const e of events) {
    if (!['acknowledged', 'claimed', 'declined'].includes(e.type!)) continue;
    const department = e.actorUserIds.map(departmentOf).find(Boolean);
    if (!department) continue;
    if (holder !== undefined && department !== holder) moves.push(e.at!);
    holder = department;
  }
  return { spans, moves: events.length >= 3 ? moves : [] };
}

describe('[DB6] owner trails from the columns', () => {
  it.each([1, 2, 3, 4])('match the plain walk over each task (seed %i)', (seed) => {
    const company = base(seed);
    const facts = factsOf({ ...company, now });
    const departmentOf = (u: string) => ({ u1: 'A', u2: 'B', u3: 'A' })[u];
    const expected = company.tasks.map((task) => ({
      task,
      ...plainTrail(task, company.events, departmentOf),
    }));
    expect(facts.movers.map((m) => [m.id, m.moves])).toEqual(
      expected.filter((x) => x.moves.length >= 2).map((x) => [x.task.id, x.moves]),
    );
    expect(facts.unowned.map((s) => [s.id, s.from, s.to])).toEqual(
      expected.flatMap((x) => x.spans.map(([from, to]) => [x.task.id, from, to])),
    );
    expect(facts.unowned.length).toBeGreaterThan(0);
    expect(facts.movers.length).toBeGreaterThan(0);
  });
});
