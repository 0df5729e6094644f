/**
 * [EV12] Adding a stage to a sent special task: by whoever may edit it, with a title, a department, an owner
 * (else the department's head) and predecessors among its stages; ready when those are all finished, else
 * waiting. Its owner is told, as at sending ([EV1]).
 */
import type { Task } from './model';
import { taskDefaults } from './model';
import { dayText, type EventDraft, type NoticeDraft } from './notices';
import { headOf, memberOfUser } from './org';
import { activeMember } from './permissions';
import type { EditContext, EditRefusal } from './taskEdit';
import { mayEdit } from './taskEdit';

export interface NewStage {
  title: string;
  departmentId?: string;
  ownerMemberId?: string;
  due?: number;
  /** Ids of stages of the same special task. */
  afterIds: string[];
}

export type StageAddRefusal = EditRefusal | 'departmentRequired' | 'afterTaskDue';

export type StageAddOutcome =
  | { ok: true; stage: Omit<Task, 'id'>; event: EventDraft; notices: NoticeDraft[] }
  | { ok: false; code: StageAddRefusal };

const finished = (t: Task) => t.status === 'done' || t.status === 'cancelled';

export function addStage(parent: Task, input: NewStage, ctx: EditContext): StageAddOutcome {
  if (!activeMember(ctx, ctx.actorUserId)) return { ok: false, code: 'notMember' };
  if (!mayEdit(parent, ctx)) return { ok: false, code: 'notAllowed' };
  if (finished(parent) || parent.kind === 'stage') return { ok: false, code: 'finished' };
  const title = input.title.trim();
  if (!title) return { ok: false, code: 'titleRequired' };
  if (!input.departmentId) return { ok: false, code: 'departmentRequired' };
  if (input.due !== undefined && input.due < ctx.todayStart) return { ok: false, code: 'duePast' };
  if (input.due !== undefined && parent.due !== undefined && input.due > parent.due)
    return { ok: false, code: 'afterTaskDue' };
  const siblings = ctx.tasks.filter((t) => t.parentId === parent.id);
  const after = siblings.filter((t) => input.afterIds.includes(t.id));
  const owner = ctx.members.find((m) => m.id === input.ownerMemberId) ?? headOf(ctx, input.departmentId);
  const ownerUser = owner?.userIds[0];
  const key = `${parent.id}/stage/${ctx.now}`;
  const stage = {
    ...taskDefaults({ title, requestKey: key }),
    kind: 'stage' as const,
    parentId: parent.id,
    sequence: Math.max(0, ...siblings.map((s) => s.sequence ?? 0)) + 1,
    primaryDepartmentId: input.departmentId,
    responsibleUserIds: ownerUser ? [ownerUser] : [],
    dependsOnIds: after.map((t) => t.id),
    due: input.due,
    origin: 'assigned' as const,
    extraDuty: parent.extraDuty,
    status: after.every(finished) ? ('ready' as const) : ('waiting' as const),
    createdAt: ctx.now,
    assignedAt: ctx.now,
  };
  const actor = memberOfUser(ctx, ctx.actorUserId)?.name ?? '';
  const event: EventDraft = {
    key: `${key}/event`,
    type: 'edited',
    actorUserId: ctx.actorUserId,
    taskId: parent.id,
    reason: '',
    at: ctx.now,
    summary: { key: 'event.stageAdded', params: { actor, title: parent.title, stage: title } },
  };
  const waits = after.filter((t) => !finished(t)).map((t) => t.title);
  const notices: NoticeDraft[] =
    ownerUser && ownerUser !== ctx.actorUserId
      ? [
          {
            key: `${key}/notice/${ownerUser}`,
            type: 'assigned',
            recipientUserId: ownerUser,
            taskKey: key,
            message: {
              key: waits.length > 0 ? 'notice.stageWaits' : 'notice.stageReady',
              params: {
                title,
                parent: parent.title,
                due: stage.due !== undefined ? dayText(stage.due) : '—',
                waits: waits.join('、'),
              },
            },
          },
        ]
      : [];
  return { ok: true, stage, event, notices };
}
