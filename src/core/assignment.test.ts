import { describe, expect, it } from 'vitest';
import {
  blocking,
  checkDraft,
  checkResponsibilityStep,
  checkStagesStep,
  checkTaskStep,
  planAssignment,
  raciOf,
  recipientsOf,
  type AssignmentDraft,
  type DraftContext,
  type DraftIssue,
} from './assignment';
import { aDepartment, aMember, TODAY_START } from './testBuilders';
import { DAY } from './time';

const market = aDepartment({ name: '市场部', headUserIds: ['u_zhang'] });
const plan = aDepartment({ name: '企划部', headUserIds: ['u_wu'] });
const design = aDepartment({ name: '设计部', headUserIds: ['u_guo'] });
const sales = aDepartment({ name: '销售部', headUserIds: ['u_zheng'] });
const m = (name: string, user: string, departmentId?: string, extra = {}) =>
  aMember({ name, userIds: user ? [user] : [], departmentId, ...extra });
const boss = m('王建国', 'u_boss', undefined, { role: 'boss' });
const zhang = m('张伟', 'u_zhang', market.id, { role: 'manager' });
const liu = m('刘洋', 'u_liu', market.id);
const gone = m('离职者', 'u_gone', market.id, { active: false });
const noAccount = m('无账号', '', market.id);
const wu = m('吴刚', 'u_wu', plan.id);
const he = m('何平', 'u_he', design.id);
const others = [m('郭晓', 'u_guo', design.id), m('郑强', 'u_zheng', sales.id), he];
const members = [boss, zhang, liu, gone, noAccount, wu, ...others];
const ctx: DraftContext = { departments: [market, plan, design, sales], members, todayStart: TODAY_START };
const NOW = TODAY_START + 10 * 3_600_000;

const stage = (key: string, title: string, departmentId: string, day: number, after: string[]) => {
  return { key, title, departmentId, due: TODAY_START + day * DAY, predecessorKeys: after };
};

function draft(overrides: Partial<AssignmentDraft> = {}): AssignmentDraft {
  return {
    draftKey: 'd1',
    mode: 'assign',
    title: '  直播课堂  ',
    description: '线上直播',
    points: 30,
    extraDuty: true,
    start: TODAY_START + DAY,
    due: TODAY_START + 20 * DAY,
    primaryDepartmentId: market.id,
    cooperation: [
      { departmentId: plan.id, deliverable: '策划方案' },
      { departmentId: design.id, deliverable: '海报' },
    ],
    responsibleMemberId: zhang.id,
    outsiderConfirmed: false,
    stages: [
      stage('s1', '方案', plan.id, 5, []),
      stage('s2', '海报', design.id, 9, ['s1']),
      stage('s3', '邀约', sales.id, 16, ['s2']),
    ],
    suggestedDepartmentIds: [],
    ...overrides,
  };
}
const codes = (issues: DraftIssue[]) => issues.map((i) => i.code);
const taskCodes = (o: Partial<AssignmentDraft>) => codes(checkTaskStep(draft(o), ctx));
const ownerCodes = (o: Partial<AssignmentDraft>) => codes(checkResponsibilityStep(draft(o), ctx));

