/** The task pool (任务大厅): what is open, and per department how much it was offered and left. Rules [L1]-[L2]. */
import type { Department, Task } from './model';

/** [L1] Open pool tasks, newest first; a department sees those suggested to it first. */
export function openPoolTasks(tasks: Task[], departmentId?: string): Task[] {
  const mine = (t: Task) => (departmentId && t.suggestedDepartmentIds.includes(departmentId) ? 0 : 1);
  return tasks
    .filter((t) => t.status === 'open' && !t.parentId)
    .sort((a, b) => mine(a) - mine(b) || (b.publishedAt ?? 0) - (a.publishedAt ?? 0));
}

export interface DepartmentUptake {
  department: Department;
  /** Pool tasks suggested to the department. */
  offered: number;
  /** Of those, still unclaimed. */
  unclaimed: number;
  /** Pool tasks the department claimed (origin 认领, now its own). */
  claimed: number;
}

/** [L2] Per department: pool tasks that matched it, how many are still unclaimed, how many it claimed. */
export function poolUptake(tasks: Task[], departments: Department[]): DepartmentUptake[] {
  const published = tasks.filter((t) => t.publishedAt !== undefined && !t.parentId && t.status !== 'draft');
  return departments.map((department) => {
    const offered = published.filter((t) => t.suggestedDepartmentIds.includes(department.id));
    return {
      department,
      offered: offered.length,
      unclaimed: offered.filter((t) => t.status === 'open').length,
      claimed: published.filter((t) => t.origin === 'claimed' && t.primaryDepartmentId === department.id)
        .length,
    };
  });
}
