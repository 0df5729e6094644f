/** Validation of the minimal new-task form. Rules [T1]-[T5] in docs/SPEC.md. */
import type { Department, Member, Task } from './model';

export interface NewTaskInput {
  title: string;
  primaryDepartmentId?: string;
  responsibleMemberId?: string;
  due?: number;
}

export type NewTaskField = 'title' | 'primaryDepartmentId' | 'responsibleMemberId' | 'due';

export type NewTaskErrorCode =
  | 'title.required'
  | 'title.tooLong'
  | 'department.required'
  | 'department.unknown'
  | 'responsible.required'
  | 'responsible.notActiveMember'
  | 'responsible.noAccount'
  | 'due.required'
  | 'due.past';

export interface NewTaskError {
  field: NewTaskField;
  code: NewTaskErrorCode;
}

export interface NewTaskContext {
  departments: Department[];
  members: Member[];
  /** Start of the user's current day, epoch ms. */
  todayStart: number;
}

export const TITLE_MAX = 200;

export function validateNewTask(input: NewTaskInput, ctx: NewTaskContext): NewTaskError[] {
  const errors: NewTaskError[] = [];
  const title = input.title.trim();
  if (!title) errors.push({ field: 'title', code: 'title.required' });
  else if (title.length > TITLE_MAX) errors.push({ field: 'title', code: 'title.tooLong' });
  if (!input.primaryDepartmentId) errors.push({ field: 'primaryDepartmentId', code: 'department.required' });
  else if (!ctx.departments.some((d) => d.id === input.primaryDepartmentId))
    errors.push({ field: 'primaryDepartmentId', code: 'department.unknown' });
  const responsible = ctx.members.find((m) => m.id === input.responsibleMemberId);
  if (!input.responsibleMemberId) errors.push({ field: 'responsibleMemberId', code: 'responsible.required' });
  else if (!responsible?.active)
    errors.push({ field: 'responsibleMemberId', code: 'responsible.notActiveMember' });
  else if (responsible.userIds.length === 0)
    errors.push({ field: 'responsibleMemberId', code: 'responsible.noAccount' });
  if (input.due === undefined) errors.push({ field: 'due', code: 'due.required' });
  else if (input.due < ctx.todayStart) errors.push({ field: 'due', code: 'due.past' });
  return errors;
}

/** [T5] The task as written: a special task, assigned, starting today, owned by the responsible member. */
export function buildNewTask(
  input: NewTaskInput,
  ctx: NewTaskContext & { now: number; requestKey: string },
): Omit<Task, 'id'> {
  const responsible = ctx.members.find((m) => m.id === input.responsibleMemberId);
  return {
    title: input.title.trim(),
    kind: 'special',
    primaryDepartmentId: input.primaryDepartmentId,
    cooperatingDepartmentIds: [],
    responsibleUserIds: responsible?.userIds.slice(0, 1) ?? [],
    contributorUserIds: [],
    status: 'assigned',
    start: ctx.todayStart,
    due: input.due,
    dependsOnIds: [],
    origin: 'assigned',
    extraDuty: true,
    description: '',
    createdAt: ctx.now,
    assignedAt: ctx.now,
    requestKey: ctx.requestKey,
    suggestedDepartmentIds: [],
    deliverablesOwed: '',
  };
}

/** The suggested responsible person: the primary department's head, if they are an active member. */
export function defaultResponsible(
  departmentId: string | undefined,
  ctx: NewTaskContext,
): string | undefined {
  const department = ctx.departments.find((d) => d.id === departmentId);
  const head = ctx.members.find(
    (m) => m.active && m.userIds.some((u) => department?.headUserIds.includes(u)),
  );
  return head?.id;
}
