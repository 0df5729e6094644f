import { describe, expect, it } from 'vitest';
import { planAssignment } from './assignment';
import { perform } from './responsibility';
import { aDepartment, aMember, aTask, TODAY_START } from './testBuilders';

const design = aDepartment({ name: '设计部', headUserIds: ['u_guo'] });
const org = {
  departments: [design],
  members: [
    aMember({ name: '王建国', userIds: ['u_boss'], role: 'boss' }),
    aMember({ name: '郭晓', userIds: ['u_guo'], departmentId: design.id, role: 'manager' }),
    aMember({ name: '何平', userIds: ['u_he'], departmentId: design.id }),
    aMember({ name: '谢飞', userIds: ['u_xie'] }),
  ],
};

describe('who is told', () => {
  it("[EV2] a declined stage tells its special task's responsible person too, each once", () => {
    const parent = aTask({ id: 'live', title: '直播课堂', responsibleUserIds: ['u_xie'] });
    const stage = aTask({
      id: 'poster',
      kind: 'stage',
      parentId: 'live',
      status: 'ready',
      primaryDepartmentId: design.id,
      responsibleUserIds: ['u_he'],
    });
    const ctx = { ...org, actorUserId: 'u_he', now: TODAY_START, tasks: [parent, stage] };
    const o = perform(stage, { kind: 'decline', reason: '没空' }, ctx);
    expect(o.ok && o.notices.map((n) => [n.type, n.recipientUserId])).toEqual([
      ['declined', 'u_xie'],
      ['declined', 'u_guo'],
      ['declined', 'u_boss'],
    ]);
  });

  it('[EV8] sent by a head, the boss is copied; sent by the boss, he is not', () => {
    const d = {
      draftKey: 'd1',
      mode: 'assign' as const,
      title: '海报',
      description: '',
      extraDuty: false,
      due: TODAY_START + 86_400_000,
      primaryDepartmentId: design.id,
      cooperation: [],
      responsibleMemberId: org.members[2]!.id,
      outsiderConfirmed: false,
      stages: [],
      suggestedDepartmentIds: [],
    };
    const ctx = { ...org, todayStart: TODAY_START };
    const copies = (actor: string) =>
      planAssignment(d, ctx, actor, TODAY_START)
        .notices.filter((n) => n.type === 'copy')
        .map((n) => n.recipientUserId);
    expect(copies('u_guo')).toEqual(['u_boss']);
    expect(copies('u_boss')).toEqual(['u_guo']);
  });
});
