import { describe, expect, it } from 'vitest';
import type { Task, TaskEvent } from './model';
import {
  perform,
  timeToAssign,
  winningClaim,
  claimNotices,
  claimToProject,
  projectClaim,
  projectedClaim,
  type ActionContext,
  type ActionOutcome,
  type ResponsibilityAction,
} from './responsibility';
import { aDepartment, aMember, aStage, aTask, TODAY_START } from './testBuilders';
import { HOUR } from './time';

const design = aDepartment({ name: '设计部', headUserIds: ['u_guo'] });
const sales = aDepartment({ name: '销售部', headUserIds: ['u_zheng'] });
const boss = aMember({ name: '王建国', userIds: ['u_boss'], role: 'boss' });
const guo = aMember({ name: '郭晓', userIds: ['u_guo'], departmentId: design.id, role: 'manager' });
const he = aMember({ name: '何平', userIds: ['u_he'], departmentId: design.id });
const lin = aMember({ name: '林峰', userIds: ['u_lin'], departmentId: design.id });
const zheng = aMember({ name: '郑强', userIds: ['u_zheng'], departmentId: sales.id, role: 'manager' });
const xie = aMember({ name: '谢飞', userIds: ['u_xie'], departmentId: sales.id });
const gone = aMember({ name: '离职者', userIds: ['u_gone'], departmentId: design.id, active: false });
const noAccount = aMember({ name: '无账号', userIds: [], departmentId: design.id });
const org = { departments: [design, sales], members: [boss, guo, he, lin, zheng, xie, gone, noAccount] };
const NOW = TODAY_START + 10 * HOUR;

const ctx = (actorUserId: string, extra: Partial<ActionContext> = {}): ActionContext => ({
  ...org,
  actorUserId,
  now: NOW,
  ...extra,
});
const assigned = (overrides: Partial<Task> = {}) =>
  aTask({
    title: '年会海报',
    status: 'assigned',
    primaryDepartmentId: design.id,
    responsibleUserIds: ['u_he'],
    assignedAt: NOW - 2 * HOUR,
    ...overrides,
  });
const act = (task: Task, action: ResponsibilityAction, actor: string, extra?: Partial<ActionContext>) =>
  perform(task, action, ctx(actor, extra));
const ok = (o: ActionOutcome) => {
  if (!o.ok) throw new Error(`refused: ${o.code}`);
  return o;
};
const to = (o: ActionOutcome) => ok(o).notices.map((n) => [n.type, n.recipientUserId]);

describe('acknowledge', () => {
  it('[R1] the responsible person acknowledges an assigned task: in progress, acknowledged now', () => {
    const task = assigned();
    const o = ok(act(task, { kind: 'acknowledge' }, 'u_he'));
    expect(o.changes).toEqual({ status: 'in_progress', acknowledgedAt: NOW });
    expect(o.event).toMatchObject({ type: 'acknowledged', actorUserId: 'u_he', taskId: task.id, at: NOW });
    // Keyed by the assignment it answers, not the clock: a later retry finds the same event.
    expect(o.event.key).toBe(`${task.id}/acknowledged/u_he/${task.assignedAt}`);
    expect(
      ok(perform(task, { kind: 'acknowledge' }, { ...org, actorUserId: 'u_he', now: NOW + 5000 })).event.key,
    ).toBe(o.event.key);
    expect(o.notices).toEqual([]);
  });

  it('[R1] anyone else, even the head, is refused with notResponsible', () => {
    expect(act(assigned(), { kind: 'acknowledge' }, 'u_guo')).toEqual({ ok: false, code: 'notResponsible' });
  });

  it('[R1] a task not waiting for acknowledgement is refused with notAssigned', () => {
    for (const status of ['in_progress', 'open', 'waiting', 'done', 'declined'] as const)
      expect(act(assigned({ status }), { kind: 'acknowledge' }, 'u_he')).toEqual({
        ok: false,
        code: 'notAssigned',
      });
  });

  it('[R1] a stage keeps its derived status when acknowledged', () => {
    const stage = aStage(aTask(), { status: 'ready', responsibleUserIds: ['u_he'] });
    expect(ok(act(stage, { kind: 'acknowledge' }, 'u_he')).changes).toEqual({
      status: 'ready',
      acknowledgedAt: NOW,
    });
  });

  it('[R1] an action on a task whose owner changed since the actor saw it is refused: reassignedMeanwhile', () => {
    const task = assigned({ responsibleUserIds: ['u_lin'] });
    const seen = { seenResponsibleUserIds: ['u_he'] };
    expect(act(task, { kind: 'acknowledge' }, 'u_lin', seen)).toEqual({
      ok: false,
      code: 'reassignedMeanwhile',
    });
    // The same people in another order is no change.
    const two = assigned({ responsibleUserIds: ['u_he', 'u_lin'] });
    expect(act(two, { kind: 'acknowledge' }, 'u_he', { seenResponsibleUserIds: ['u_lin', 'u_he'] }).ok).toBe(
      true,
    );
  });
});