describe('assignment checks', () => {
  it('a complete draft has no issue at any step', () => {
    expect(checkDraft(draft(), ctx)).toEqual([]);
  });

  it('[A1] title required after trimming, at most 200 characters', () => {
    expect(taskCodes({ title: '   ' })).toEqual(['title.required']);
    expect(taskCodes({ title: 'x'.repeat(201) })).toEqual(['title.tooLong']);
    expect(checkTaskStep(draft({ title: ` ${'x'.repeat(200)} ` }), ctx)).toEqual([]);
  });

  it('[A1] points not negative nor NaN; due required and not before today; start not after due', () => {
    expect(taskCodes({ points: -1 })).toEqual(['points.invalid']);
    expect(taskCodes({ points: Number.NaN })).toEqual(['points.invalid']);
    expect(checkTaskStep(draft({ points: 0 }), ctx)).toEqual([]);
    expect(taskCodes({ due: undefined })).toEqual(['due.required']);
    expect(taskCodes({ due: TODAY_START - 1, start: undefined })).toEqual(['due.past']);
    expect(checkTaskStep(draft({ due: TODAY_START, start: TODAY_START, stages: [] }), ctx)).toEqual([]);
    const late = checkTaskStep(draft({ start: TODAY_START + 21 * DAY }), ctx);
    expect(late).toEqual([{ step: 'task', field: 'start', code: 'start.afterDue', severity: 'error' }]);
  });

  it('[A2] exactly one primary department, and one that exists', () => {
    expect(ownerCodes({ primaryDepartmentId: undefined, outsiderConfirmed: true })).toEqual([
      'department.required',
    ]);
    expect(ownerCodes({ primaryDepartmentId: 'gone', outsiderConfirmed: true })).toEqual([
      'department.unknown',
    ]);
  });

  it('[A3] the primary department may not also cooperate', () => {
    const d = draft({ cooperation: [{ departmentId: market.id, deliverable: '直播' }] });
    expect(blocking(checkResponsibilityStep(d, ctx)).map((i) => i.code)).toEqual(['cooperation.isPrimary']);
  });

  it('[A4] each cooperating department once, each with its deliverable (named in the message)', () => {
    const twice = draft({
      cooperation: [
        { departmentId: plan.id, deliverable: 'a' },
        { departmentId: plan.id, deliverable: 'b' },
      ],
    });
    expect(codes(checkResponsibilityStep(twice, ctx))).toEqual(['cooperation.duplicate']);
    const empty = checkResponsibilityStep(
      draft({ cooperation: [{ departmentId: design.id, deliverable: '  ' }] }),
      ctx,
    );
    expect(empty).toMatchObject([
      { code: 'cooperation.deliverableRequired', params: { department: '设计部' } },
    ]);
  });

  it('[A5] the responsible person is required, known and has an account', () => {
    expect(ownerCodes({ responsibleMemberId: undefined })).toEqual(['responsible.required']);
    expect(ownerCodes({ responsibleMemberId: 'nobody' })).toEqual(['responsible.required']);
    // Not even the boss's confirmation makes a person without an account notifiable.
    const confirmed = draft({ responsibleMemberId: noAccount.id, outsiderConfirmed: true });
    expect(codes(checkResponsibilityStep(confirmed, ctx))).toEqual(['responsible.noAccount']);
  });

  it('[A5] an outsider or an inactive responsible person needs the explicit confirmation', () => {
    const outsider = draft({ responsibleMemberId: wu.id }); // 吴刚, 企划部
    expect(codes(checkResponsibilityStep(outsider, ctx))).toEqual(['responsible.outsideDepartment']);
    expect(checkResponsibilityStep({ ...outsider, outsiderConfirmed: true }, ctx)).toEqual([]);
    const inactive = draft({ responsibleMemberId: gone.id });
    expect(codes(checkResponsibilityStep(inactive, ctx))).toEqual(['responsible.inactive']);
    expect(checkResponsibilityStep({ ...inactive, outsiderConfirmed: true }, ctx)).toEqual([]);
  });

  it('[A6] a pool draft needs suggested departments, and no owner', () => {
    const pool = draft({ mode: 'pool', primaryDepartmentId: undefined, responsibleMemberId: undefined });
    expect(codes(checkResponsibilityStep(pool, ctx))).toEqual(['pool.noDepartments']);
    expect(checkResponsibilityStep({ ...pool, suggestedDepartmentIds: [design.id] }, ctx)).toEqual([]);
  });

  it('[A7] every stage has a title and an owning department', () => {
    const stages = [
      { key: 's1', title: ' ', departmentId: plan.id, predecessorKeys: [] },
      { key: 's2', title: '海报', predecessorKeys: [] },
    ];
    expect(checkStagesStep(draft({ stages }))).toMatchObject([
      { field: 's1', code: 'stage.titleRequired', severity: 'error' },
      { field: 's2', code: 'stage.departmentRequired', severity: 'error', params: { stage: '海报' } },
    ]);
  });

  it('[A8] a stage cycle is an error naming the stages around it', () => {
    const d = draft();
    d.stages[0]!.predecessorKeys = ['s3'];
    const errors = blocking(checkStagesStep(d)).map((i) => [i.field, i.code, i.params]);
    expect(errors).toEqual([['stages', 'stage.cycle', { cycle: '方案 → 海报 → 邀约 → 方案' }]]);
  });

  it('[A7] a predecessor that is not a stage of the draft blocks, or is dropped (bug: the stage waits forever)', () => {
    const d = draft({ stages: [stage('s1', '方案', plan.id, 5, ['s9'])] });
    const blocked = blocking(checkStagesStep(d)).length > 0;
    const planned = planAssignment(d, ctx, 'u_boss', NOW).tasks[1]!;
    expect(blocked || (planned.finalStatus === 'ready' && planned.dependsOnKeys.length === 0)).toBe(true);
  });

  it('[A9] a stage due before its predecessor is a warning that does not block', () => {
    const d = draft();
    d.stages[1]!.due = TODAY_START + 4 * DAY; // before 方案 (day 5)
    expect(checkStagesStep(d).map((i) => [i.field, i.code, i.severity, i.params])).toEqual([
      ['s2', 'stage.beforePredecessor', 'warning', { stage: '海报', predecessor: '方案' }],
    ]);
    expect(blocking(checkDraft(d, ctx))).toEqual([]);
  });

  it('[A9] a stage due after the task is an error (the issue lists it as bad input)', () => {
    const d = draft();
    d.stages[2]!.due = TODAY_START + 21 * DAY; // after the task (day 20)
    expect(blocking(checkDraft(d, ctx)).map((i) => [i.field, i.code])).toEqual([
      ['s3', 'stage.afterTaskDue'],
    ]);
  });

  it('[A7] a predecessor that is not a stage of the draft is an error, not a silent wait', () => {
    const d = draft();
    d.stages[1]!.predecessorKeys = ['gone'];
    expect(blocking(checkStagesStep(d)).map((i) => i.code)).toEqual(['stage.unknownPredecessor']);
  });
});

