import { describe, expect, it } from 'vitest';
import type { Task, TaskStatus } from './model';
import { plannedDuration, project, risksOf, type Projection } from './schedule';
import { aTask, TODAY_START } from './testBuilders';
import { DAY } from './time';

const T = TODAY_START;
const day = (n: number) => T + n * DAY;

/** A stage of special S planned from day `from` to day `to` (relative to today), after `after`. */
const stage = (
  id: string,
  status: TaskStatus,
  from: number,
  to: number,
  after: string[] = [],
  more: Partial<Task> = {},
) =>
  aTask({
    id,
    kind: 'stage',
    parentId: 'S',
    status,
    start: day(from),
    due: day(to),
    dependsOnIds: after,
    ...more,
  });
const special = (due: number, more: Partial<Task> = {}) =>
  aTask({ id: 'S', status: 'in_progress', due: day(due), ...more });

/** Projected finishes in days from today. */
const finishes = (p: Projection) =>
  Object.fromEntries([...p.finish].filter(([id]) => id !== 'S').map(([id, f]) => [id, (f - T) / DAY]));

describe('plannedDuration', () => {
  it('[D1] due − start when both are known and the due date is later, else one day', () => {
    expect(plannedDuration(stage('a', 'waiting', 2, 5))).toBe(3 * DAY);
    expect(plannedDuration(aTask({ start: T }))).toBe(DAY);
    expect(plannedDuration(aTask({ due: T }))).toBe(DAY);
    expect(plannedDuration(stage('a', 'waiting', 5, 5))).toBe(DAY);
    expect(plannedDuration(stage('a', 'waiting', 5, 2))).toBe(DAY);
  });
});

describe('project', () => {
  it('[D2] a done task finishes at its completion, early or late, whatever its plan', () => {
    const p = project(
      [
        stage('a', 'done', -9, -5, [], { completedAt: day(-7) }),
        stage('b', 'done', -4, -3, [], { completedAt: day(-1) }),
      ],
      T,
    );
    expect(finishes(p)).toEqual({ a: -7, b: -1 });
  });

  it('[D2] a task not started starts today at the earliest and takes its planned duration', () => {
    // Planned for days 5–8 (3 days) but nothing holds it: it could start today.
    expect(finishes(project([stage('a', 'waiting', 5, 8)], T))).toEqual({ a: 3 });
    // Planned in the past (2 days long): it still takes 2 days from today.
    expect(finishes(project([stage('a', 'ready', -6, -4)], T))).toEqual({ a: 2 });
  });

  it('[D2] a started task finishes no earlier than its due date, and not before today', () => {
    const p = project([stage('a', 'in_progress', -2, 4), stage('b', 'in_review', -6, -3)], T);
    expect(finishes(p)).toEqual({ a: 4, b: 0 });
  });

  it('[D2] a chain pushes finishes: each task starts when its latest predecessor finishes', () => {
    const tasks = [
      stage('plan', 'done', -5, -3, [], { completedAt: day(-4) }),
      stage('poster', 'in_progress', -3, 4, ['plan']),
      stage('brief', 'ready', 0, 1, ['plan']),
      stage('invite', 'waiting', 4, 12, ['poster', 'brief']),
      stage('live', 'waiting', 12, 14, ['invite']),
    ];
    expect(finishes(project(tasks, T))).toEqual({ plan: -4, poster: 4, brief: 1, invite: 12, live: 14 });
    // The poster running three days late pushes everything after it by three days.
    const late = tasks.map((t) => (t.id === 'poster' ? { ...t, due: day(7) } : t));
    expect(finishes(project(late, T))).toMatchObject({ invite: 15, live: 17 });
  });

  it('[D2] what if a stage slips N days: it and everything after it move, the rest and the input do not', () => {
    const tasks = [stage('a', 'ready', 0, 2), stage('b', 'waiting', 2, 3, ['a']), stage('c', 'ready', 0, 1)];
    const before = JSON.stringify(tasks);
    expect(finishes(project(tasks, T, new Map([['a', 4]])))).toEqual({ a: 6, b: 7, c: 1 });
    expect(finishes(project(tasks, T))).toEqual({ a: 2, b: 3, c: 1 });
    expect(JSON.stringify(tasks)).toBe(before);
  });

  it('[D2] a task on a cycle gets no projection; a deleted predecessor is ignored; nothing throws', () => {
    const tasks = [
      stage('a', 'waiting', 0, 1, ['b']),
      stage('b', 'waiting', 0, 1, ['a']),
      stage('c', 'waiting', 0, 2, ['gone']),
    ];
    expect(finishes(project(tasks, T))).toEqual({ c: 2 });
  });

  it('[D2] a stage marked done by hand with no completion time does not push its successors past today', () => {
    const p = project([stage('a', 'done', -10, 10), stage('b', 'waiting', 10, 11, ['a'])], T);
    expect(p.finish.get('a')!).toBeLessThanOrEqual(T);
    expect(finishes(p).b).toBe(1);
  });

  it('[C1][D2] a cancelled predecessor no longer holds its successor back in the projection', () => {
    const p = project([stage('a', 'cancelled', 0, 10), stage('b', 'waiting', 10, 11, ['a'])], T);
    expect(finishes(p).b).toBe(1);
  });
});