describe('decline', () => {
  it('[R2] a decline needs a reason: empty or blank is refused', () => {
    for (const reason of ['', '   '])
      expect(act(assigned(), { kind: 'decline', reason }, 'u_he')).toEqual({
        ok: false,
        code: 'reasonRequired',
      });
  });

  it('[R2] only the responsible person declines, and not a finished task', () => {
    expect(act(assigned(), { kind: 'decline', reason: 'busy' }, 'u_lin')).toMatchObject({
      code: 'notResponsible',
    });
    for (const status of ['done', 'cancelled', 'declined'] as const)
      expect(act(assigned({ status }), { kind: 'decline', reason: 'x' }, 'u_he')).toMatchObject({
        code: 'notAssigned',
      });
  });

  it('[R2] a decline is recorded with its trimmed reason and tells the head and the boss', () => {
    const o = ok(act(assigned(), { kind: 'decline', reason: '  本周在赶展会  ' }, 'u_he'));
    expect(o.changes).toEqual({ status: 'declined' });
    expect(o.event).toMatchObject({ type: 'declined', reason: '本周在赶展会' });
    expect(to(o)).toEqual([
      ['declined', 'u_guo'],
      ['declined', 'u_boss'],
    ]);
    expect(o.notices[0]!.message.params).toMatchObject({
      reason: '本周在赶展会',
      actor: '何平',
      title: '年会海报',
    });
  });

  it('[R2] a head declining their own task is not told about it: only the boss is', () => {
    const o = act(assigned({ responsibleUserIds: ['u_guo'] }), { kind: 'decline', reason: 'no' }, 'u_guo');
    expect(to(o)).toEqual([['declined', 'u_boss']]);
  });
});

describe('reassign', () => {
  const reassign = (toMemberId: string, reason = '何平在休假'): ResponsibilityAction => ({
    kind: 'reassign',
    toMemberId,
    reason,
  });

  it('[R3] the head reassigns with a reason: new owner, waiting for acknowledgement, the window restarts', () => {
    const task = assigned({ status: 'in_progress', acknowledgedAt: NOW - HOUR });
    const o = ok(act(task, reassign(lin.id), 'u_guo'));
    expect(o.changes).toEqual({
      responsibleUserIds: ['u_lin'],
      status: 'assigned',
      assignedAt: NOW,
      acknowledgedAt: undefined,
      primaryDepartmentId: design.id,
    });
    expect('acknowledgedAt' in o.changes).toBe(true); // cleared, not left as it was
    expect(to(o)).toEqual([['reassigned', 'u_lin']]);
    expect(o.event).toMatchObject({ type: 'reassigned', reason: '何平在休假' });
    expect(o.event.summary.params).toMatchObject({ to: '林峰' });
  });

  it('[R3] the boss may reassign anything; a head of another department or an employee may not', () => {
    expect(act(assigned(), reassign(lin.id), 'u_boss').ok).toBe(true);
    expect(act(assigned(), reassign(lin.id), 'u_zheng')).toEqual({ ok: false, code: 'notAllowed' });
    expect(act(assigned(), reassign(lin.id), 'u_he')).toEqual({ ok: false, code: 'notAllowed' });
  });

  it('[R3] a reassignment needs a reason and an active target with an account', () => {
    expect(act(assigned(), reassign(lin.id, ' '), 'u_guo')).toEqual({ ok: false, code: 'reasonRequired' });
    for (const target of [gone.id, noAccount.id, 'nobody'])
      expect(act(assigned(), reassign(target), 'u_guo')).toEqual({ ok: false, code: 'targetInvalid' });
  });

  it("[R3] a stage moves to the new owner's department; a special task keeps its primary department", () => {
    const stage = aStage(aTask(), {
      status: 'declined',
      primaryDepartmentId: design.id,
      responsibleUserIds: ['u_he'],
    });
    expect(ok(act(stage, reassign(xie.id), 'u_boss')).changes.primaryDepartmentId).toBe(sales.id);
    expect(ok(act(assigned(), reassign(xie.id), 'u_boss')).changes.primaryDepartmentId).toBe(design.id);
  });
});

