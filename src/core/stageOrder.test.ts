import { describe, expect, it } from 'vitest';
import type { Task } from './model';
import { moveStage } from './stageOrder';
import { aDepartment, aMember, aTask, TODAY_START } from './testBuilders';

const market = aDepartment({ name: '市场部', headUserIds: ['u_zhang'] });
const members = [
  aMember({ name: '王建国', userIds: ['u_boss'], role: 'boss' }),
  aMember({ name: '张伟', userIds: ['u_zhang'], departmentId: market.id, role: 'manager' }),
];
const parent = aTask({ id: 'p', title: '直播', status: 'in_progress', primaryDepartmentId: market.id });
const stage = (id: string, sequence: number, dependsOnIds: string[], status: Task['status'] = 'waiting') =>
  aTask({
    id,
    kind: 'stage',
    parentId: 'p',
    title: id,
    sequence,
    dependsOnIds,
    status,
    responsibleUserIds: [`u_${id}`],
  });

const ctx = (tasks: Task[]) => ({
  departments: [market],
  members,
  tasks: [parent, ...tasks],
  actorUserId: 'u_boss',
  now: TODAY_START,
  todayStart: TODAY_START,
  key: 'k',
});

describe('moveStage', () => {
  it('[EV19] moving the middle of a chain down re-points the pair and whatever followed it', () => {
    const chain = [
      stage('a', 1, [], 'ready'),
      stage('b', 2, ['a']),
      stage('c', 3, ['b']),
      stage('d', 4, ['c']),
    ];
    const outcome = moveStage(chain[1]!, 'down', ctx(chain));
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.updates).toEqual([
      { id: 'b', changes: { sequence: 3, dependsOnIds: ['c'] } },
      { id: 'c', changes: { sequence: 2, dependsOnIds: ['a'] } },
      { id: 'd', changes: { dependsOnIds: ['b'] } },
    ]);
    expect(outcome.notices.map((n) => n.recipientUserId)).toEqual(['u_b', 'u_c']);
  });

  it('[EV19] stages side by side only swap their order; the last cannot go down', () => {
    const pair = [stage('a', 1, [], 'ready'), stage('b', 2, [], 'ready')];
    const outcome = moveStage(pair[1]!, 'up', ctx(pair));
    expect(outcome.ok && outcome.updates).toEqual([
      { id: 'a', changes: { sequence: 2 } },
      { id: 'b', changes: { sequence: 1 } },
    ]);
    expect(moveStage(pair[1]!, 'down', ctx(pair))).toEqual({ ok: false, code: 'edgeOfChain' });
  });
});
