import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION, escalations, ackWindowsPassed, type EscalationSettings } from './escalation';
import type { Task } from './model';
import { perform } from './responsibility';
import { aDepartment, aMember, aStage, aTask, TODAY_START } from './testBuilders';
import { DEFAULT_CALENDAR } from './workingTime';
import { DAY, HOUR } from './time';

// TODAY_START is Friday 10 May 2024, 00:00 in UTC+8. Assigned Friday 10:00, window 4 working hours:
const ASSIGNED = TODAY_START + 10 * HOUR;
const ONE = TODAY_START + 14 * HOUR; // Friday 14:00
const TWO = TODAY_START + 18 * HOUR; // Friday 18:00, the end of Friday's working day
const THREE = TODAY_START + 3 * DAY + 13 * HOUR; // Monday 13:00: 4 more hours after the weekend

const design = aDepartment({ name: '设计部', headUserIds: ['u_guo'] });
const sales = aDepartment({ name: '销售部', headUserIds: ['u_zheng'] });
const boss = aMember({ id: 'm_boss', name: '王建国', userIds: ['u_boss'], role: 'boss' });
const he = aMember({ id: 'm_he', name: '何平', userIds: ['u_he'], departmentId: design.id });
const org = {
  departments: [design, sales],
  members: [
    boss,
    aMember({ name: '郭晓', userIds: ['u_guo'], departmentId: design.id, role: 'manager' }),
    he,
    aMember({ name: '林峰', userIds: ['u_lin'], departmentId: design.id }),
  ],
};
const assigned = (overrides: Partial<Task> = {}) =>
  aTask({
    title: '年会海报',
    status: 'assigned',
    primaryDepartmentId: design.id,
    responsibleUserIds: ['u_he'],
    assignedAt: ASSIGNED,
    ...overrides,
  });
const run = (tasks: Task[], now: number, s: EscalationSettings = DEFAULT_ESCALATION) =>
  escalations(tasks, org, s, now);
const who = (tasks: Task[], now: number) => run(tasks, now).map((n) => [n.type, n.recipientUserId]);

describe('ackWindowsPassed', () => {
  it('[E1] counts whole windows of working time: 0 before the first, at most 3', () => {
    const level = (now: number) => ackWindowsPassed(ASSIGNED, now, 4, DEFAULT_CALENDAR);
    expect(level(ASSIGNED)).toBe(0);
    expect(level(ONE - 1)).toBe(0);
    expect(level(ONE)).toBe(1);
    expect(level(TWO - 1)).toBe(1);
    expect(level(TWO)).toBe(2);
    // The weekend does not count: Saturday and Monday morning are still level 2.
    expect(level(TODAY_START + DAY + 12 * HOUR)).toBe(2);
    expect(level(THREE - 1)).toBe(2);
    expect(level(THREE)).toBe(3);
    expect(level(THREE + 30 * DAY)).toBe(3);
  });
});