describe('claim', () => {
  const open = (overrides: Partial<Task> = {}) =>
    aTask({
      title: '展会物料',
      status: 'open',
      publishedAt: NOW - 5 * HOUR,
      suggestedDepartmentIds: [design.id],
      ...overrides,
    });

  it('[R4] an employee claims for themself: their department primary, they responsible, voluntary, acknowledged', () => {
    const o = ok(act(open(), { kind: 'claim' }, 'u_xie'));
    expect(o.changes).toEqual({
      status: 'in_progress',
      origin: 'claimed',
      primaryDepartmentId: sales.id,
      responsibleUserIds: ['u_xie'],
      acknowledgedAt: NOW,
      assignedAt: NOW,
    });
    expect(o.event).toMatchObject({ type: 'claimed', actorUserId: 'u_xie' });
    expect(to(o)).toEqual([['claimed', 'u_boss']]);
  });

  it('[R4] a head claims for the department, the same way; the boss claiming tells nobody', () => {
    expect(ok(act(open(), { kind: 'claim' }, 'u_guo')).changes).toMatchObject({
      primaryDepartmentId: design.id,
      responsibleUserIds: ['u_guo'],
      origin: 'claimed',
    });
    expect(to(act(open(), { kind: 'claim' }, 'u_boss'))).toEqual([]);
  });

  it('[R4] only an open task can be claimed, and only by an active member', () => {
    for (const status of ['assigned', 'in_progress', 'draft', 'cancelled'] as const)
      expect(act(open({ status }), { kind: 'claim' }, 'u_xie')).toEqual({ ok: false, code: 'notOpen' });
    expect(act(open(), { kind: 'claim' }, 'u_gone')).toEqual({ ok: false, code: 'notMember' });
    expect(act(open(), { kind: 'claim' }, 'u_stranger')).toEqual({ ok: false, code: 'notMember' });
  });
});

describe('winningClaim and timeToAssign', () => {
  it('[R5] the earliest claim by the Base clock wins; at equal times the smaller id; without a time last', () => {
    const claims = [
      { id: 'rec3', createdAt: 200, at: 1 },
      { id: 'rec2', createdAt: 100 },
      { id: 'rec1', createdAt: 100 },
      { id: 'rec0', at: 0 },
    ];
    expect(winningClaim(claims)).toEqual({ id: 'rec1', createdAt: 100 });
    expect(winningClaim([{ id: 'rec0' }, { id: 'rec9', createdAt: 5 }])?.id).toBe('rec9');
    expect(winningClaim([])).toBeUndefined();
    expect(claims.map((c) => c.id)).toEqual(['rec3', 'rec2', 'rec1', 'rec0']); // input not reordered
  });

  it('[R6] time to assign runs from publishing, else creation, else assigning, to acknowledgement', () => {
    const ack = NOW + 3 * HOUR;
    expect(timeToAssign(aTask({ publishedAt: NOW, assignedAt: NOW + HOUR, acknowledgedAt: ack }))).toBe(
      3 * HOUR,
    );
    // A reassignment moves assignedAt; the time without an owner still counts from creation.
    expect(timeToAssign(aTask({ assignedAt: NOW + HOUR, createdAt: NOW, acknowledgedAt: ack }))).toBe(
      3 * HOUR,
    );
    expect(timeToAssign(aTask({ assignedAt: NOW + HOUR, acknowledgedAt: ack }))).toBe(2 * HOUR);
    expect(timeToAssign(aTask({ createdAt: NOW, acknowledgedAt: ack }))).toBe(3 * HOUR);
    expect(timeToAssign(aTask({ assignedAt: NOW }))).toBeUndefined();
    expect(timeToAssign(aTask({ acknowledgedAt: ack }))).toBeUndefined();
  });

  it('[R4] [R6] a claimed pool task measures from publishing to the claim', () => {
    const published = aTask({ status: 'open', publishedAt: NOW - 5 * HOUR });
    const claimed = { ...published, ...ok(act(published, { kind: 'claim' }, 'u_he')).changes };
    expect(timeToAssign(claimed)).toBe(5 * HOUR);
  });
});