describe('RACI and recipients', () => {
  it('[A10] R the owner, A the primary head, C the cooperating heads, I the boss', () => {
    expect(raciOf(draft({ responsibleMemberId: liu.id }), ctx)).toEqual({
      responsible: '刘洋',
      accountable: '张伟',
      consulted: ['吴刚', '郭晓'],
      informed: ['王建国'],
    });
  });

  it('[A11] [EV3] the owner once; in copy their head, each cooperating head and the boss', () => {
    const r = recipientsOf(draft({ responsibleMemberId: liu.id }), ctx);
    expect(r).toEqual([
      { userId: 'u_liu', name: '刘洋', role: 'owner' },
      { userId: 'u_zhang', name: '张伟', role: 'copy' },
      { userId: 'u_wu', name: '吴刚', role: 'copy' },
      { userId: 'u_guo', name: '郭晓', role: 'copy' },
      { userId: 'u_boss', name: '王建国', role: 'copy' },
    ]);
  });

  it('[A11] a head of two cooperating departments is copied once; the owner is never also in copy', () => {
    const shared = { ...ctx, departments: [market, plan, { ...design, headUserIds: ['u_wu'] }, sales] };
    const users = recipientsOf(draft(), shared).map((r) => `${r.role}:${r.userId}`);
    expect(users).toEqual(['owner:u_zhang', 'copy:u_wu', 'copy:u_boss']);
    // The boss as the owner (confirmed outsider) is not copied to himself.
    const bossOwns = recipientsOf(draft({ responsibleMemberId: boss.id, outsiderConfirmed: true }), ctx);
    expect(bossOwns.filter((r) => r.userId === 'u_boss')).toEqual([
      { userId: 'u_boss', name: '王建国', role: 'owner' },
    ]);
    // The owner heading a cooperating department (confirmed) is not copied either.
    const wuOwns = recipientsOf(draft({ responsibleMemberId: wu.id, outsiderConfirmed: true }), ctx);
    expect(wuOwns.map((r) => `${r.role}:${r.userId}`)).toEqual([
      'owner:u_wu',
      'copy:u_zhang',
      'copy:u_guo',
      'copy:u_boss',
    ]);
  });

  it('[A11] a pool draft has no owner to notify', () => {
    const r = recipientsOf(draft({ mode: 'pool', responsibleMemberId: zhang.id }), ctx);
    expect(r.every((x) => x.role === 'copy')).toBe(true);
    expect(r.some((x) => x.userId === 'u_zhang')).toBe(false);
  });
});

