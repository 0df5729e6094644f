/** The minimal "new task" use case: validate, then write once per request key. */
import { buildNewTask, validateNewTask, type NewTaskError, type NewTaskInput } from '../core/newTask';
import type { Task } from '../core/model';
import type { BatonStore, CoreData } from '../store/batonStore';

export interface Clock {
  now: number;
  /** Start of the user's current day. */
  todayStart: number;
}

export type CreateTaskResult = { ok: true; task: Task } | { ok: false; errors: NewTaskError[] };

export async function createTask(
  store: BatonStore,
  data: CoreData,
  input: NewTaskInput,
  clock: Clock,
  requestKey: string,
  /** The same request failed before: it may have been written all the same, so look first. */
  retrying = false,
): Promise<CreateTaskResult> {
  const ctx = { departments: data.departments, members: data.members, todayStart: clock.todayStart };
  const errors = validateNewTask(input, ctx);
  if (errors.length > 0) return { ok: false, errors };
  const existing = data.tasks.find((t) => t.requestKey === requestKey);
  if (existing) return { ok: true, task: existing };
  const task = buildNewTask(input, { ...ctx, now: clock.now, requestKey });
  const id = await store.addTask(task, retrying);
  return { ok: true, task: { ...task, id } };
}