describe('acknowledged once per assignment, and finished work stays put', () => {
  const readyStage = (overrides: Partial<Task>) =>
    aStage(aTask(), {
      status: 'ready',
      responsibleUserIds: ['u_he'],
      assignedAt: NOW - 2 * HOUR,
      ...overrides,
    });

  it('[R1] a ready stage acknowledged since its assignment (even at the same moment) is not waiting any more', () => {
    for (const acknowledgedAt of [NOW - HOUR, NOW - 2 * HOUR])
      expect(act(readyStage({ acknowledgedAt }), { kind: 'acknowledge' }, 'u_he')).toEqual({
        ok: false,
        code: 'notAssigned',
      });
    const reassignedSince = readyStage({ acknowledgedAt: NOW - 3 * HOUR });
    expect(ok(act(reassignedSince, { kind: 'acknowledge' }, 'u_he')).changes.acknowledgedAt).toBe(NOW);
  });

  it('[R3] done or cancelled work is not reassigned, even by the boss', () => {
    for (const status of ['done', 'cancelled'] as const)
      expect(
        act(assigned({ status }), { kind: 'reassign', toMemberId: lin.id, reason: '换人' }, 'u_boss'),
      ).toEqual({ ok: false, code: 'notAssigned' });
  });
});

describe('[R5] a claim is the intent, the task its projection', () => {
  const open = () => aTask({ status: 'open', publishedAt: NOW - 5 * HOUR });
  const claimOf = (task: Task, actor: string, id: string, createdAt: number, at: number): TaskEvent => {
    const event = ok(act(task, { kind: 'claim' }, actor, { now: at })).event;
    return { ...event, id, createdAt, actorUserIds: [actor], summary: '' };
  };

  it('[R5] the earliest claim of the round wins, whatever the claimants clocks said', () => {
    const task = open();
    const claims = [
      claimOf(task, 'u_he', 'rec2', NOW + 1000, NOW),
      claimOf(task, 'u_lin', 'rec9', NOW, NOW + 5000),
    ];
    expect(claimToProject(task, claims, org)?.id).toBe('rec9');
    expect(claimToProject({ ...task, status: 'in_progress' }, claims, org)).toBeUndefined();
  });

  it('[R7] every writer projects the same row, from the claim: the claimant, its time, notices keyed by the claim', () => {
    const task = open();
    const claim = claimOf(task, 'u_he', 'rec2', NOW + 1000, NOW);
    const outcome = ok(projectClaim(task, claim, org));
    expect(outcome.changes).toMatchObject({
      responsibleUserIds: ['u_he'],
      acknowledgedAt: NOW,
      origin: 'claimed',
    });
    expect(outcome.notices.map((n) => [n.recipientUserId, n.key, n.message.params.actor])).toEqual([
      ['u_boss', `${task.id}/claimed/u_boss/rec2`, '何平'],
    ]);
    const projected = { ...task, ...outcome.changes };
    expect(projectedClaim(projected, [claim])?.id).toBe('rec2');
    expect(projectedClaim(projected, [{ ...claim, key: `${task.id}/claimed/u_he` }])).toBeUndefined();
    expect(claimNotices(projected, claim, org)).toEqual(outcome.notices);
  });

  it('[R8] a task set back to 待认领 after its claim starts a new round: the old claims no longer count', () => {
    const task = open();
    const old = [claimOf(task, 'u_he', 'rec2', NOW, NOW), claimOf(task, 'u_lin', 'rec3', NOW + 1, NOW)];
    const reopened = { ...task, ...ok(projectClaim(task, old[0]!, org)).changes, status: 'open' as const };
    expect(claimToProject(reopened, old, org)).toBeUndefined();
    const fresh = claimOf(reopened, 'u_lin', 'rec7', NOW + HOUR, NOW + HOUR);
    expect(claimToProject(reopened, [...old, fresh], org)?.id).toBe('rec7');
  });
});
