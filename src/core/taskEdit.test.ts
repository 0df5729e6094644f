import { describe, expect, it } from 'vitest';
import { addStage } from './stageAdd';
import { affected, editTask, type EditContext } from './taskEdit';
import { aDepartment, aMember, aTask, TODAY_START } from './testBuilders';
import { DAY, HOUR } from './time';

const market = aDepartment({ name: '市场部', headUserIds: ['u_zhang'] });
const design = aDepartment({ name: '设计部', headUserIds: ['u_guo'] });
const members = [
  aMember({ name: '王建国', userIds: ['u_boss'], role: 'boss' }),
  aMember({ name: '张伟', userIds: ['u_zhang'], departmentId: market.id, role: 'manager' }),
  aMember({ name: '刘洋', userIds: ['u_liu'], departmentId: market.id }),
  aMember({ id: 'm_guo', name: '郭晓', userIds: ['u_guo'], departmentId: design.id, role: 'manager' }),
  aMember({ id: 'm_he', name: '何平', userIds: ['u_he'], departmentId: design.id }),
];
const NOW = TODAY_START + 10 * HOUR;
const live = aTask({
  id: 'live',
  title: '直播课堂',
  status: 'in_progress',
  primaryDepartmentId: market.id,
  responsibleUserIds: ['u_liu'],
  due: TODAY_START + 20 * DAY,
});
const poster = aTask({
  id: 'poster',
  kind: 'stage',
  parentId: 'live',
  title: '海报',
  status: 'in_progress',
  primaryDepartmentId: design.id,
  responsibleUserIds: ['u_he'],
  sequence: 1,
  due: TODAY_START + 5 * DAY,
});
const invite = aTask({
  id: 'invite',
  kind: 'stage',
  parentId: 'live',
  title: '邀约',
  status: 'waiting',
  primaryDepartmentId: design.id,
  responsibleUserIds: ['u_guo'],
  dependsOnIds: ['poster'],
  sequence: 2,
});
const done = aTask({
  id: 'plan',
  kind: 'stage',
  parentId: 'live',
  title: '方案',
  status: 'done',
  responsibleUserIds: ['u_zhang'],
  sequence: 0,
});
const ctx = (actorUserId: string): EditContext => ({
  departments: [market, design],
  members,
  tasks: [live, poster, invite, done],
  actorUserId,
  now: NOW,
  todayStart: TODAY_START,
});

