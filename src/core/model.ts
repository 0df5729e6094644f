/** Baton's domain entities, free of Bitable shapes. Times are epoch milliseconds. */

export type Role = 'boss' | 'manager' | 'employee';

export const TASK_STATUSES = [
  'draft',
  'open',
  'assigned',
  'waiting',
  'ready',
  'in_progress',
  'in_review',
  'done',
  'declined',
  'cancelled',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export type TaskKind = 'special' | 'stage';
export type TaskOrigin = 'assigned' | 'claimed';

export interface Department {
  id: string;
  name: string;
  headUserIds: string[];
  duties: string;
}

export interface Member {
  id: string;
  name: string;
  userIds: string[];
  departmentId?: string;
  role?: Role;
  employeeNo: string;
  skills: string[];
  active: boolean;
}

export interface Task {
  id: string;
  title: string;
  kind?: TaskKind;
  parentId?: string;
  sequence?: number;
  primaryDepartmentId?: string;
  cooperatingDepartmentIds: string[];
  responsibleUserIds: string[];
  contributorUserIds: string[];
  status?: TaskStatus;
  start?: number;
  due?: number;
  completedAt?: number;
  dependsOnIds: string[];
  origin?: TaskOrigin;
  extraDuty: boolean;
  points?: number;
  /** A stage's share of its task's cooperating points, against its siblings' (equal when none is set). */
  weight?: number;
  acknowledgedAt?: number;
  description: string;
  createdAt?: number;
  requestKey?: string;
  /** Pool: the departments a published task is suggested to. */
  suggestedDepartmentIds: string[];
  publishedAt?: number;
  assignedAt?: number;
  /** What each cooperating department owes, one "部门：交付物" line each. */
  deliverablesOwed: string;
  /** When its deliverable was last submitted for acceptance: names the round an accept or send-back answers. */
  submittedAt?: number;
  /** A status typed by hand that is not one of ours: reported, never overwritten. */
  unknownStatus?: string;
}

/** A task with no links, people or flags, overridden as given: the one place that lists every field's default. */
export function taskDefaults(overrides: Partial<Omit<Task, 'id'>> = {}): Omit<Task, 'id'> {
  return {
    title: '',
    cooperatingDepartmentIds: [],
    responsibleUserIds: [],
    contributorUserIds: [],
    dependsOnIds: [],
    extraDuty: false,
    description: '',
    suggestedDepartmentIds: [],
    deliverablesOwed: '',
    ...overrides,
  };
}

export const TASK_EVENT_TYPES = [
  'created',
  'assigned',
  'published',
  'acknowledged',
  'declined',
  'reassigned',
  'claimed',
  'status_change',
  'sent_back',
  'nudged',
  'edited',
  'commented',
] as const;
export type TaskEventType = (typeof TASK_EVENT_TYPES)[number];

/** One entry of a task's history: who did what, when and why. The evidence behind buck-passing signals. */
export interface TaskEvent {
  id: string;
  taskId?: string;
  type?: TaskEventType;
  actorUserIds: string[];
  reason: string;
  at?: number;
  key?: string;
  summary: string;
  /** When the Base added the row, by the Base's clock (not the writer's): orders events across sidebars. */
  createdAt?: number;
}

export const NOTICE_TYPES = [
  'assigned',
  'copy',
  'reminder',
  'escalation',
  'ready',
  'nudge',
  'declined',
  'reassigned',
  'claimed',
  'pool',
  'review',
  'sentBack',
  'acknowledged',
  'published',
  'dueSoon',
  'overdue',
  'changed',
  'mentioned',
  'collection',
  'digest',
  'award',
] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];

/** A row of the notification outbox: delivered by a Base automation, read in the sidebar. */
export interface Notice {
  id: string;
  recipientUserIds: string[];
  type?: NoticeType;
  message: string;
  taskId?: string;
  key: string;
  status: 'pending' | 'sent';
  read: boolean;
  at?: number;
}

/** Statuses in which a task still needs someone's work. */
export const ACTIVE_STATUSES: ReadonlySet<TaskStatus> = new Set([
  'open',
  'assigned',
  'waiting',
  'ready',
  'in_progress',
  'in_review',
]);

export function isActive(task: Task): boolean {
  return task.status === undefined || ACTIVE_STATUSES.has(task.status);
}

/** Statuses of a special task nobody holds (yet, or any more): its stages wait whatever their predecessors. */
export const UNHELD_STATUSES: ReadonlySet<TaskStatus | undefined> = new Set([
  'draft',
  'open',
  'declined',
  'cancelled',
]);

/** [C1] A predecessor holds its successors back until it is done; a cancelled one no longer does. */
export function holdsBack(task: Task): boolean {
  return task.status !== 'done' && task.status !== 'cancelled';
}

/**
 * [D5] Overdue: its due date is before the viewer's today and it is neither done nor cancelled. A declined
 * task still counts: it is late and has no owner. The one definition every screen and rule uses.
 */
export function isOverdue(task: Task, todayStart: number): boolean {
  return (
    task.due !== undefined && task.due < todayStart && task.status !== 'done' && task.status !== 'cancelled'
  );
}
