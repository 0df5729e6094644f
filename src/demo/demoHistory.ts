/** Writes the demo company's six-month history (demoHistoryPlan.ts) through the store, tasks then their events. */
import { fromTask, fromTaskEvent } from '../schema/entities';
import type { BatonStore } from '../store/batonStore';
import { demoHistoryPlan } from './demoHistoryPlan';

export async function seedDemoHistory(
  store: BatonStore,
  departmentIds: Map<string, string>,
  todayStart: number,
): Promise<void> {
  const plan = demoHistoryPlan(todayStart, departmentIds);
  const ids = await store.addAll(
    'tasks',
    plan.map((h) => fromTask(h.task)),
  );
  await store.addAll(
    'taskEvents',
    plan.flatMap((h, i) => h.events.map((e) => fromTaskEvent({ ...e, taskId: ids[i] }))),
  );
}