describe('planAssignment', () => {
  it('[A12] the task and stages are keyed by the draft, written as drafts, with their final statuses and links', () => {
    const p = planAssignment(draft(), ctx, 'u_boss', NOW);
    expect(p.tasks.map((t) => [t.key, t.parentKey, t.dependsOnKeys, t.finalStatus])).toEqual([
      ['d1/task', undefined, [], 'assigned'],
      ['d1/stage/s1', 'd1/task', [], 'ready'],
      ['d1/stage/s2', 'd1/task', ['d1/stage/s1'], 'waiting'],
      ['d1/stage/s3', 'd1/task', ['d1/stage/s2'], 'waiting'],
    ]);
    expect(p.tasks.every((t) => t.task.status === 'draft' && t.task.requestKey === t.key)).toBe(true);
    expect(p.tasks.slice(1).map((t) => [t.task.kind, t.task.sequence, t.task.title])).toEqual([
      ['stage', 1, '方案'],
      ['stage', 2, '海报'],
      ['stage', 3, '邀约'],
    ]);
  });

  it('[A12] the task carries the draft: trimmed title, owner, departments, deliverables, times', () => {
    const task = planAssignment(draft(), ctx, 'u_boss', NOW).tasks[0]!.task;
    expect(task).toMatchObject({
      title: '直播课堂',
      kind: 'special',
      points: 30,
      extraDuty: true,
      start: TODAY_START + DAY,
      due: TODAY_START + 20 * DAY,
      primaryDepartmentId: market.id,
      cooperatingDepartmentIds: [plan.id, design.id],
      deliverablesOwed: '企划部：策划方案\n设计部：海报',
      responsibleUserIds: ['u_zhang'],
      origin: 'assigned',
      assignedAt: NOW,
      createdAt: NOW,
    });
    expect(task.publishedAt).toBeUndefined();
    expect(planAssignment(draft({ start: undefined }), ctx, 'u_boss', NOW).tasks[0]!.task.start).toBe(
      TODAY_START,
    );
  });

  it('[A12] a stage is owned by its chosen owner, else by its department head', () => {
    const d = draft();
    d.stages[1]!.ownerMemberId = he.id;
    const owners = planAssignment(d, ctx, 'u_boss', NOW)
      .tasks.slice(1)
      .map((t) => t.task.responsibleUserIds);
    expect(owners).toEqual([['u_wu'], ['u_he'], ['u_zheng']]);
  });

  it('[A11] [A12] [EV8] one notice per recipient keyed by draft, role and user, never the sender; one assigned event', () => {
    const p = planAssignment(draft(), ctx, 'u_boss', NOW);
    expect(
      p.notices.filter((n) => n.taskKey === 'd1/task').map((n) => [n.key, n.type, n.recipientUserId]),
    ).toEqual([
      ['d1/notice/owner/u_zhang', 'assigned', 'u_zhang'],
      ['d1/notice/copy/u_wu', 'copy', 'u_wu'],
      ['d1/notice/copy/u_guo', 'copy', 'u_guo'],
    ]);
    expect(p.notices[0]!.message).toEqual({
      key: 'notice.assigned',
      params: { title: '直播课堂', actor: '王建国', department: '市场部', owner: '张伟' },
    });
    expect(p.events).toMatchObject([
      { key: 'd1/event/assigned', type: 'assigned', actorUserId: 'u_boss', taskKey: 'd1/task', at: NOW },
    ]);
  });

  it('[A12] a pool plan is open, published, ownerless, its stages all waiting, its owners not yet told', () => {
    const d = draft({ mode: 'pool', suggestedDepartmentIds: [design.id, sales.id] });
    const p = planAssignment(d, ctx, 'u_boss', NOW);
    expect(p.tasks.map((t) => t.finalStatus)).toEqual(['open', 'waiting', 'waiting', 'waiting']);
    expect(p.tasks[0]!.task).toMatchObject({
      responsibleUserIds: [],
      suggestedDepartmentIds: [design.id, sales.id],
      publishedAt: NOW,
    });
    expect(p.tasks[0]!.task.primaryDepartmentId).toBeUndefined();
    expect(p.tasks[0]!.task.assignedAt).toBeUndefined();
    expect(p.notices.every((n) => n.type === 'published')).toBe(true);
    expect(p.events).toMatchObject([{ key: 'd1/event/published', type: 'published' }]);
  });
});
