/** Lookups over a task list that the graph rules need: by id, successors, and stages of a special task. */
import type { Task } from './model';

export interface TaskIndex {
  byId: Map<string, Task>;
  successors: Map<string, string[]>;
  stagesOf: Map<string, Task[]>;
  /** Where each task stands in the list, for answers that keep the list's order. */
  positionOf: Map<string, number>;
}

export function indexTasks(tasks: Task[]): TaskIndex {
  const byId = new Map<string, Task>();
  const positionOf = new Map<string, number>();
  const successors = new Map<string, string[]>();
  const stagesOf = new Map<string, Task[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  tasks.forEach((task, at) => {
    byId.set(task.id, task);
    positionOf.set(task.id, at);
    for (const before of task.dependsOnIds) add(successors, before, task.id);
    if (task.parentId) add(stagesOf, task.parentId, task);
  });
  return { byId, successors, stagesOf, positionOf };
}

/**
 * [SP7] The index of a task list, built once per list: a read yields a new list, so the list itself is the
 * snapshot's identity. Views look up a parent or a predecessor per row; finding it by scanning every task made
 * a list of a viewer's work cost rows × tasks at the Bitable cap. Lists are never changed in place.
 */
const built = new WeakMap<readonly Task[], TaskIndex>();

export function taskIndexOf(tasks: Task[]): TaskIndex {
  let index = built.get(tasks);
  if (!index) {
    index = indexTasks(tasks);
    built.set(tasks, index);
  }
  return index;
}

/** The task with this id in the list, found through its index. */
export const taskById = (tasks: Task[], id: string | undefined): Task | undefined =>
  id === undefined ? undefined : taskIndexOf(tasks).byId.get(id);
