/**
 * What happens when someone takes or refuses responsibility: acknowledge, decline, reassign, claim.
 * Each is a pure transition from a task to its changes, one history event and the notices. Rules [R1]-[R8].
 */
import type { Task, TaskEvent } from './model';
import type { EventDraft, NoticeDraft } from './notices';
import { uniqueRecipients } from './notices';
import { bosses, headOf, memberOfUser, type Org, userOf } from './org';
import { activeMember, mayManage } from './permissions';

export type ResponsibilityAction =
  | { kind: 'acknowledge' }
  | { kind: 'decline'; reason: string }
  | { kind: 'reassign'; toMemberId: string; reason: string }
  | { kind: 'claim' };

export interface ActionContext extends Org {
  actorUserId: string;
  now: number;
  /** The responsible person the actor saw when they chose: if it changed meanwhile, the action is refused. */
  seenResponsibleUserIds?: string[];
  /** Every task as read: a stage's special task names who else is told of a decline. */
  tasks?: Task[];
}

export type RefusalCode =
  | 'notResponsible'
  | 'notAssigned'
  | 'reassignedMeanwhile'
  | 'reasonRequired'
  | 'notAllowed'
  | 'targetInvalid'
  | 'notOpen'
  | 'notMember'
  /** [X3] Another action on the task landed after this one at the same moment: that one stands. */
  | 'overtaken';

export type ActionOutcome =
  | { ok: true; changes: Partial<Omit<Task, 'id'>>; event: EventDraft; notices: NoticeDraft[] }
  | { ok: false; code: RefusalCode };

const refuse = (code: RefusalCode): ActionOutcome => ({ ok: false, code });
const sameUsers = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function perform(task: Task, action: ResponsibilityAction, ctx: ActionContext): ActionOutcome {
  if (ctx.seenResponsibleUserIds && !sameUsers(ctx.seenResponsibleUserIds, task.responsibleUserIds))
    return refuse('reassignedMeanwhile');
  // [K1] someone not (or no longer) an active member does nothing to a task, whatever they are named as
  if (!activeMember(ctx, ctx.actorUserId)) return refuse('notMember');
  switch (action.kind) {
    case 'acknowledge':
      return acknowledge(task, ctx);
    case 'decline':
      return decline(task, action.reason, ctx);
    case 'reassign':
      return reassign(task, action.toMemberId, action.reason, ctx);
    case 'claim':
      return claim(task, ctx);
  }
}

/**
 * Which assignment of the task an action answers: keys carry it instead of the clock, so the same action
 * retried later (even after reopening the page) finds what it wrote instead of writing it again.
 */
function roundOf(task: Task): number {
  return task.assignedAt ?? task.publishedAt ?? task.createdAt ?? 0;
}

function actorName(ctx: ActionContext): string {
  return memberOfUser(ctx, ctx.actorUserId)?.name ?? '';
}

function event(
  task: Task,
  type: EventDraft['type'],
  ctx: ActionContext,
  reason = '',
  params: Record<string, string> = {},
): EventDraft {
  return {
    key: `${task.id}/${type}/${ctx.actorUserId}/${roundOf(task)}${params.to ? `/${params.to}` : ''}`,
    type,
    actorUserId: ctx.actorUserId,
    taskId: task.id,
    reason,
    at: ctx.now,
    summary: {
      key: `event.${type}`,
      params: { actor: actorName(ctx), title: task.title, reason, ...params },
    },
  };
}

/** [R1] Only the responsible person acknowledges, and only a task waiting for it; the work starts now. */
function acknowledge(task: Task, ctx: ActionContext): ActionOutcome {
  if (!task.responsibleUserIds.includes(ctx.actorUserId)) return refuse('notResponsible');
  if (task.status !== 'assigned' && task.status !== 'ready') return refuse('notAssigned');
  // Acknowledged since its last assignment: once is enough.
  if (task.acknowledgedAt !== undefined && task.acknowledgedAt >= (task.assignedAt ?? 0))
    return refuse('notAssigned');
  const status = task.kind === 'stage' ? task.status : 'in_progress';
  return {
    ok: true,
    changes: { status, acknowledgedAt: ctx.now },
    event: event(task, 'acknowledged', ctx),
    notices: [],
  };
}