describe('editing a task after sending', () => {
  it('[EV10] the boss or the primary department’s head edits; a stage answers to its special task’s department', () => {
    const move = { kind: 'change' as const, due: TODAY_START + 25 * DAY };
    expect(editTask(live, move, ctx('u_boss')).ok).toBe(true);
    expect(editTask(live, move, ctx('u_zhang')).ok).toBe(true);
    expect(editTask(live, move, ctx('u_guo'))).toEqual({ ok: false, code: 'notAllowed' });
    expect(editTask(live, move, ctx('u_liu'))).toEqual({ ok: false, code: 'notAllowed' });
    expect(editTask(poster, { kind: 'change', due: TODAY_START + 6 * DAY }, ctx('u_zhang')).ok).toBe(true);
    expect(editTask(poster, { kind: 'change', due: TODAY_START + 6 * DAY }, ctx('u_guo')).ok).toBe(false);
    expect(editTask(live, move, ctx('u_stranger'))).toEqual({ ok: false, code: 'notMember' });
  });

  it('[EV10] bad input is refused with its reason and changes nothing', () => {
    const c = ctx('u_boss');
    expect(editTask(live, { kind: 'change', title: '  ' }, c)).toEqual({ ok: false, code: 'titleRequired' });
    expect(editTask(live, { kind: 'change', due: TODAY_START - DAY }, c)).toEqual({
      ok: false,
      code: 'duePast',
    });
    expect(editTask(live, { kind: 'change', points: -1 }, c)).toEqual({ ok: false, code: 'pointsInvalid' });
    expect(editTask(live, { kind: 'change', title: '直播课堂' }, c)).toEqual({
      ok: false,
      code: 'nothingChanged',
    });
    expect(editTask(live, { kind: 'cancel', reason: ' ' }, c)).toEqual({ ok: false, code: 'reasonRequired' });
    expect(editTask(done, { kind: 'change', title: 'x' }, c)).toEqual({ ok: false, code: 'finished' });
  });

  it('[EV11] a change is one edited event and a notice to the owner and the unfinished stages’ owners', () => {
    const o = editTask(
      live,
      { kind: 'change', due: TODAY_START + 25 * DAY, title: '直播课堂 2' },
      ctx('u_boss'),
    );
    expect(o).toMatchObject({
      ok: true,
      changes: { due: TODAY_START + 25 * DAY, title: '直播课堂 2' },
      event: { type: 'edited', key: `live/edited/${NOW}`, taskId: 'live' },
    });
    expect(o.ok && o.event.summary.params.what).toBe('「直播课堂」→「直播课堂 2」；2024-05-30 → 2024-06-04');
    expect(o.ok && o.notices.map((n) => [n.recipientUserId, n.type])).toEqual([
      ['u_liu', 'changed'],
      ['u_he', 'changed'],
      ['u_guo', 'changed'],
    ]);
  });

  it('[EV11] a stage change tells its owner and the special task’s responsible person, never the editor', () => {
    expect(affected(poster, ctx('u_boss'))).toEqual(['u_he', 'u_liu']);
    expect(affected(poster, ctx('u_he'))).toEqual(['u_liu']);
  });

  it('[EV11] cancelling needs a reason, is recorded with it and tells whoever it affects', () => {
    const o = editTask(invite, { kind: 'cancel', reason: ' 不需要了 ' }, ctx('u_zhang'));
    expect(o).toMatchObject({
      ok: true,
      changes: { status: 'cancelled' },
      event: { type: 'status_change', reason: '不需要了', summary: { key: 'event.cancelled' } },
    });
    expect(o.ok && o.notices.map((n) => n.recipientUserId)).toEqual(['u_guo', 'u_liu']);
  });
});

describe('adding a stage after sending', () => {
  it('[EV12] a new stage after unfinished ones waits; its owner (else the department head) is told', () => {
    const o = addStage(
      live,
      { title: ' 彩排 ', departmentId: design.id, afterIds: ['invite'], due: TODAY_START + 8 * DAY },
      ctx('u_boss'),
    );
    expect(o).toMatchObject({
      ok: true,
      stage: {
        title: '彩排',
        kind: 'stage',
        parentId: 'live',
        status: 'waiting',
        sequence: 3,
        dependsOnIds: ['invite'],
        responsibleUserIds: ['u_guo'],
      },
      event: { type: 'edited', taskId: 'live', summary: { key: 'event.stageAdded' } },
    });
    expect(o.ok && o.notices.map((n) => [n.recipientUserId, n.message.key])).toEqual([
      ['u_guo', 'notice.stageWaits'],
    ]);
    const free = addStage(
      live,
      { title: '复盘', departmentId: design.id, ownerMemberId: 'm_he', afterIds: ['plan'] },
      ctx('u_boss'),
    );
    expect(free).toMatchObject({ ok: true, stage: { status: 'ready', responsibleUserIds: ['u_he'] } });
  });

  it('[EV12] refused for others, without a title or department, or due after the task', () => {
    const input = { title: '彩排', departmentId: design.id, afterIds: [] };
    expect(addStage(live, input, ctx('u_guo'))).toEqual({ ok: false, code: 'notAllowed' });
    expect(addStage(live, { ...input, title: '' }, ctx('u_boss'))).toEqual({
      ok: false,
      code: 'titleRequired',
    });
    expect(addStage(live, { ...input, departmentId: undefined }, ctx('u_boss'))).toEqual({
      ok: false,
      code: 'departmentRequired',
    });
    expect(addStage(live, { ...input, due: TODAY_START + 30 * DAY }, ctx('u_boss'))).toEqual({
      ok: false,
      code: 'afterTaskDue',
    });
  });
});
