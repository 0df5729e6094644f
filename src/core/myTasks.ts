/** The home screen's lists. Rules [M1]-[M3] in docs/SPEC.md. */
import { isActive, type Department, type Member, type Task } from './model';
import { taskIndexOf } from './taskIndex';

export type MyTaskReason = 'responsible' | 'contributor' | 'cooperating' | 'headOfPrimary';

export interface MyTask {
  task: Task;
  reason: MyTaskReason;
}

const byDue = (a: Task, b: Task) =>
  (a.due ?? Infinity) - (b.due ?? Infinity) || a.title.localeCompare(b.title);

function reasonFor(
  task: Task,
  member: Member,
  userId: string,
  departments: Department[],
): MyTaskReason | undefined {
  if (task.responsibleUserIds.includes(userId)) return 'responsible';
  if (task.contributorUserIds.includes(userId)) return 'contributor';
  if (member.departmentId && task.cooperatingDepartmentIds.includes(member.departmentId))
    return 'cooperating';
  const primary = departments.find((d) => d.id === task.primaryDepartmentId);
  const headsByRole = member.role === 'manager' && member.departmentId === task.primaryDepartmentId;
  if (primary?.headUserIds.includes(userId) || (primary && headsByRole)) return 'headOfPrimary';
  return undefined;
}

/**
 * [M1] Active tasks the user owns, contributes to, cooperates on by department, or heads; soonest due first.
 * [M4] A declined task stays on its department head's list: it needs a new owner.
 */
export function myTasks(tasks: Task[], member: Member, userId: string, departments: Department[]): MyTask[] {
  // Sorted after filtering: the viewer's few, not every active task of the Base.
  return tasks
    .flatMap((task): MyTask[] => {
      if (!isActive(task) && task.status !== 'declined') return [];
      const reason = reasonFor(task, member, userId, departments);
      if (task.status === 'declined' && reason !== 'headOfPrimary') return [];
      return reason ? [{ task, reason }] : [];
    })
    .sort((a, b) => byDue(a.task, b.task));
}

export interface StageChain {
  task: Task;
  stages: Task[];
  done: number;
  /** The first stage not done, cancelled or declined: where the baton is now. */
  current?: Task;
}

const bySequence = (a: Task, b: Task) => (a.sequence ?? Infinity) - (b.sequence ?? Infinity) || byDue(a, b);

const chainsByList = new WeakMap<Task[], StageChain[]>();

/**
 * [M2] Every active special task (and every declined one, which needs a new owner) with its stages in order.
 * [M3] A task with no kind and no parent counts as special.
 */
export function activeSpecialTasks(tasks: Task[]): StageChain[] {
  // Home and progress both ask, for the same list: every read yields a new list and none is changed in place.
  let chains = chainsByList.get(tasks);
  if (!chains) chainsByList.set(tasks, (chains = stageChains(tasks)));
  return chains;
}

function stageChains(tasks: Task[]): StageChain[] {
  // The list's index, shared with the other views, already holds each special task's stages.
  const { stagesOf } = taskIndexOf(tasks);
  return tasks
    .filter((t) => !t.parentId && t.kind !== 'stage' && (isActive(t) || t.status === 'declined'))
    .sort(byDue)
    .map((task) => {
      const stages = [...(stagesOf.get(task.id) ?? [])].sort(bySequence);
      const done = stages.filter((s) => s.status === 'done').length;
      return { task, stages, done, current: stages.find(isActive) };
    });
}
