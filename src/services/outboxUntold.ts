/**
 * [X6] What an action owes is read from the record, not only from a sidebar's memory (outboxOwed.ts): an
 * action whose history row is the outcome of its round ([X5]) and whose change the task still shows is told,
 * by the background, with the notices it would have written, under the same keys: once, and not at all when
 * the sidebar that did it closed before telling. A losing row, or one whose change the task no longer shows
 * (someone acted since), tells nothing.
 */
import type { TaskStatus } from '../core/model';
import { DAY } from '../core/time';
import { toTaskEvent } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';
import { concurrentOn, kindOf, replay, rivals } from './contest';
import { record } from './outbox';
import { carries } from './process';
import { firstByHost } from './settle';

/** Actions that tell someone, and the status they found the task in (the one their change left behind). */
const TELLING: Record<string, TaskStatus | undefined> = {
  declined: 'assigned',
  reassigned: undefined,
  sendBack: 'in_review',
};

/** Only this recent: older outcomes were told long ago, or deliberately removed. */
export const UNTOLD_WINDOW_MS = DAY;

/** Adds the missing notices of recent outcomes; returns how many it added. */
export async function tellUntold(store: BatonStore, data: CoreData, now: number): Promise<number> {
  const events = (await store.readAll('taskEvents'))
    .map(toTaskEvent)
    .filter((e) => e.key && kindOf(e.key) in TELLING && (e.createdAt ?? e.at ?? 0) >= now - UNTOLD_WINDOW_MS);
  const owed = events.flatMap((event) => {
    const task = data.tasks.find((t) => t.id === event.taskId);
    if (!task) return [];
    const found = TELLING[kindOf(event.key)];
    const before = found ? { ...task, status: found } : task;
    const concurrent = concurrentOn(before, data);
    const field = events.filter((e) => e.key === event.key || (rivals(event.key!, e.key) && concurrent(e)));
    if (firstByHost(field)?.id !== event.id) return [];
    const outcome = replay(event, before, data);
    return outcome && carries(task, outcome.changes) ? outcome.notices : [];
  });
  if (owed.length === 0) return 0;
  const present = await store.findKeyed(
    'notifications',
    'key',
    owed.map((n) => n.key),
  );
  const missing = owed.filter((n) => !present.has(n.key));
  await record(store, missing, [], now, new Map(), false);
  return missing.length;
}
