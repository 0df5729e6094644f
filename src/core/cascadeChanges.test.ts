/** What a derivation's changes say, beyond the status rules: order, no-ops, and applying them. [C3]-[C6] */
import { describe, expect, it } from 'vitest';
import { applyChanges, derive, type Derivation } from './cascade';
import type { Task, TaskStatus } from './model';
import { aTask, stagesOf, TODAY_START as T } from './testBuilders';
import { DAY } from './time';

const live = aTask({ id: 'live', title: '直播课堂策划', status: 'in_progress' });
const graph = (spec: string): Task[] => stagesOf(live, spec);
const moves = (d: Derivation) => d.changes.map((c) => `${c.taskId}:${c.from}>${c.to}`);

describe('derive: what the changes say', () => {
  const special = (id: string, status: TaskStatus | undefined, more: Partial<Task> = {}) =>
    aTask({ id, title: id, status, ...more });
  const stagesOfS = (spec: string) => stagesOf(special('S', 'in_progress'), spec);

  it('[C3][C5] a special task without a status (typed by hand) gets none derived, even with every stage done', () => {
    expect(derive([special('S', undefined), ...stagesOfS('s1=done@1 s2=done@2')]).changes).toEqual([]);
  });

  it('[C6] a stage released and held again in one derivation is no change at all', () => {
    // Pass one sees S done and readies n; S itself goes back in progress, so n waits again.
    const tasks = [
      ...graph('n=waiting<S'),
      special('S', 'done', { completedAt: T }),
      ...stagesOfS('s1=done@0 s2=in_progress'),
    ];
    const d = derive(tasks);
    expect(moves(d)).toEqual(['S:done>in_progress']);
    expect(d.notices).toEqual([]);
  });

  it('[C6] changes come in the order of the tasks, whichever pass found them', () => {
    // n comes first but can only move once S, later in the list, is done.
    const tasks = [...graph('n=waiting<S'), special('S', 'in_progress'), ...stagesOfS('s1=done@7')];
    expect(moves(derive(tasks))).toEqual(['n:waiting>ready', 'S:in_progress>done']);
  });

  it('[C6] applying a derivation sets each status, and a completion time only where the change gives one', () => {
    const tasks = [special('S', 'done', { completedAt: T }), ...stagesOfS('s1=done@0 s2=in_progress')];
    const applied = applyChanges(tasks, derive(tasks).changes);
    expect(applied[0]).toMatchObject({ status: 'in_progress', completedAt: T });
    expect(applied.slice(1)).toEqual(tasks.slice(1));
    const done = [special('S', 'in_progress'), ...stagesOfS('s1=done@3')];
    expect(applyChanges(done, derive(done).changes)[0]).toMatchObject({
      status: 'done',
      completedAt: T + 3 * DAY,
    });
  });
});