/**
 * [R2] The responsible person may decline, with a reason; the department head and the boss are told, and
 * [EV2] for a stage the special task's responsible person as well.
 */
function decline(task: Task, reason: string, ctx: ActionContext): ActionOutcome {
  if (!task.responsibleUserIds.includes(ctx.actorUserId)) return refuse('notResponsible');
  if (!reason.trim()) return refuse('reasonRequired');
  if (task.status === 'done' || task.status === 'cancelled' || task.status === 'declined')
    return refuse('notAssigned');
  const parent = task.parentId ? ctx.tasks?.find((t) => t.id === task.parentId) : undefined;
  const to = uniqueRecipients([
    parent?.responsibleUserIds[0],
    userOf(headOf(ctx, task.primaryDepartmentId)),
    ...bosses(ctx).map(userOf),
  ]).filter((u) => u !== ctx.actorUserId);
  const notices = to.map((userId) => notice(task, 'declined', userId, ctx, { reason: reason.trim() }));
  return {
    ok: true,
    changes: { status: 'declined' },
    event: event(task, 'declined', ctx, reason.trim()),
    notices,
  };
}

/**
 * [R3] The head of the task's department (or the boss) reassigns, with a reason, to an active member with an
 * account; the task waits for the new owner's acknowledgement, whose window starts again.
 */
function reassign(task: Task, toMemberId: string, reason: string, ctx: ActionContext): ActionOutcome {
  if (!mayManage(ctx, ctx.actorUserId, task.primaryDepartmentId)) return refuse('notAllowed');
  if (task.status === 'done' || task.status === 'cancelled') return refuse('notAssigned');
  if (!reason.trim()) return refuse('reasonRequired');
  const target = ctx.members.find((m) => m.id === toMemberId);
  const targetUser = userOf(target);
  if (!target?.active || !targetUser) return refuse('targetInvalid');
  const changes: Partial<Omit<Task, 'id'>> = {
    responsibleUserIds: [targetUser],
    status: 'assigned',
    assignedAt: ctx.now,
    acknowledgedAt: undefined,
    primaryDepartmentId:
      task.kind === 'stage' ? (target.departmentId ?? task.primaryDepartmentId) : task.primaryDepartmentId,
  };
  const notices = [notice({ ...task, ...changes }, 'reassigned', targetUser, ctx, { reason: reason.trim() })];
  return {
    ok: true,
    changes,
    event: event(task, 'reassigned', ctx, reason.trim(), { to: target.name }),
    notices,
  };
}

/**
 * [R4] An open pool task is claimed by an active member: a head claims for their department, an employee for
 * themself; either way the claimant's department becomes primary and the claimant responsible. The claim is
 * voluntary (origin 认领) and counts as acknowledged. The boss is told.
 */
function claim(task: Task, ctx: ActionContext): ActionOutcome {
  if (task.status !== 'open') return refuse('notOpen');
  const member = memberOfUser(ctx, ctx.actorUserId);
  if (!member?.active) return refuse('notMember');
  const changes: Partial<Omit<Task, 'id'>> = {
    status: 'in_progress',
    origin: 'claimed',
    primaryDepartmentId: member.departmentId,
    responsibleUserIds: [ctx.actorUserId],
    acknowledgedAt: ctx.now,
    assignedAt: ctx.now,
  };
  const to = bosses(ctx)
    .map(userOf)
    .filter((u): u is string => Boolean(u) && u !== ctx.actorUserId);
  const notices = to.map((userId) => notice(task, 'claimed', userId, ctx, {}));
  // One claim per person, task and round: a retry finds its own claim instead of racing it.
  return {
    ok: true,
    changes,
    event: { ...event(task, 'claimed', ctx), key: claimKey(task, ctx.actorUserId) },
    notices,
  };
}

