import { describe, expect, it } from 'vitest';
import { aDepartment, aMember, aStage, aTask, TODAY_START } from '../../core/testBuilders';
import { translator } from '../../i18n/translate';
import { actionsFor, formatDuration, reassignOptions, taskView, type ViewerContext } from './taskPageModel';
import { HOUR } from '../../core/time';

const zh = translator('zh-CN');
const en = translator('en-US');

const market = aDepartment({ name: '市场部', headUserIds: ['ou_head'] });
const design = aDepartment({ name: '设计部', headUserIds: ['ou_dhead'] });
const boss = aMember({ name: '王总', userIds: ['ou_boss'], role: 'boss' });
const head = aMember({ name: '张伟', userIds: ['ou_head'], role: 'manager', departmentId: market.id });
const designHead = aMember({ name: '郭晓', userIds: ['ou_dhead'], role: 'manager', departmentId: design.id });
const liu = aMember({ name: '刘洋', userIds: ['ou_liu'], departmentId: market.id });
const he = aMember({ name: '何平', userIds: ['ou_he'], departmentId: design.id });
const gone = aMember({ name: '离职', userIds: ['ou_gone'], departmentId: market.id, active: false });
const noAccount = aMember({ name: '无号', userIds: [], departmentId: market.id });
const org = { departments: [market, design], members: [boss, head, designHead, liu, he, gone, noAccount] };

const viewer = (userId: string, canEdit = true): ViewerContext => ({
  ...org,
  userId,
  canEdit,
  now: TODAY_START,
});
const assigned = aTask({
  title: '直播',
  status: 'assigned',
  primaryDepartmentId: market.id,
  responsibleUserIds: ['ou_liu'],
});

describe('actionsFor', () => {
  it('[R1][R2] the responsible person may acknowledge or decline an assigned task, not reassign it', () => {
    expect(actionsFor(assigned, viewer('ou_liu'))).toEqual({
      acknowledge: true,
      decline: true,
      reassign: false,
    });
  });

  it('[R3] the head of the primary department and the boss may reassign, but not acknowledge for someone', () => {
    const none = { acknowledge: false, decline: false };
    expect(actionsFor(assigned, viewer('ou_head'))).toEqual({ ...none, reassign: true });
    expect(actionsFor(assigned, viewer('ou_boss'))).toEqual({ ...none, reassign: true });
  });

  it('[R3] the head of another department, or a colleague, may do nothing', () => {
    const none = { acknowledge: false, decline: false, reassign: false };
    expect(actionsFor(assigned, viewer('ou_dhead'))).toEqual(none);
    expect(actionsFor(assigned, viewer('ou_he'))).toEqual(none);
  });

  it('a read-only viewer gets no actions, even as the responsible person', () => {
    expect(actionsFor(assigned, viewer('ou_liu', false))).toEqual({
      acknowledge: false,
      decline: false,
      reassign: false,
    });
  });

  it('[R1] work already started or acknowledged is not acknowledged again; a started task can still be declined', () => {
    const started = { ...assigned, status: 'in_progress' as const };
    expect(actionsFor(started, viewer('ou_liu'))).toMatchObject({ acknowledge: false, decline: true });
    const readyStage = aStage(assigned, { status: 'ready', responsibleUserIds: ['ou_he'] });
    expect(actionsFor(readyStage, viewer('ou_he')).acknowledge).toBe(true);
    expect(actionsFor({ ...readyStage, acknowledgedAt: TODAY_START }, viewer('ou_he')).acknowledge).toBe(
      false,
    );
  });

  it('[R2][R3] a declined task cannot be declined again but can be reassigned; finished work cannot', () => {
    const declined = { ...assigned, status: 'declined' as const };
    expect(actionsFor(declined, viewer('ou_liu')).decline).toBe(false);
    expect(actionsFor(declined, viewer('ou_head')).reassign).toBe(true);
    expect(actionsFor({ ...assigned, status: 'done' }, viewer('ou_head')).reassign).toBe(false);
    expect(actionsFor({ ...assigned, status: 'cancelled' }, viewer('ou_boss')).reassign).toBe(false);
  });

  it("[R3] a stage is reassigned by its own department's head", () => {
    const stage = aStage(assigned, { status: 'assigned', primaryDepartmentId: design.id });
    expect(actionsFor(stage, viewer('ou_dhead')).reassign).toBe(true);
    expect(actionsFor(stage, viewer('ou_head')).reassign).toBe(false);
  });
});

describe('taskView', () => {
  const special = aTask({
    title: '直播课堂',
    status: 'in_progress',
    primaryDepartmentId: market.id,
    cooperatingDepartmentIds: [design.id],
    deliverablesOwed: '设计部：海报\n\n 销售部：名单 ',
    responsibleUserIds: ['ou_head'],
    points: 30,
    assignedAt: TODAY_START,
    acknowledgedAt: TODAY_START + 90 * 60_000,
  });
  const poster = aStage(special, { title: '海报', sequence: 2, responsibleUserIds: ['ou_he'] });
  const plan = aStage(special, { title: '方案', sequence: 1, responsibleUserIds: [], status: 'done' });
  const tasks = [poster, special, plan];

  it('shows the task with its department, owner, cooperation, deliverables and time to assign', () => {
    const view = taskView(tasks, special.id, viewer('ou_boss'), zh)!;
    expect(view).toMatchObject({
      title: '直播课堂',
      status: '进行中',
      department: '市场部',
      responsible: '张伟',
      points: 30,
      cooperating: ['设计部'],
      deliverables: ['设计部：海报', '销售部：名单'],
      timeToAssign: '1 小时 30 分钟',
      seenResponsibleUserIds: ['ou_head'],
      isStage: false,
    });
  });

  it('lists the stages in order with their owners; a stage without one says so', () => {
    const stages = taskView(tasks, special.id, viewer('ou_boss'), en)!.stages;
    expect(stages.map((s) => [s.title, s.owner, s.status])).toEqual([
      ['方案', 'Nobody yet', 'Done'],
      ['海报', '何平', 'In progress'],
    ]);
  });

  it('[R6] no time to assign before acknowledgement; a stage names its parent; an unknown id is undefined', () => {
    expect(taskView([assigned], assigned.id, viewer('ou_liu'), zh)!.timeToAssign).toBeUndefined();
    expect(taskView(tasks, poster.id, viewer('ou_he'), zh)).toMatchObject({ parentTitle: '直播课堂' });
    expect(taskView(tasks, 'nope', viewer('ou_he'), zh)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it('reads as minutes, hours and minutes, or days and hours', () => {
    expect(formatDuration(0, zh)).toBe('0 分钟');
    expect(formatDuration(59 * 60_000, en)).toBe('59 min');
    expect(formatDuration(HOUR, en)).toBe('1 h 0 min');
    expect(formatDuration(23 * HOUR + 59 * 60_000, en)).toBe('23 h 59 min');
    expect(formatDuration(3 * 24 * HOUR + 2 * HOUR, zh)).toBe('3 天 2 小时');
    expect(formatDuration(-5 * 60_000, en)).toBe('0 min');
  });
});

describe('reassignOptions', () => {
  it('[R3] offers active members with an account, the task department first, never the current owner', () => {
    const options = reassignOptions(org, assigned);
    expect(options.map((o) => o.label)).toEqual(['张伟 · 市场部', '王总', '郭晓 · 设计部', '何平 · 设计部']);
    expect(options[0]!.value).toBe(head.id);
    expect(reassignOptions(org, undefined)).toEqual([]);
  });
});

/** Every refusal code the task page and the pool can meet; the type makes this list complete. */