describe('escalations: acknowledgement', () => {
  it('[E2] one window late reminds the owner; two tells the head; three tells the boss', () => {
    const task = assigned();
    expect(who([task], ONE - 1)).toEqual([]);
    expect(who([task], ONE)).toEqual([['reminder', 'u_he']]);
    expect(who([task], TWO)).toEqual([
      ['reminder', 'u_he'],
      ['escalation', 'u_guo'],
    ]);
    expect(who([task], THREE)).toEqual([
      ['reminder', 'u_he'],
      ['escalation', 'u_guo'],
      ['escalation', 'u_boss'],
    ]);
  });

  it('[E2] the notices say how long, in working hours, and whose acknowledgement is missing', () => {
    const [reminder, head, boss] = run([assigned()], THREE);
    expect(reminder!.message).toEqual({
      key: 'notice.reminder',
      params: { title: '年会海报', owner: '何平', hours: 4 },
    });
    expect(head!.message).toMatchObject({ key: 'notice.escalation', params: { hours: 8 } });
    expect(boss!.message).toMatchObject({ key: 'notice.escalation', params: { hours: 12 } });
  });

  it('[E2][E4] keys are fixed by task, assignment time, level and recipient (as a member): later runs repeat them', () => {
    const task = assigned();
    const keys = (now: number) => run([task], now).map((n) => n.key);
    expect(keys(ONE)).toEqual([`${task.id}/escalate/${ASSIGNED}/1/m_he`]);
    expect(keys(THREE).slice(0, 1)).toEqual(keys(ONE));
    expect(keys(THREE)).toEqual(keys(THREE + 5 * HOUR));
  });

  it('[E2] a reassignment starts a new clock: new keys, and no escalation until its own window passes', () => {
    const task = assigned();
    const before = run([task], TWO).map((n) => n.key);
    const reassigned = { ...task, responsibleUserIds: ['u_lin'], assignedAt: TWO };
    expect(run([reassigned], TWO)).toEqual([]);
    // Monday 13:00 is 4 working hours after Friday 18:00.
    const after = run([reassigned], THREE);
    expect(after.map((n) => [n.type, n.recipientUserId])).toEqual([['reminder', 'u_lin']]);
    expect(after.some((n) => before.includes(n.key))).toBe(false);
  });

  it('[E2] the clock starts at creation when a task has no assignment time', () => {
    const task = assigned({ assignedAt: undefined, createdAt: ASSIGNED });
    expect(run([task], ONE).map((n) => n.key)).toEqual([`${task.id}/escalate/${ASSIGNED}/1/m_he`]);
    expect(run([assigned({ assignedAt: undefined })], THREE)).toEqual([]);
  });

  it('[E2] only tasks still waiting for acknowledgement escalate', () => {
    for (const status of ['in_progress', 'ready', 'waiting', 'declined', 'done', 'draft'] as const)
      expect(run([assigned({ status })], THREE)).toEqual([]);
  });

  it('[E2] an owner or head that does not exist is skipped; the others are still told', () => {
    const noHead = assigned({ primaryDepartmentId: 'gone', responsibleUserIds: [] });
    expect(who([noHead], THREE)).toEqual([['escalation', 'u_boss']]);
  });

  it('[E2] the window comes from the settings', () => {
    const settings = { ...DEFAULT_ESCALATION, ackWindowHours: 1 };
    expect(run([assigned()], ASSIGNED + 3 * HOUR, settings).map((n) => n.recipientUserId)).toEqual([
      'u_he',
      'u_guo',
      'u_boss',
    ]);
  });

  it('[E2] [R1] a stage acknowledged after a reassignment is not escalated (bug: it stays 待确认 and escalation ignores acknowledgedAt)', () => {
    // A declined stage is reassigned by the head (status back to assigned), then the new owner acknowledges it.
    const stage = aStage(aTask(), {
      status: 'declined',
      primaryDepartmentId: design.id,
      responsibleUserIds: ['u_he'],
    });
    const r = perform(
      stage,
      { kind: 'reassign', toMemberId: org.members[3]!.id, reason: '休假' },
      {
        ...org,
        actorUserId: 'u_guo',
        now: ASSIGNED,
      },
    );
    if (!r.ok) throw new Error(r.code);
    const reassigned = { ...stage, ...r.changes };
    const a = perform(
      reassigned,
      { kind: 'acknowledge' },
      { ...org, actorUserId: 'u_lin', now: ASSIGNED + HOUR },
    );
    if (!a.ok) throw new Error(a.code);
    const acknowledged = { ...reassigned, ...a.changes };
    expect(acknowledged.acknowledgedAt).toBe(ASSIGNED + HOUR);
    expect(run([acknowledged], THREE)).toEqual([]);
  });
});

