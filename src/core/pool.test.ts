import { describe, expect, it } from 'vitest';
import type { Task } from './model';
import { openPoolTasks, poolUptake } from './pool';
import { aDepartment, aStage, aTask, TODAY_START } from './testBuilders';

const design = aDepartment({ name: '设计部' });
const sales = aDepartment({ name: '销售部' });
const hr = aDepartment({ name: '人事部' });
const published = (title: string, hoursAgo: number, suggested: string[], overrides: Partial<Task> = {}) =>
  aTask({
    title,
    status: 'open',
    publishedAt: TODAY_START - hoursAgo * 3_600_000,
    suggestedDepartmentIds: suggested,
    ...overrides,
  });

describe('openPoolTasks', () => {
  const old = published('old', 30, [sales.id]);
  const fresh = published('fresh', 1, [sales.id]);
  const forDesign = published('for design', 20, [design.id]);
  const claimed = published('claimed', 2, [design.id], { status: 'in_progress', origin: 'claimed' });
  const stage = aStage(old, { status: 'open', publishedAt: TODAY_START });
  const tasks = [old, fresh, forDesign, claimed, stage, aTask({ title: 'assigned' })];

  it('[L1] open top-level tasks only, newest first', () => {
    expect(openPoolTasks(tasks).map((t) => t.title)).toEqual(['fresh', 'for design', 'old']);
  });

  it('[L1] a department sees the tasks suggested to it first, each group newest first', () => {
    expect(openPoolTasks(tasks, design.id).map((t) => t.title)).toEqual(['for design', 'fresh', 'old']);
    expect(openPoolTasks(tasks, sales.id).map((t) => t.title)).toEqual(['fresh', 'old', 'for design']);
  });
});

describe('poolUptake', () => {
  it('[L2] per department: offered, still unclaimed, and claimed by it', () => {
    const tasks = [
      published('a', 5, [design.id, sales.id]),
      published('b', 4, [design.id], {
        status: 'in_progress',
        origin: 'claimed',
        primaryDepartmentId: design.id,
      }),
      // Claimed by sales although suggested only to design: counts as offered to design, claimed by sales.
      published('c', 3, [design.id], {
        status: 'in_progress',
        origin: 'claimed',
        primaryDepartmentId: sales.id,
      }),
      // An assigned task and a stage are not pool tasks.
      aTask({ suggestedDepartmentIds: [design.id], status: 'open' }),
      aStage(aTask(), { publishedAt: TODAY_START, suggestedDepartmentIds: [design.id], status: 'open' }),
    ];
    const rows = poolUptake(tasks, [design, sales, hr]).map((u) => [
      u.department.name,
      u.offered,
      u.unclaimed,
      u.claimed,
    ]);
    expect(rows).toEqual([
      ['设计部', 3, 1, 1],
      ['销售部', 1, 1, 1],
      ['人事部', 0, 0, 0],
    ]);
  });
});
