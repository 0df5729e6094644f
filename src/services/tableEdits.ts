/**
 * [EV9] Completes what was set to 已完成 in the grid: its completion time and a history row. The history row
 * is written first (keyed), so a run cut short is finished by the next one, which still sees no time.
 */
import { tableCompletions } from '../core/tableEdits';
import type { Task } from '../core/model';
import type { BatonStore, CoreData } from '../store/batonStore';
import type { BackgroundJob } from './background';
import { record, recordWrites } from './outbox';

/** Returns the tasks as completed, for the jobs after this one. */
export async function completeTableEdits(store: BatonStore, data: CoreData, now: number): Promise<Task[]> {
  const found = tableCompletions(data.tasks, now);
  if (found.length === 0) return [];
  const updates = found.map((c) => ({ id: c.taskId, values: { completedAt: c.completedAt } }));
  const events = found.map((c) => c.event);
  store.checkWrites([
    { table: 'tasks', rows: updates.map((u) => u.values) },
    ...recordWrites(store, [], events, now),
  ]);
  await record(store, [], events, now);
  await store.update('tasks', updates);
  const byId = new Map(found.map((c) => [c.taskId, c.completedAt]));
  return data.tasks.filter((t) => byId.has(t.id)).map((t) => ({ ...t, completedAt: byId.get(t.id) }));
}

/** Before the cascade: what follows a stage done in the grid is derived from its completion time. */
export const tableEditsJob: BackgroundJob = {
  name: 'tableEdits',
  async run(context) {
    const completed = await completeTableEdits(context.store, context.data, context.now);
    const byId = new Map(completed.map((t) => [t.id, t]));
    if (byId.size > 0)
      context.data = { ...context.data, tasks: context.data.tasks.map((t) => byId.get(t.id) ?? t) };
    return { statuses: completed.length };
  },
};
