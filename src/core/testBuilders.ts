/** Small builders of domain entities for tests: sensible defaults, overridden per test. */
import type { Department, Member, Task } from './model';

let counter = 0;
const nextId = (prefix: string) => `${prefix}${++counter}`;

/** A fixed "start of today" for tests: 2024-05-10 00:00 UTC+8. */
export const TODAY_START = Date.UTC(2024, 4, 9, 16, 0, 0);
export const DAY = 24 * 60 * 60 * 1000;

export function aDepartment(overrides: Partial<Department> = {}): Department {
  return { id: nextId('dep'), name: 'Design', headUserIds: [], duties: '', ...overrides };
}

export function aMember(overrides: Partial<Member> = {}): Member {
  return {
    id: nextId('mem'),
    name: 'Someone',
    userIds: [nextId('ou_')],
    role: 'employee',
    employeeNo: '',
    skills: [],
    active: true,
    ...overrides,
  };
}

export function aTask(overrides: Partial<Task> = {}): Task {
  return {
    id: nextId('task'),
    title: 'A task',
    kind: 'special',
    cooperatingDepartmentIds: [],
    responsibleUserIds: [],
    contributorUserIds: [],
    status: 'in_progress',
    dependsOnIds: [],
    extraDuty: false,
    description: '',
    suggestedDepartmentIds: [],
    deliverablesOwed: '',
    ...overrides,
  };
}

/** A stage of the given special task. */
export function aStage(parent: Task, overrides: Partial<Task> = {}): Task {
  return aTask({ kind: 'stage', parentId: parent.id, ...overrides });
}
