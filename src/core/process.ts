/**
 * Working a stage: start, submit a deliverable for acceptance, accept or send back, and nudge whoever holds
 * things up. Each is a pure transition like the responsibility actions. Rules [W2]-[W6].
 */
import { holdsBack, type Task } from './model';
import type { EventDraft, NoticeDraft } from './notices';
import { headOf, memberOfUser, type Org, userOf } from './org';
import { activeMember, actsAsOwner, mayManage } from './permissions';
import { taskById, taskIndexOf } from './taskIndex';

export type WorkAction =
  | { kind: 'start' }
  | { kind: 'submit' }
  | { kind: 'accept' }
  | { kind: 'sendBack'; reason: string }
  | { kind: 'nudge' };

export interface WorkContext extends Org {
  tasks: Task[];
  actorUserId: string;
  now: number;
  /** The special task the stage belongs to, for who may accept it. */
  parent?: Task;
  /** Start of the actor's day, for once-a-day nudges. */
  todayStart: number;
}

export type WorkRefusal =
  | 'notOwner'
  | 'notAccountable'
  | 'wrongStatus'
  | 'reasonRequired'
  | 'nothingToNudge'
  | 'notMember'
  /** [X3] Another action on the stage landed after this one at the same moment: that one stands. */
  | 'overtaken';

export type WorkOutcome =
  | { ok: true; changes: Partial<Omit<Task, 'id'>>; event: EventDraft; notices: NoticeDraft[] }
  | { ok: false; code: WorkRefusal };

const refuse = (code: WorkRefusal): WorkOutcome => ({ ok: false, code });

/** [W3] Who accepts a stage: the special task's responsible person, else the head of its department, or the boss. */
export function mayAccept(stage: Task, ctx: WorkContext): boolean {
  const accountable = ctx.parent?.responsibleUserIds ?? [];
  if (accountable.includes(ctx.actorUserId)) return true;
  return mayManage(ctx, ctx.actorUserId, ctx.parent?.primaryDepartmentId ?? stage.primaryDepartmentId);
}

function event(
  task: Task,
  type: EventDraft['type'],
  ctx: WorkContext,
  reason: string,
  key: string,
): EventDraft {
  const actor = memberOfUser(ctx, ctx.actorUserId)?.name ?? '';
  return {
    key,
    type,
    actorUserId: ctx.actorUserId,
    taskId: task.id,
    reason,
    at: ctx.now,
    summary: {
      key: `event.${type === 'status_change' ? 'work' : type}`,
      params: { actor, title: task.title, reason },
    },
  };
}

export function performWork(task: Task, action: WorkAction, ctx: WorkContext): WorkOutcome {
  // [K1] someone not (or no longer) an active member works on nothing, whatever they are named as
  if (!activeMember(ctx, ctx.actorUserId)) return refuse('notMember');
  const owner = actsAsOwner(ctx, ctx.actorUserId, task);
  // Keys name the round an action answers, never the clock: a retry after a failed write finds what it wrote.
  const round = action.kind === 'start' ? (task.assignedAt ?? task.createdAt ?? 0) : (task.submittedAt ?? 0);
  const stamp = `${task.id}/${action.kind}/${ctx.actorUserId}/${round}`;
  switch (action.kind) {
    case 'start': // [W2] the owner starts a ready stage
      if (!owner) return refuse('notOwner');
      if (task.status !== 'ready' && task.status !== 'assigned') return refuse('wrongStatus');
      return {
        ok: true,
        changes: { status: 'in_progress', acknowledgedAt: task.acknowledgedAt ?? ctx.now },
        event: event(task, 'status_change', ctx, '', stamp),
        notices: [],
      };
    case 'submit': // [W2] the owner submits its deliverable for acceptance
      if (!owner) return refuse('notOwner');
      if (task.status !== 'in_progress' && task.status !== 'ready') return refuse('wrongStatus');
      return {
        ok: true,
        changes: { status: 'in_review', submittedAt: ctx.now },
        event: event(task, 'status_change', ctx, '', stamp),
        notices: reviewNotice(task, ctx, stamp),
      };
    case 'accept': // [W3] the accountable person accepts: done, now
      if (!mayAccept(task, ctx)) return refuse('notAccountable');
      if (task.status !== 'in_review') return refuse('wrongStatus');
      return {
        ok: true,
        changes: { status: 'done', completedAt: ctx.now },
        event: event(task, 'status_change', ctx, '', stamp),
        notices: [],
      };
    case 'sendBack': // [W4] or sends it back, with a reason the owner is told
      if (!mayAccept(task, ctx)) return refuse('notAccountable');
      if (task.status !== 'in_review') return refuse('wrongStatus');
      if (!action.reason.trim()) return refuse('reasonRequired');
      return sendBack(task, action.reason.trim(), ctx, stamp);
    case 'nudge':
      return nudge(task, ctx);
  }
}

