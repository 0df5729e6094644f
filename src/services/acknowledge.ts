/**
 * [EV4] After an acknowledgement: tell whoever assigned the task, found in its history (a stage's in its
 * special task's). Keyed by task and round, so a retry adds nothing.
 */
import { acknowledgedNotices } from '../core/acknowledgement';
import type { Task } from '../core/model';
import type { BatonStore, CoreData } from '../store/batonStore';
import { taskHistory } from './inbox';
import { record } from './outbox';

export async function tellAssigner(
  store: BatonStore,
  data: CoreData,
  task: Task,
  actorUserId: string,
  now: number,
): Promise<number> {
  const ids = [task.id, ...(task.parentId ? [task.parentId] : [])];
  const events = (await Promise.all(ids.map((id) => taskHistory(store, id)))).flat();
  const notices = acknowledgedNotices(task, events, data, actorUserId);
  await record(store, notices, [], now);
  return notices.length;
}
