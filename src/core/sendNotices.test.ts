import { describe, expect, it } from 'vitest';
import { planAssignment, type AssignmentDraft, type DraftContext } from './assignment';
import { aDepartment, aMember, TODAY_START } from './testBuilders';
import { DAY } from './time';

const market = aDepartment({ name: '市场部', headUserIds: ['u_zhang'] });
const design = aDepartment({ name: '设计部', headUserIds: ['u_guo'] });
const sales = aDepartment({ name: '销售部', headUserIds: ['u_zheng'] });
const boss = aMember({ name: '王建国', userIds: ['u_boss'], role: 'boss' });
const zhang = aMember({ name: '张伟', userIds: ['u_zhang'], departmentId: market.id, role: 'manager' });
const liu = aMember({ name: '刘洋', userIds: ['u_liu'], departmentId: market.id });
const guo = aMember({ name: '郭晓', userIds: ['u_guo'], departmentId: design.id, role: 'manager' });
const he = aMember({ name: '何平', userIds: ['u_he'], departmentId: design.id });
const zheng = aMember({ name: '郑强', userIds: ['u_zheng'], departmentId: sales.id, role: 'manager' });
const ctx: DraftContext = {
  departments: [market, design, sales],
  members: [boss, zhang, liu, guo, he, zheng],
  todayStart: TODAY_START,
};
const NOW = TODAY_START + 10 * 3_600_000;

function draft(overrides: Partial<AssignmentDraft> = {}): AssignmentDraft {
  return {
    draftKey: 'd1',
    mode: 'assign',
    title: '直播课堂',
    description: '',
    extraDuty: false,
    due: TODAY_START + 20 * DAY,
    primaryDepartmentId: market.id,
    cooperation: [],
    responsibleMemberId: liu.id,
    outsiderConfirmed: false,
    stages: [
      {
        key: 's1',
        title: '海报',
        departmentId: design.id,
        ownerMemberId: he.id,
        due: TODAY_START + 5 * DAY,
        predecessorKeys: [],
      },
      {
        key: 's2',
        title: '邀约',
        departmentId: sales.id,
        due: TODAY_START + 9 * DAY,
        predecessorKeys: ['s1'],
      },
      { key: 's3', title: '复盘', departmentId: market.id, ownerMemberId: boss.id, predecessorKeys: ['s2'] },
    ],
    suggestedDepartmentIds: [],
    ...overrides,
  };
}

describe('who a send tells', () => {
  it('[EV1] each stage owner is told their stage, its due date and what it waits for, even outside cooperating departments', () => {
    const notices = planAssignment(draft(), ctx, 'u_boss', NOW).notices.filter((n) =>
      n.key.includes('/stage/'),
    );
    expect(notices.map((n) => [n.recipientUserId, n.taskKey, n.type, n.message.key])).toEqual([
      ['u_he', 'd1/stage/s1', 'assigned', 'notice.stageReady'],
      ['u_zheng', 'd1/stage/s2', 'assigned', 'notice.stageWaits'],
    ]);
    expect(notices[0]!.message.params).toMatchObject({
      title: '海报',
      parent: '直播课堂',
      due: '2024-05-15',
    });
    expect(notices[1]!.message.params).toMatchObject({ waits: '海报', due: '2024-05-19' });
  });

  it('[EV3] a task given directly to an employee tells their department head', () => {
    const notices = planAssignment(draft(), ctx, 'u_boss', NOW).notices;
    expect(notices.find((n) => n.recipientUserId === 'u_zhang')).toMatchObject({
      type: 'copy',
      taskKey: 'd1/task',
    });
  });

  it('[EV8] the sender is copied on nothing of their own send, a stage they own included', () => {
    const notices = planAssignment(draft(), ctx, 'u_boss', NOW).notices;
    expect(notices.filter((n) => n.recipientUserId === 'u_boss')).toEqual([]);
  });

  it('[EV5] publishing tells the suggested departments’ heads, or every active member when chosen', () => {
    const pool = draft({ mode: 'pool', suggestedDepartmentIds: [design.id, sales.id] });
    const heads = planAssignment(pool, ctx, 'u_boss', NOW).notices;
    expect(heads.map((n) => [n.recipientUserId, n.type, n.key])).toEqual([
      ['u_guo', 'published', 'd1/notice/pool/u_guo'],
      ['u_zheng', 'published', 'd1/notice/pool/u_zheng'],
    ]);
    expect(heads[0]!.message).toEqual({
      key: 'notice.published',
      params: { title: '直播课堂', actor: '王建国', departments: '设计部、销售部' },
    });
    const all = planAssignment({ ...pool, poolAudience: 'everyone' }, ctx, 'u_boss', NOW).notices;
    expect(all.map((n) => n.recipientUserId)).toEqual(['u_zhang', 'u_liu', 'u_guo', 'u_he', 'u_zheng']);
  });
});
