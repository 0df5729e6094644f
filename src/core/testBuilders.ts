/** Small builders of domain entities for tests: sensible defaults, overridden per test. */
import { taskDefaults, type Department, type Member, type Task, type TaskStatus } from './model';
import { DAY } from './time';

let counter = 0;
const nextId = (prefix: string) => `${prefix}${++counter}`;

/** A fixed "start of today" for tests: 2024-05-10 00:00 UTC+8. */
export const TODAY_START = Date.UTC(2024, 4, 9, 16, 0, 0);

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
  const defaults = taskDefaults({ title: 'A task', kind: 'special', status: 'in_progress', ...overrides });
  return { ...defaults, id: overrides.id ?? nextId('task') };
}

/** A stage of the given special task. */
export function aStage(parent: Task, overrides: Partial<Task> = {}): Task {
  return aTask({ kind: 'stage', parentId: parent.id, ...overrides });
}

/**
 * Stages of `parent`, owned by `u_<id>`, written `id=status<pred,pred@day`: `plan=done@1 poster=waiting<plan` is
 * a plan done on day 1 (completed at TODAY_START + 1 day) and a poster waiting for it.
 */
export function stagesOf(parent: Task, spec: string): Task[] {
  return spec.split(' ').map((item) => {
    const [, id, status, preds, day] = /^(\w+)=(\w+)(?:<([\w,]+))?(?:@(\d+))?$/.exec(item)!;
    return aStage(parent, {
      id,
      title: id,
      status: status as TaskStatus,
      responsibleUserIds: [`u_${id}`],
      dependsOnIds: preds?.split(',') ?? [],
      completedAt: day === undefined ? undefined : TODAY_START + Number(day) * DAY,
    });
  });
}
