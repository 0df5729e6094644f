/** Baton's domain entities, free of Bitable shapes. Times are epoch milliseconds. */

export type Role = 'boss' | 'manager' | 'employee';

export const TASK_STATUSES = [
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
  acknowledgedAt?: number;
  description: string;
  createdAt?: number;
  requestKey?: string;
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
