import { describe, expect, it } from 'vitest';
import { aDepartment, aMember, aTask } from '../../core/testBuilders';
import { checklistDone, checklistOf } from './checklistModel';

describe('first steps after install', () => {
  it('[EV16] a fresh Base with only the boss has every step to do; each step is done once it holds', () => {
    const boss = aMember({ role: 'boss' });
    const fresh = checklistOf({ departments: [], members: [boss], tasks: [] });
    expect(fresh.map((i) => [i.step, i.done])).toEqual([
      ['departments', false],
      ['people', false],
      ['heads', false],
      ['firstTask', false],
    ]);
    const design = aDepartment({ headUserIds: ['u_guo'] });
    const guo = aMember({ userIds: ['u_guo'], departmentId: design.id, role: 'manager' });
    const all = checklistOf({
      departments: [design],
      members: [boss, guo],
      tasks: [aTask({ status: 'assigned' })],
    });
    expect(checklistDone(all)).toBe(true);
    const headless = checklistOf({ departments: [design, aDepartment()], members: [boss, guo], tasks: [] });
    expect(headless.find((i) => i.step === 'heads')!.done).toBe(false);
  });
});
