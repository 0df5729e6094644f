/**
 * Reading the audit trail back: a task's history (任务日志) and who was told what about it (通知), and marking
 * the viewer's notices read. A missing log or outbox table reads as empty: the health check says why.
 */
import type { Notice, TaskEvent } from '../core/model';
import { toNotice, toTaskEvent } from '../schema/entities';
import type { FieldKey, TableKey } from '../schema/schemaTypes';
import type { BatonStore } from '../store/batonStore';

const hasField = <T extends TableKey>(store: BatonStore, table: T, field: FieldKey<T>) =>
  Boolean(store.resolution.schema[table]?.fields[field]);

/** Oldest first; ties in time keep the order the records were added. */
const byTime = <T extends { at?: number }>(a: T, b: T) => (a.at ?? 0) - (b.at ?? 0);

/** The task's events, oldest first: who did what, when and why. */
export async function taskHistory(store: BatonStore, taskId: string): Promise<TaskEvent[]> {
  if (!hasField(store, 'taskEvents', 'task')) return [];
  const events = (await store.readWhere('taskEvents', 'task', taskId)).map(toTaskEvent);
  return events.sort(byTime);
}

/** Every notice about the task, whoever received it, oldest first. */
export async function taskNotices(store: BatonStore, taskId: string): Promise<Notice[]> {
  if (!hasField(store, 'notifications', 'task')) return [];
  const notices = (await store.readWhere('notifications', 'task', taskId)).map(toNotice);
  return notices.sort(byTime);
}

/** Marks the notices read; nothing to mark makes no call. */
export async function markRead(store: BatonStore, noticeIds: string[]): Promise<void> {
  if (noticeIds.length === 0) return;
  await store.update(
    'notifications',
    noticeIds.map((id) => ({ id, values: { read: true } })),
  );
}
