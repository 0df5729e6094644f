/** Domain entities from decoded records and back. */
import {
  NOTICE_TYPES,
  TASK_EVENT_TYPES,
  TASK_STATUSES,
  type Department,
  type Member,
  type Notice,
  type NoticeType,
  type Role,
  type Task,
  type TaskEvent,
  type TaskEventType,
  type TaskStatus,
} from '../core/model';
import { parseSkills } from '../core/training/trainingModel';
import { formatStages, parseStages, type TaskTemplate } from '../core/templates';
import type { DecodedRecord, FieldValues, PlainValue } from './cellCodec';

const str = (v: PlainValue) => (typeof v === 'string' ? v : '');
const num = (v: PlainValue) => (typeof v === 'number' ? v : undefined);
const list = (v: PlainValue) => (Array.isArray(v) ? v : []);
const one = (v: PlainValue) => list(v)[0];

export function toDepartment({ id, values }: DecodedRecord<'departments'>): Department {
  return { id, name: str(values.name), headUserIds: list(values.head), duties: str(values.duties) };
}

export function toMember({ id, values }: DecodedRecord<'members'>): Member {
  return {
    id,
    name: str(values.name),
    userIds: list(values.account),
    departmentId: one(values.department),
    role: (values.role as Role | undefined) ?? undefined,
    employeeNo: str(values.employeeNo),
    // [TR10] The hand-kept 技能 and the skills Baton wrote on passing a course.
    skills: [...new Set([...list(values.skills), ...parseSkills(str(values.trainedSkills))])],
    active: values.active === true,
  };
}

export function fromMember(member: Omit<Member, 'id'>): FieldValues<'members'> {
  return {
    name: member.name,
    account: member.userIds,
    department: member.departmentId ? [member.departmentId] : [],
    role: member.role,
    employeeNo: member.employeeNo,
    active: member.active,
  };
}

export function fromDepartment(department: Omit<Department, 'id'>): FieldValues<'departments'> {
  return { name: department.name, head: department.headUserIds, duties: department.duties };
}

const isStatus = (v: PlainValue): v is TaskStatus => TASK_STATUSES.includes(v as TaskStatus);

export function toTask({ id, values, unknownOptions }: DecodedRecord<'tasks'>): Task {
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
    weight: num(values.weight),
    acknowledgedAt: num(values.acknowledgedAt),
    description: str(values.description),
    createdAt: num(values.createdAt),
    requestKey: str(values.requestKey) || undefined,
    suggestedDepartmentIds: list(values.suggestedDepartments),
    publishedAt: num(values.publishedAt),
    assignedAt: num(values.assignedAt),
    deliverablesOwed: str(values.deliverablesOwed),
    submittedAt: num(values.submittedAt),
    unknownStatus: unknownOptions?.status,
  };
}

export function fromTask(task: Omit<Task, 'id'>): FieldValues<'tasks'> {
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
    weight: task.weight,
    acknowledgedAt: task.acknowledgedAt,
    description: task.description,
    createdAt: task.createdAt,
    requestKey: task.requestKey,
    suggestedDepartments: task.suggestedDepartmentIds,
    publishedAt: task.publishedAt,
    assignedAt: task.assignedAt,
    deliverablesOwed: task.deliverablesOwed,
    submittedAt: task.submittedAt,
  };
}

const isEventType = (v: PlainValue): v is TaskEventType => TASK_EVENT_TYPES.includes(v as TaskEventType);
const isNoticeType = (v: PlainValue): v is NoticeType => NOTICE_TYPES.includes(v as NoticeType);

export function toTaskEvent({ id, values }: DecodedRecord<'taskEvents'>): TaskEvent {
  return {
    id,
    taskId: one(values.task),
    type: isEventType(values.type) ? values.type : undefined,
    actorUserIds: list(values.actor),
    reason: str(values.reason),
    at: num(values.at),
    key: str(values.key) || undefined,
    summary: str(values.summary),
    createdAt: num(values.createdAt),
  };
}

export function fromTaskEvent(event: Omit<TaskEvent, 'id'>): FieldValues<'taskEvents'> {
  return {
    summary: event.summary,
    task: event.taskId ? [event.taskId] : [],
    type: event.type,
    actor: event.actorUserIds,
    reason: event.reason,
    at: event.at,
    key: event.key,
  };
}

export function toNotice({ id, values }: DecodedRecord<'notifications'>): Notice {
  return {
    id,
    recipientUserIds: list(values.recipient),
    type: isNoticeType(values.type) ? values.type : undefined,
    message: str(values.message),
    taskId: one(values.task),
    key: str(values.key),
    status: values.status === 'sent' ? 'sent' : 'pending',
    read: values.read === true,
    at: num(values.at),
  };
}

export function fromNotice(notice: Omit<Notice, 'id'>): FieldValues<'notifications'> {
  return {
    message: notice.message,
    recipient: notice.recipientUserIds,
    type: notice.type,
    task: notice.taskId ? [notice.taskId] : [],
    key: notice.key,
    status: notice.status,
    at: notice.at,
    read: notice.read,
  };
}

export function toTemplate({ id, values }: DecodedRecord<'templates'>): TaskTemplate {
  return {
    id,
    name: str(values.name),
    description: str(values.description),
    points: num(values.points),
    extraDuty: values.extraDuty === true,
    stages: parseStages(str(values.stages)),
    builtIn: false,
  };
}

export function fromTemplate(
  template: Omit<TaskTemplate, 'id' | 'builtIn'>,
  key: string,
  createdBy: string,
): FieldValues<'templates'> {
  return {
    name: template.name,
    description: template.description,
    points: template.points,
    extraDuty: template.extraDuty,
    stages: formatStages(template.stages),
    createdBy: [createdBy],
    key,
  };
}
