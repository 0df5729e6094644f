/**
 * Who a send tells, and what: the owner and the copies ([A11]), each stage's owner with their stage ([EV1]),
 * and for a pool task the departments it is suggested to ([EV5]). Never the sender ([EV8]).
 */
import type { AssignmentDraft, DraftContext, PlannedTask } from './assignment';
import { recipientsOf } from './assignment';
import { dayText, uniqueRecipients, type EventDraft, type NoticeDraft } from './notices';
import { departmentName, headOf, userOf } from './org';

interface SendInfo {
  actorUserId: string;
  taskKey: string;
  stages?: PlannedTask[];
}

const actorName = (ctx: DraftContext, actorUserId: string) =>
  ctx.members.find((m) => m.userIds.includes(actorUserId))?.name ?? '';

export function sendNotices(d: AssignmentDraft, ctx: DraftContext, info: SendInfo): NoticeDraft[] {
  if (d.mode === 'pool') return poolNotices(d, ctx, info);
  const title = d.title.trim();
  const actor = actorName(ctx, info.actorUserId);
  const params = {
    title,
    actor,
    department: departmentName(ctx, d.primaryDepartmentId),
    owner: ctx.members.find((m) => m.id === d.responsibleMemberId)?.name ?? '',
  };
  const task = recipientsOf(d, ctx, info.actorUserId).map((r): NoticeDraft => ({
    key: `${d.draftKey}/notice/${r.role}/${r.userId}`,
    type: r.role === 'owner' ? 'assigned' : 'copy',
    recipientUserId: r.userId,
    taskKey: info.taskKey,
    message: { key: r.role === 'owner' ? 'notice.assigned' : 'notice.copy', params },
  }));
  return [...task, ...stageNotices(info, title)];
}

/**
 * [EV1] Each stage's owner is told which stage is theirs, its due date and what it waits for; a stage with
 * nothing before it says it can start now. The sender is not told of a stage they own.
 */
function stageNotices(info: SendInfo, parent: string): NoticeDraft[] {
  const stages = info.stages ?? [];
  const titleOf = new Map(stages.map((s) => [s.key, s.task.title]));
  return stages.flatMap((s) => {
    const owner = s.task.responsibleUserIds[0];
    if (!owner || owner === info.actorUserId) return [];
    const waits = s.dependsOnKeys.map((k) => titleOf.get(k) ?? '').filter(Boolean);
    const due = s.task.due !== undefined ? dayText(s.task.due) : '—';
    return [
      {
        key: `${s.key}/notice/stage/${owner}`,
        type: 'assigned',
        recipientUserId: owner,
        taskKey: s.key,
        message: {
          key: waits.length > 0 ? 'notice.stageWaits' : 'notice.stageReady',
          params: { title: s.task.title, parent, due, waits: waits.join('、') },
        },
      },
    ];
  });
}

/** [EV5] A publishing tells the heads of the suggested departments, or every active member when chosen. */
function poolNotices(d: AssignmentDraft, ctx: DraftContext, info: SendInfo): NoticeDraft[] {
  const everyone = d.poolAudience === 'everyone';
  const users = uniqueRecipients(
    everyone
      ? ctx.members.filter((m) => m.active).map(userOf)
      : d.suggestedDepartmentIds.map((id) => userOf(headOf(ctx, id))),
  ).filter((u) => u !== info.actorUserId);
  const departments = d.suggestedDepartmentIds.map((id) => departmentName(ctx, id)).join('、');
  const params = { title: d.title.trim(), actor: actorName(ctx, info.actorUserId), departments };
  return users.map((userId) => ({
    key: `${d.draftKey}/notice/pool/${userId}`,
    type: 'published',
    recipientUserId: userId,
    taskKey: info.taskKey,
    message: { key: 'notice.published', params },
  }));
}

export function sendEvent(
  d: AssignmentDraft,
  ctx: DraftContext,
  info: { actorUserId: string; taskKey: string; now: number },
): EventDraft {
  const pool = d.mode === 'pool';
  return {
    key: `${d.draftKey}/event/${pool ? 'published' : 'assigned'}`,
    type: pool ? 'published' : 'assigned',
    actorUserId: info.actorUserId,
    taskKey: info.taskKey,
    reason: '',
    at: info.now,
    summary: {
      key: pool ? 'event.published' : 'event.assigned',
      params: {
        actor: actorName(ctx, info.actorUserId),
        title: d.title.trim(),
        department: departmentName(ctx, d.primaryDepartmentId),
      },
    },
  };
}