/** [R8] A task set back to 待认领 after a claim or an assignment is in a new round: old claims do not count. */
const claimKey = (task: Task, userId: string) => `${task.id}/claimed/${userId}/${roundOf(task)}`;

function notice(
  task: Task,
  type: NoticeDraft['type'],
  userId: string,
  ctx: ActionContext,
  params: Record<string, string>,
): NoticeDraft {
  return {
    key: `${task.id}/${type}/${userId}/${roundOf(task)}`,
    type,
    recipientUserId: userId,
    taskId: task.id,
    message: { key: `notice.${type}`, params: { title: task.title, actor: actorName(ctx), ...params } },
  };
}

/**
 * [R5] Of several claims on one task, the earliest by the Base's clock wins (the claimants' clocks may disagree);
 * ties go to the smaller event id. Every sidebar that sees the same claims agrees.
 */
export function winningClaim<T extends { id: string; createdAt?: number }>(claims: T[]): T | undefined {
  const rank = (c: T) => c.createdAt ?? Infinity;
  return [...claims].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id))[0];
}

/** [R5] The claim an open task follows: the earliest of its round whose claimant may still claim it. */
export function claimToProject(task: Task, events: TaskEvent[], org: Org): TaskEvent | undefined {
  if (task.status !== 'open') return undefined;
  const round = events.filter(
    (e) => e.type === 'claimed' && e.key === claimKey(task, e.actorUserIds[0] ?? '') && e.taskId === task.id,
  );
  return winningClaim(round.filter((c) => projectClaim(task, c, org).ok));
}

/**
 * [R7] The task row as the claim makes it, whoever writes it (the claimant, another claimant, the background):
 * the claimant's own time from the event, notices keyed by the claim, so every writer writes the same.
 */
export function projectClaim(task: Task, claimEvent: TaskEvent, org: Org): ActionOutcome {
  const actorUserId = claimEvent.actorUserIds[0] ?? '';
  const now = claimEvent.at ?? claimEvent.createdAt ?? 0;
  const outcome = perform(task, { kind: 'claim' }, { ...org, actorUserId, now });
  if (!outcome.ok) return outcome;
  const notices = outcome.notices.map((n) => ({
    ...n,
    key: `${task.id}/claimed/${n.recipientUserId}/${claimEvent.id}`,
  }));
  return { ...outcome, notices };
}

/** [R7] Who is told of a claim, keyed by the claim: the same notices however often they are written. */
export function claimNotices(task: Task, claimEvent: TaskEvent, org: Org): NoticeDraft[] {
  const outcome = projectClaim({ ...task, status: 'open' }, claimEvent, org);
  return outcome.ok ? outcome.notices : [];
}

/** [R7] The claim a claimed task's row shows: its claimant responsible since the claim's time. */
export function projectedClaim(task: Task, events: TaskEvent[]): TaskEvent | undefined {
  if (task.origin !== 'claimed' || task.status === 'open') return undefined;
  return winningClaim(
    events.filter(
      (e) =>
        e.type === 'claimed' &&
        e.taskId === task.id &&
        // Claims keyed before rounds existed had their notices keyed otherwise: telling them again would repeat.
        e.key?.startsWith(`${task.id}/claimed/${e.actorUserIds[0]}/`) === true &&
        e.at === task.acknowledgedAt &&
        e.actorUserIds.some((u) => task.responsibleUserIds.includes(u)),
    ),
  );
}

/**
 * [R6] Time to assign: from publishing (pool) or first assigning to the acknowledgement, in ms. Declines and
 * reassignments in between count: they are the time the task had no owner.
 */
export function timeToAssign(task: Task): number | undefined {
  const from = task.publishedAt ?? task.createdAt ?? task.assignedAt;
  return from !== undefined && task.acknowledgedAt !== undefined ? task.acknowledgedAt - from : undefined;
}
