/**
 * Changing a task after it was sent: its title, description, due date and points, a stage's due date, or
 * cancelling the task or a stage with a reason. The boss, or the head of the special task's primary
 * department, edits ([EV10]); every change is one history event and a notice to whoever it affects ([EV11]).
 */
import { TITLE_LIMIT } from './assignment';
import type { Task } from './model';
import { dayText, uniqueRecipients, type EventDraft, type NoticeDraft } from './notices';
import { memberOfUser, type Org } from './org';
import { activeMember, mayManage } from './permissions';

export type TaskEdit =
  | { kind: 'change'; title?: string; description?: string; due?: number; points?: number }
  | { kind: 'cancel'; reason: string };

export type EditRefusal =
  | 'notMember'
  | 'notAllowed'
  | 'finished'
  | 'reasonRequired'
  | 'titleRequired'
  | 'duePast'
  | 'pointsInvalid'
  | 'nothingChanged'
  | 'overtaken';

export interface EditContext extends Org {
  tasks: Task[];
  actorUserId: string;
  now: number;
  todayStart: number;
}

export type EditOutcome =
  | { ok: true; changes: Partial<Omit<Task, 'id'>>; event: EventDraft; notices: NoticeDraft[] }
  | { ok: false; code: EditRefusal };

const refuse = (code: EditRefusal): EditOutcome => ({ ok: false, code });

/** The special task a task belongs to (itself when it is one). */
const specialOf = (task: Task, tasks: Task[]) =>
  (task.parentId ? tasks.find((t) => t.id === task.parentId) : undefined) ?? task;

/** [EV10] The boss, or the head of the special task's primary department. */
export function mayEdit(task: Task, ctx: Org & { tasks: Task[]; actorUserId: string }): boolean {
  return mayManage(ctx, ctx.actorUserId, specialOf(task, ctx.tasks).primaryDepartmentId);
}

export function editTask(task: Task, edit: TaskEdit, ctx: EditContext): EditOutcome {
  if (!activeMember(ctx, ctx.actorUserId)) return refuse('notMember');
  if (!mayEdit(task, ctx)) return refuse('notAllowed');
  if (task.status === 'done' || task.status === 'cancelled') return refuse('finished');
  return edit.kind === 'cancel' ? cancel(task, edit.reason.trim(), ctx) : change(task, edit, ctx);
}

function change(task: Task, edit: Extract<TaskEdit, { kind: 'change' }>, ctx: EditContext): EditOutcome {
  const title = edit.title?.trim();
  if (edit.title !== undefined && (!title || title.length > TITLE_LIMIT)) return refuse('titleRequired');
  if (edit.due !== undefined && edit.due < ctx.todayStart) return refuse('duePast');
  if (edit.points !== undefined && (!Number.isFinite(edit.points) || edit.points < 0))
    return refuse('pointsInvalid');
  const wanted: Partial<Task> = {
    ...(title !== undefined ? { title } : {}),
    ...(edit.description !== undefined ? { description: edit.description } : {}),
    ...(edit.due !== undefined ? { due: edit.due } : {}),
    ...(edit.points !== undefined ? { points: edit.points } : {}),
  };
  const changes = Object.fromEntries(
    Object.entries(wanted).filter(([k, v]) => task[k as keyof Task] !== v),
  ) as Partial<Task>;
  if (Object.keys(changes).length === 0) return refuse('nothingChanged');
  const what = describe(task, changes);
  return {
    ok: true,
    changes,
    event: editEvent(task, ctx, 'event.edited', what),
    notices: affected(task, ctx).map((userId) => editNotice(task, userId, ctx, 'notice.edited', what)),
  };
}

function cancel(task: Task, reason: string, ctx: EditContext): EditOutcome {
  if (!reason) return refuse('reasonRequired');
  return {
    ok: true,
    changes: { status: 'cancelled' },
    event: editEvent(task, ctx, 'event.cancelled', reason),
    notices: affected(task, ctx).map((userId) => editNotice(task, userId, ctx, 'notice.cancelled', reason)),
  };
}

/** What changed, as stored text: "截止 2026-11-30 → 2026-12-05" style, language-neutral values. */
function describe(task: Task, changes: Partial<Task>): string {
  const day = (t?: number) => (t === undefined ? '—' : dayText(t));
  const parts: string[] = [];
  if (changes.title !== undefined) parts.push(`「${task.title}」→「${changes.title}」`);
  if (changes.due !== undefined) parts.push(`${day(task.due)} → ${day(changes.due)}`);
  if (changes.points !== undefined) parts.push(`${task.points ?? '—'} → ${changes.points}`);
  if (changes.description !== undefined) parts.push('…');
  return parts.join('；');
}

/**
 * [EV11] Who a change affects: the task's owner; for a special task, the owners of its unfinished stages;
 * for a stage, the special task's responsible person. Never the editor.
 */
export function affected(task: Task, ctx: EditContext): string[] {
  const special = specialOf(task, ctx.tasks);
  const stages =
    special === task
      ? ctx.tasks.filter((t) => t.parentId === task.id && t.status !== 'done' && t.status !== 'cancelled')
      : [];
  return uniqueRecipients([
    task.responsibleUserIds[0],
    ...(special !== task ? [special.responsibleUserIds[0]] : []),
    ...stages.map((s) => s.responsibleUserIds[0]),
  ]).filter((u) => u !== ctx.actorUserId);
}

const actorName = (ctx: EditContext) => memberOfUser(ctx, ctx.actorUserId)?.name ?? '';

// Keyed by the attempt's time: the command runner retries with the same time, so a retry finds its rows.
function editEvent(task: Task, ctx: EditContext, key: string, what: string): EventDraft {
  const cancelled = key === 'event.cancelled';
  return {
    key: `${task.id}/${cancelled ? 'cancelled' : 'edited'}/${ctx.now}`,
    type: cancelled ? 'status_change' : 'edited',
    actorUserId: ctx.actorUserId,
    taskId: task.id,
    reason: cancelled ? what : '',
    at: ctx.now,
    summary: { key, params: { actor: actorName(ctx), title: task.title, what, reason: what } },
  };
}

function editNotice(task: Task, userId: string, ctx: EditContext, key: string, what: string): NoticeDraft {
  return {
    key: `${task.id}/${key}/${ctx.now}/${userId}`,
    type: 'changed',
    recipientUserId: userId,
    taskId: task.id,
    message: { key, params: { actor: actorName(ctx), title: task.title, what, reason: what } },
  };
}
