/** Lookups over a task list that the graph rules need: by id, successors, and stages of a special task. */
import type { Task } from './model';

export interface TaskIndex {
  byId: Map<string, Task>;
  successors: Map<string, string[]>;
  stagesOf: Map<string, Task[]>;
}

export function indexTasks(tasks: Task[]): TaskIndex {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const successors = new Map<string, string[]>();
  const stagesOf = new Map<string, Task[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const task of tasks) {
    for (const before of task.dependsOnIds) add(successors, before, task.id);
    if (task.parentId) add(stagesOf, task.parentId, task);
  }
  return { byId, successors, stagesOf };
}
