/**
 * The task page as plain data: the task, its stages and owners, and which of acknowledge / decline / reassign
 * the viewer may do on each. Availability asks the core's own `perform`, so the page offers exactly what the
 * core would accept. Pure.
 */
import dayjs from 'dayjs';
import type { Member, Task, TaskStatus } from '../../core/model';
import { departmentName, type Org } from '../../core/org';
import { performWork } from '../../core/process';
import { perform, timeToAssign } from '../../core/responsibility';
import { taskById } from '../../core/taskIndex';
import type { Translate } from '../../i18n/translate';
import type { ActionKind } from '../kernel/commandMessages';
import { namesOf, statusLabel } from '../kernel/labels';

export interface ActionTarget {
  id: string;
  title: string;
  /** The responsible person as shown: an action on a task reassigned since is refused. */
  seenResponsibleUserIds: string[];
  actions: Record<ActionKind, boolean>;
}

export interface StageRow extends ActionTarget {
  status: string;
  statusKind: TaskStatus | 'unknown';
  owner: string;
  department: string;
  due: string;
}

export interface TaskView extends ActionTarget {
  status: string;
  statusKind: TaskStatus | 'unknown';
  isStage: boolean;
  parentId?: string;
  parentTitle?: string;
  department: string;
  responsible: string;
  due: string;
  points?: number;
  description: string;
  cooperating: string[];
  /** One "部门：交付物" line each, as the wizard wrote them. */
  deliverables: string[];
  timeToAssign?: string;
  stages: StageRow[];
}

export interface ViewerContext extends Org {
  userId: string;
  canEdit: boolean;
  now: number;
}

const formatDay = (at: number | undefined, t: Translate): string =>
  at === undefined ? t('taskPage.noDue') : dayjs(at).format('YYYY-MM-DD');

/** A span as minutes, hours and minutes, or days and hours: whichever reads best. */
export function formatDuration(ms: number, t: Translate): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return t('taskPage.duration.minutes', { minutes });
  if (minutes < 24 * 60)
    return t('taskPage.duration.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  const hours = Math.floor(minutes / 60);
  return t('taskPage.duration.days', { days: Math.floor(hours / 24), hours: hours % 24 });
}

// Any non-empty text: availability is about who may act, not about the reason the user will type.
const PROBE_REASON = '-';
const FINISHED: ReadonlySet<TaskStatus | undefined> = new Set(['done', 'cancelled']);

/** [R1]-[R3] as the core decides them, for the viewer, on the task as shown. */
export function actionsFor(task: Task, viewer: ViewerContext): Record<ActionKind, boolean> {
  if (!viewer.canEdit) return { acknowledge: false, decline: false, reassign: false };
  const ctx = { ...viewer, actorUserId: viewer.userId };
  const reassign = perform(task, { kind: 'reassign', toMemberId: '', reason: PROBE_REASON }, ctx);
  return {
    // Acknowledging twice changes nothing a stage shows, so once is enough.
    acknowledge: task.acknowledgedAt === undefined && perform(task, { kind: 'acknowledge' }, ctx).ok,
    decline: perform(task, { kind: 'decline', reason: PROBE_REASON }, ctx).ok,
    // The probe names no one, so a manager is refused only for the target; finished work stays as it is.
    reassign: !FINISHED.has(task.status) && !reassign.ok && reassign.code === 'targetInvalid',
  };
}

/** [W2] Starting a stage acknowledges it too: where the viewer may start, one start stands for both. */
export function startAcknowledges(task: Task, tasks: Task[], viewer: ViewerContext): boolean {
  if (task.kind !== 'stage' && !task.parentId) return false;
  const parent = taskById(tasks, task.parentId);
  const ctx = { ...viewer, tasks, actorUserId: viewer.userId, todayStart: viewer.now, parent };
  return viewer.canEdit && performWork(task, { kind: 'start' }, ctx).ok;
}

function target(task: Task, tasks: Task[], viewer: ViewerContext): ActionTarget {
  const actions = actionsFor(task, viewer);
  if (actions.acknowledge && startAcknowledges(task, tasks, viewer)) actions.acknowledge = false;
  return { id: task.id, title: task.title, seenResponsibleUserIds: task.responsibleUserIds, actions };
}

const bySequence = (a: Task, b: Task) =>
  (a.sequence ?? Infinity) - (b.sequence ?? Infinity) || (a.due ?? Infinity) - (b.due ?? Infinity);

export function taskView(
  tasks: Task[],
  taskId: string,
  viewer: ViewerContext,
  t: Translate,
): TaskView | undefined {
  const task = taskById(tasks, taskId);
  if (!task) return undefined;
  const waited = timeToAssign(task);
  const stages = tasks.filter((x) => x.parentId === task.id).sort(bySequence);
  return {
    ...target(task, tasks, viewer),
    status: statusLabel(task.status, t),
    statusKind: task.status ?? 'unknown',
    isStage: task.kind === 'stage',
    parentId: task.parentId,
    parentTitle: taskById(tasks, task.parentId)?.title,
    department: departmentName(viewer, task.primaryDepartmentId) || t('taskPage.none'),
    responsible: namesOf(viewer, task.responsibleUserIds, t),
    due: formatDay(task.due, t),
    points: task.points,
    description: task.description,
    cooperating: task.cooperatingDepartmentIds.map((id) => departmentName(viewer, id)).filter(Boolean),
    deliverables: task.deliverablesOwed
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    timeToAssign: waited === undefined ? undefined : formatDuration(waited, t),
    stages: stages.map((stage) => ({
      ...target(stage, tasks, viewer),
      status: statusLabel(stage.status, t),
      statusKind: stage.status ?? 'unknown',
      owner: namesOf(viewer, stage.responsibleUserIds, t),
      department: departmentName(viewer, stage.primaryDepartmentId),
      due: formatDay(stage.due, t),
    })),
  };
}

export interface PersonOption {
  value: string;
  label: string;
}

/**
 * Whom the task can go to: active members with an account, except its current owner; the task's department
 * first, since a head mostly reassigns within it.
 */
export function reassignOptions(org: Org, task: Task | undefined): PersonOption[] {
  if (!task) return [];
  const inDepartment = (m: Member) => (m.departmentId === task.primaryDepartmentId ? 0 : 1);
  return org.members
    .filter((m) => m.active && m.userIds.length > 0)
    .filter((m) => !m.userIds.some((u) => task.responsibleUserIds.includes(u)))
    .sort((a, b) => inDepartment(a) - inDepartment(b))
    .map((m) => ({
      value: m.id,
      label: m.departmentId ? `${m.name} · ${departmentName(org, m.departmentId)}` : m.name,
    }));
}