describe('escalations: the pool', () => {
  const open = (overrides: Partial<Task> = {}) =>
    aTask({
      title: '展会物料',
      status: 'open',
      publishedAt: ASSIGNED,
      suggestedDepartmentIds: [design.id, 'gone', sales.id],
      ...overrides,
    });
  // 16 working hours from Friday 10:00: 8 on Friday, 8 on Monday, so Monday 17:00.
  const POOL_DUE = TODAY_START + 3 * DAY + 17 * HOUR;

  it('[E3] an open task unclaimed after its window tells the boss, naming the departments that saw it', () => {
    const task = open();
    expect(run([task], POOL_DUE - 1)).toEqual([]);
    expect(run([task], POOL_DUE)).toEqual([
      {
        key: `${task.id}/pool/${ASSIGNED}/m_boss`,
        type: 'pool',
        recipientUserId: 'u_boss',
        taskId: task.id,
        message: {
          key: 'notice.poolUnclaimed',
          params: { title: '展会物料', departments: '设计部、销售部', hours: 16 },
        },
      },
    ]);
  });

  it('[E3] a claimed task, or one never published, is not escalated as a pool task', () => {
    expect(run([open({ status: 'in_progress' })], POOL_DUE + DAY)).toEqual([]);
    expect(run([open({ publishedAt: undefined })], POOL_DUE + DAY)).toEqual([]);
    expect(run([open()], POOL_DUE + DAY, { ...DEFAULT_ESCALATION, poolWindowHours: 40 })).toEqual([]);
  });

  it('[E4] the same person seen under another app (another open_id) gets the same keys', () => {
    const task = assigned();
    const asSidebar = run([task], THREE).map((n) => n.key);
    const rename = (id: string) => `${id}_other_app`;
    const asAutomations = escalations(
      [{ ...task, responsibleUserIds: task.responsibleUserIds.map(rename) }],
      {
        departments: org.departments.map((d) => ({ ...d, headUserIds: d.headUserIds.map(rename) })),
        members: org.members.map((m) => ({ ...m, userIds: m.userIds.map(rename) })),
      },
      DEFAULT_ESCALATION,
      THREE,
    ).map((n) => n.key);
    expect(asAutomations).toEqual(asSidebar);
    expect(asSidebar).toHaveLength(3);
  });

  it('[E4] a person with two member rows is named by the same row whatever order the rows are read in', () => {
    const task = assigned();
    const second = aMember({ id: 'm_a_second', name: '何平', userIds: ['u_he'], departmentId: sales.id });
    const keysWith = (members: typeof org.members) =>
      escalations([task], { ...org, members }, DEFAULT_ESCALATION, ONE).map((n) => n.key);
    expect(keysWith([...org.members, second])).toEqual([`${task.id}/escalate/${ASSIGNED}/1/m_a_second`]);
    expect(keysWith([second, ...org.members])).toEqual(keysWith([...org.members, second]));
  });
});

describe('escalations: whose clock, and told once', () => {
  it('[E2] the clock runs from the assignment, not from the creation before it', () => {
    const task = assigned({ createdAt: ASSIGNED - 7 * DAY });
    expect(run([task], ONE - 1)).toEqual([]);
    expect(run([task], ONE).map((n) => n.key)).toEqual([`${task.id}/escalate/${ASSIGNED}/1/m_he`]);
  });

  it('[E2] an owner who heads the department is reminded once; the next one told is the boss', () => {
    expect(who([assigned({ responsibleUserIds: ['u_guo'] })], THREE)).toEqual([
      ['reminder', 'u_guo'],
      ['escalation', 'u_boss'],
    ]);
  });

  it('[E2] a stage acknowledged at the moment it was assigned is not escalated', () => {
    const stage = aStage(aTask(), {
      status: 'assigned',
      primaryDepartmentId: design.id,
      responsibleUserIds: ['u_he'],
      assignedAt: ASSIGNED,
      acknowledgedAt: ASSIGNED,
    });
    expect(run([stage], THREE)).toEqual([]);
  });
});