describe('project: special tasks', () => {
  const chain = () => [
    special(14),
    stage('plan', 'done', -5, -3, [], { completedAt: day(-4) }),
    stage('poster', 'in_progress', -3, 4, ['plan']),
    stage('copy', 'ready', 0, 2, ['plan']),
    stage('invite', 'waiting', 4, 12, ['poster', 'copy']),
    stage('live', 'waiting', 12, 14, ['invite']),
  ];

  it('[D3] a special task ends when its last stage does, and slips by how much that passes its due date', () => {
    expect(project(chain(), T).specials.get('S')).toMatchObject({ end: day(14), slip: 0 });
    const late = chain().map((t) => (t.id === 'poster' ? { ...t, due: day(6) } : t));
    expect(project(late, T).specials.get('S')).toMatchObject({ end: day(16), slip: 2 * DAY });
    // Ending early is no negative slip.
    expect(project([special(30), stage('x', 'ready', 0, 2)], T).specials.get('S')).toMatchObject({ slip: 0 });
  });

  it('[D3] cancelled stages do not count toward the end; a special without stages or due has no slip', () => {
    const tasks = [special(5), stage('a', 'ready', 0, 2), stage('x', 'cancelled', 0, 20)];
    expect(project(tasks, T).specials.get('S')).toMatchObject({ end: day(2), slip: 0 });
    expect(project([special(5)], T).specials.has('S')).toBe(false);
    const noDue = [special(0, { due: undefined }), stage('a', 'ready', 0, 9)];
    expect(project(noDue, T).specials.get('S')).toMatchObject({ end: day(9), slip: 0 });
    expect([...project(chain(), T).specials.keys()]).toEqual(['S']);
  });

  it('[D4] the critical path walks back from the last stage through the latest-finishing predecessors', () => {
    expect(project(chain(), T).specials.get('S')!.critical).toEqual(['plan', 'poster', 'invite', 'live']);
    // Make the copy run longer than the poster: the path goes through it instead.
    const slow = chain().map((t) => (t.id === 'copy' ? { ...t, due: day(8) } : t));
    expect(project(slow, T).specials.get('S')!.critical).toEqual(['plan', 'copy', 'invite', 'live']);
    // And a slip preview can move it too.
    expect(project(chain(), T, new Map([['copy', 5]])).specials.get('S')!.critical).toEqual([
      'plan',
      'copy',
      'invite',
      'live',
    ]);
  });

  it('[D4] between predecessors finishing together, the path takes the smaller id', () => {
    const tasks = [
      special(9),
      stage('b', 'ready', 0, 2),
      stage('a', 'ready', 0, 2),
      stage('z', 'waiting', 2, 3, ['b', 'a']),
    ];
    expect(project(tasks, T).specials.get('S')!.critical).toEqual(['a', 'z']);
  });
});

describe('risksOf', () => {
  const risks = (task: Task, tasks: Task[], today: number, window?: number) =>
    risksOf(task, project(tasks, today), today, new Map(tasks.map((t) => [t.id, t])), window);

  it('[D5] overdue from the day after the due date, never when done or cancelled', () => {
    const a = stage('a', 'in_progress', -5, 0);
    expect(risks(a, [a], T)).toEqual([]);
    expect(risks(a, [a], day(1))).toEqual(['overdue']);
    for (const status of ['done', 'cancelled'] as const) {
      const closed = { ...a, status, completedAt: day(3) };
      expect(risks(closed, [closed], day(5))).toEqual([]);
    }
  });

  it('[D5] will slip when the projection ends after the due date (and it is not already overdue)', () => {
    const before = stage('before', 'in_progress', -2, 6);
    const after = stage('after', 'waiting', 6, 7, ['before']);
    expect(risks(after, [before, after], T)).toEqual([]);
    const late = { ...before, due: day(9) };
    expect(risks(after, [late, after], T)).toEqual(['willSlip']);
    expect(risks(after, [late, after], day(8))).toEqual(['overdue']);
  });

  it('[D5] not started: ready for longer than the window since its last predecessor finished', () => {
    const plan = stage('plan', 'done', -9, -5, [], { completedAt: day(-3) });
    const poster = stage('poster', 'ready', 0, 20, ['plan']);
    // Ready since day −3: exactly two days at day −1, more than two by day 0.
    expect(risks(poster, [plan, poster], day(-1))).toEqual([]);
    expect(risks(poster, [plan, poster], T)).toEqual(['notStarted']);
    expect(risks(poster, [plan, poster], T, 5)).toEqual([]);
    // A stage without predecessors counts from its assignment; one never assigned has no clock.
    const first = stage('first', 'ready', 0, 20, [], { assignedAt: day(-4) });
    expect(risks(first, [first], T)).toEqual(['notStarted']);
    expect(risks({ ...first, assignedAt: undefined }, [first], T)).toEqual([]);
    // Once started, it is not "not started".
    expect(risks({ ...poster, status: 'in_progress' }, [plan, poster], T)).toEqual([]);
  });
});

describe('forecast agrees with the plan', () => {
  it('[EV13] right after sending, stages without a start follow their predecessors’ due dates: the end is the last stage’s due', () => {
    const parent = aTask({ id: 'p', status: 'assigned', start: TODAY_START, due: TODAY_START + 20 * DAY });
    const stage = (id: string, day: number, after: string[], status: Task['status']) =>
      aTask({ id, kind: 'stage', parentId: 'p', status, due: TODAY_START + day * DAY, dependsOnIds: after });
    const tasks = [
      parent,
      stage('a', 5, [], 'ready'),
      stage('b', 9, ['a'], 'waiting'),
      stage('c', 16, ['b'], 'waiting'),
    ];
    const projection = project(tasks, TODAY_START);
    expect(projection.specials.get('p')!.end).toBe(TODAY_START + 16 * DAY);
    expect(projection.finish.get('b')).toBe(TODAY_START + 9 * DAY);
  });
});