function reviewNotice(task: Task, ctx: WorkContext, stamp: string): NoticeDraft[] {
  const reviewer = ctx.parent?.responsibleUserIds[0] ?? userOf(headOf(ctx, task.primaryDepartmentId));
  if (!reviewer || reviewer === ctx.actorUserId) return [];
  return [
    {
      key: `${stamp}/review/${reviewer}`,
      type: 'review',
      recipientUserId: reviewer,
      taskId: task.id,
      message: { key: 'notice.review', params: { title: task.title, parent: ctx.parent?.title ?? '' } },
    },
  ];
}

function sendBack(task: Task, reason: string, ctx: WorkContext, key: string): WorkOutcome {
  const notices: NoticeDraft[] = task.responsibleUserIds.slice(0, 1).map((userId) => ({
    key: `${key}/notice`,
    type: 'sentBack',
    recipientUserId: userId,
    taskId: task.id,
    message: { key: 'notice.sentBack', params: { title: task.title, reason } },
  }));
  return {
    ok: true,
    changes: { status: 'in_progress' },
    event: event(task, 'sent_back', ctx, reason, key),
    notices,
  };
}

/**
 * [W5] A nudge (催办) goes to whoever the item waits for — its own owner if it is overdue or ready, else the
 * owners of its unfinished predecessors — never to the people waiting. [W6] At most once per item, person
 * and day: the key carries the day.
 */
function nudge(task: Task, ctx: WorkContext): WorkOutcome {
  const blockers = blockersOf(task, ctx);
  if (blockers.length === 0) return refuse('nothingToNudge');
  const day = ctx.todayStart;
  const actor = memberOfUser(ctx, ctx.actorUserId)?.name ?? '';
  const notices = blockers.map((b): NoticeDraft => ({
    key: `${task.id}/nudge/${day}/${b.userId}`,
    type: 'nudge',
    recipientUserId: b.userId,
    taskId: b.taskId,
    // [EV7] The reviewer is told the item waits for their review, not for their work.
    message: {
      key: task.status === 'in_review' ? 'notice.nudgeReview' : 'notice.nudge',
      params: { actor, title: b.title, waiting: task.title },
    },
  }));
  const ev = event(
    task,
    'nudged',
    ctx,
    blockers.map((b) => b.title).join('、'),
    `${task.id}/nudge/${day}/${ctx.actorUserId}`,
  );
  return { ok: true, changes: {}, event: ev, notices };
}

/** The unfinished predecessors, each once and in the list's order, looked up rather than scanned for. */
function predecessorsHoldingBack(task: Task, tasks: Task[]): Task[] {
  const { byId, positionOf } = taskIndexOf(tasks);
  return [...new Set(task.dependsOnIds)]
    .flatMap((id) => {
      const before = byId.get(id);
      return before && holdsBack(before) ? [before] : [];
    })
    .sort((a, b) => positionOf.get(a.id)! - positionOf.get(b.id)!);
}

export interface Blocker {
  userId: string;
  taskId: string;
  title: string;
}

/**
 * Who the item waits for: the reviewer when it is in review; else its unfinished predecessors' owners, or its
 * own owner when nothing precedes it. Each person once.
 */
export function blockersOf(task: Task, ctx: Org & { tasks: Task[] }): Blocker[] {
  if (task.status === 'done' || task.status === 'cancelled') return [];
  if (task.status === 'in_review') {
    const parent = taskById(ctx.tasks, task.parentId);
    const reviewer = parent?.responsibleUserIds[0] ?? userOf(headOf(ctx, task.primaryDepartmentId));
    return reviewer ? [{ userId: reviewer, taskId: task.id, title: task.title }] : [];
  }
  const before = predecessorsHoldingBack(task, ctx.tasks);
  const holders = before.length > 0 ? before : [task];
  const seen = new Set<string>();
  return holders.flatMap((t) =>
    t.responsibleUserIds.slice(0, 1).flatMap((userId) => {
      if (seen.has(userId)) return [];
      seen.add(userId);
      return [{ userId, taskId: t.id, title: t.title }];
    }),
  );
}
