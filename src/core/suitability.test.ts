import { describe, expect, it } from 'vitest';
import type { Task } from './model';
import { suitability } from './suitability';
import { aMember, aTask, TODAY_START } from './testBuilders';
import { DAY } from './time';

const NOW = TODAY_START + 10 * 3_600_000;
const DESIGN = 'dep_design';
const guo = aMember({ name: '郭晓', userIds: ['u_guo'], departmentId: DESIGN, role: 'manager' });
const he = aMember({ name: '何平', userIds: ['u_he'], departmentId: DESIGN });
const lin = aMember({ name: '林峰', userIds: ['u_lin'], departmentId: DESIGN });
const luo = aMember({ name: '罗佳', userIds: ['u_luo'], departmentId: DESIGN, skills: ['直播运营'] });
const gone = aMember({ name: '离职者', userIds: ['u_gone'], departmentId: DESIGN, active: false });
const other = aMember({ name: '郑强', userIds: ['u_zheng'], departmentId: 'dep_sales' });
const members = [he, lin, gone, other, luo, guo];
const owned = (user: string, overrides: Partial<Task> = {}) =>
  aTask({ responsibleUserIds: [user], status: 'in_progress', ...overrides });

describe('suitability', () => {
  it("[U1] only the department's active members, the head first", () => {
    const list = suitability(members, [], DESIGN, ['u_guo'], NOW);
    expect(list.map((s) => s.member.name)[0]).toBe('郭晓');
    expect(list.map((s) => s.member.name).sort()).toEqual(['何平', '林峰', '罗佳', '郭晓'].sort());
    expect(list.map((s) => s.isHead)).toEqual([true, false, false, false]);
  });

  it('[U1] then the least loaded; equal load by name', () => {
    const tasks = [owned('u_he'), owned('u_he', { status: 'assigned' }), owned('u_lin')];
    const list = suitability(members, tasks, DESIGN, ['u_guo'], NOW);
    const rest = list.slice(1).map((s) => [s.member.name, s.openTasks]);
    expect(rest).toEqual([
      ['罗佳', 0],
      ['林峰', 1],
      ['何平', 2],
    ]);
    const tie = suitability([he, lin], [], DESIGN, [], NOW).map((s) => s.member.name);
    expect(tie).toEqual(['何平', '林峰'].sort((a, b) => a.localeCompare(b)));
  });

  it('[U1] open work is assigned, ready, in progress or in review; not waiting, open, done or declined', () => {
    const statuses = [
      'assigned',
      'ready',
      'in_progress',
      'in_review',
      'waiting',
      'open',
      'done',
      'declined',
    ] as const;
    const tasks = statuses.map((status) => owned('u_he', { status }));
    const [row] = suitability([he], tasks, DESIGN, [], NOW);
    expect(row!.openTasks).toBe(4);
  });

  it('[U1] due this week: open tasks due from now to seven days ahead', () => {
    const tasks = [
      owned('u_he', { due: NOW }),
      owned('u_he', { due: NOW + 7 * DAY - 1 }),
      owned('u_he', { due: NOW + 7 * DAY }),
      owned('u_he', { due: NOW - 1 }),
      owned('u_he', { due: NOW + DAY, status: 'done' }),
      owned('u_he'),
    ];
    expect(suitability([he], tasks, DESIGN, [], NOW)[0]!.dueThisWeek).toBe(2);
  });

  it('[U1] on-time rate: finished tasks done by the end of their due day, of those with both dates', () => {
    const due = TODAY_START - 10 * DAY;
    const done = (completedAt: number | undefined) => owned('u_he', { status: 'done', due, completedAt });
    const tasks = [
      done(due - DAY), // early
      done(due + 23 * 3_600_000), // the due day itself
      done(due + 25 * 3_600_000), // late
      done(due + 5 * DAY), // late
      done(undefined), // no completion date: not counted
      owned('u_he', { status: 'done', completedAt: due }), // no due date: not counted
    ];
    expect(suitability([he], tasks, DESIGN, [], NOW)[0]!.onTimeRate).toBe(2 / 4);
    expect(suitability([he], [owned('u_he')], DESIGN, [], NOW)[0]!.onTimeRate).toBeUndefined();
  });

  it("[U1] each member's skills are shown; another member's tasks do not count", () => {
    const [row] = suitability([luo], [owned('u_he'), owned('u_zheng')], DESIGN, [], NOW);
    expect(row).toMatchObject({ skills: ['直播运营'], openTasks: 0, dueThisWeek: 0 });
  });
});
