/** Domain entities from decoded records and back. */
import {
  TASK_STATUSES,
  type Department,
  type Member,
  type Role,
  type Task,
  type TaskStatus,
} from '../core/model';
import type { DecodedRecord, PlainValue } from './cellCodec';

const str = (v: PlainValue) => (typeof v === 'string' ? v : '');
const num = (v: PlainValue) => (typeof v === 'number' ? v : undefined);
const list = (v: PlainValue) => (Array.isArray(v) ? v : []);
const one = (v: PlainValue) => list(v)[0];

export function toDepartment({ id, values }: DecodedRecord): Department {
  return { id, name: str(values.name), headUserIds: list(values.head), duties: str(values.duties) };
}

export function toMember({ id, values }: DecodedRecord): Member {
  return {
    id,
    name: str(values.name),
    userIds: list(values.account),
    departmentId: one(values.department),
    role: (values.role as Role | undefined) ?? undefined,
    employeeNo: str(values.employeeNo),
    skills: list(values.skills),
    active: values.active === true,
  };
}

export function fromMember(member: Omit<Member, 'id'>): Record<string, PlainValue> {
  return {
    name: member.name,
    account: member.userIds,
    department: member.departmentId ? [member.departmentId] : [],
    role: member.role,
    employeeNo: member.employeeNo,
    active: member.active,
  };
}

export function fromDepartment(department: Omit<Department, 'id'>): Record<string, PlainValue> {
  return { name: department.name, head: department.headUserIds, duties: department.duties };
}

const isStatus = (v: PlainValue): v is TaskStatus => TASK_STATUSES.includes(v as TaskStatus);

export function toTask({ id, values }: DecodedRecord): Task {
  return {
    id,
    title: str(values.title),
    kind: values.kind === 'special' || values.kind === 'stage' ? values.kind : undefined,
    parentId: one(values.parent),
    sequence: num(values.sequence),
    primaryDepartmentId: one(values.primaryDepartment),
    cooperatingDepartmentIds: list(values.cooperatingDepartments),
    responsibleUserIds: list(values.responsible),
    contributorUserIds: list(values.contributors),
    status: isStatus(values.status) ? values.status : undefined,
    start: num(values.start),
    due: num(values.due),
    completedAt: num(values.completedAt),
    dependsOnIds: list(values.dependsOn),
    origin: values.origin === 'assigned' || values.origin === 'claimed' ? values.origin : undefined,
    extraDuty: values.extraDuty === true,
    points: num(values.points),
    acknowledgedAt: num(values.acknowledgedAt),
    description: str(values.description),
    createdAt: num(values.createdAt),
    requestKey: str(values.requestKey) || undefined,
    suggestedDepartmentIds: list(values.suggestedDepartments),
    publishedAt: num(values.publishedAt),
    assignedAt: num(values.assignedAt),
    deliverablesOwed: str(values.deliverablesOwed),
  };
}

export function fromTask(task: Omit<Task, 'id'>): Record<string, PlainValue> {
  return {
    title: task.title,
    kind: task.kind,
    parent: task.parentId ? [task.parentId] : [],
    sequence: task.sequence,
    primaryDepartment: task.primaryDepartmentId ? [task.primaryDepartmentId] : [],
    cooperatingDepartments: task.cooperatingDepartmentIds,
    responsible: task.responsibleUserIds,
    contributors: task.contributorUserIds,
    status: task.status,
    start: task.start,
    due: task.due,
    completedAt: task.completedAt,
    dependsOn: task.dependsOnIds,
    origin: task.origin,
    extraDuty: task.extraDuty,
    points: task.points,
    acknowledgedAt: task.acknowledgedAt,
    description: task.description,
    createdAt: task.createdAt,
    requestKey: task.requestKey,
    suggestedDepartments: task.suggestedDepartmentIds,
    publishedAt: task.publishedAt,
    assignedAt: task.assignedAt,
    deliverablesOwed: task.deliverablesOwed,
  };
}
