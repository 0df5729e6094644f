/**
 * Stage work as the viewer sees it: the context the core's `performWork` decides in, whether an item is
 * overdue, and whom a nudge (催办) would reach. Shared by the task page, my work and progress. Pure.
 */
import { isActive, isOverdue, type Task } from '../../core/model';
import { memberOfUser, type Org } from '../../core/org';
import { performWork, type WorkContext } from '../../core/process';
import { taskById } from '../../core/taskIndex';

export interface WorkViewer extends Org {
  tasks: Task[];
  userId: string;
  canEdit: boolean;
  now: number;
  todayStart: number;
}

export function workContext(task: Task, viewer: WorkViewer): WorkContext {
  const parent = taskById(viewer.tasks, task.parentId);
  return {
    departments: viewer.departments,
    members: viewer.members,
    tasks: viewer.tasks,
    actorUserId: viewer.userId,
    now: viewer.now,
    todayStart: viewer.todayStart,
    parent,
  };
}

export interface NudgeOffer {
  /** The key of the history event a nudge by this viewer writes today: found in the Base means sent. */
  eventKey: string;
  /** Whom the core would tell, with the item each one holds up. */
  blockers: { name: string; title: string }[];
}

/** Statuses in which an item waits on someone: its predecessors, its owner to start, or its reviewer. */
const WAITS: ReadonlySet<Task['status']> = new Set(['waiting', 'ready', 'assigned', 'in_review']);

/**
 * [W5] Whom a nudge from this viewer would reach, as the core decides it, or undefined when there is no point:
 * the item neither waits nor is overdue, or the only ones the core would tell are the viewer, or the owner of
 * a submitted item (who has done their part).
 */
export function nudgeOffer(task: Task, viewer: WorkViewer): NudgeOffer | undefined {
  if (!viewer.canEdit || !isActive(task) || task.status === 'open') return undefined;
  if (!WAITS.has(task.status) && !isOverdue(task, viewer.todayStart)) return undefined;
  const outcome = performWork(task, { kind: 'nudge' }, workContext(task, viewer));
  if (!outcome.ok) return undefined;
  const doneTheirPart = task.status === 'in_review' ? task.responsibleUserIds : [];
  const told = outcome.notices.filter(
    (n) => n.recipientUserId !== viewer.userId && !doneTheirPart.includes(n.recipientUserId),
  );
  if (told.length === 0) return undefined;
  return {
    eventKey: outcome.event.key,
    blockers: told.map((n) => ({
      name: memberOfUser(viewer, n.recipientUserId)?.name ?? n.recipientUserId,
      title: String(n.message.params.title ?? ''),
    })),
  };
}
