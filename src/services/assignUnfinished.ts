/**
 * [O6] Unfinished sends: drafts (草稿) a send left when it failed before the release and was not retried.
 * Nobody was told of them (the notices follow the release), and nobody sees them but the list on the 派单
 * tab, which rolls them back. The background rolls back those older than a grace period (checked every 5 minutes).
 *
 * Why roll back rather than finish: the draft rows hold the tasks but not the rest of the plan (which stage
 * waits for which, the final statuses, who is told), so only the sending wizard, which still holds the plan,
 * can finish a send; its retry does.
 */
import type { Task } from '../core/model';
import { commandRefusal, type PermissionRefusal } from '../core/permissions';
import type { BatonStore, CoreData } from '../store/batonStore';
import type { BackgroundJob } from './background';
import { payOwed } from './outboxOwed';

/** Long enough for a send in flight (retries and all) to release its drafts. */
export const UNFINISHED_GRACE_MS = 15 * 60_000;
export const UNFINISHED_CHECK_MS = 5 * 60_000;

export interface UnfinishedSend {
  draftKey: string;
  /** The special task's title, or a stage's when the task row is missing. */
  title: string;
  /** When the send began (the drafts' creation time). */
  startedAt: number;
  taskIds: string[];
}

/** The draft a request key belongs to: `<draft>/task` or `<draft>/stage/<stage>`. */
export function draftKeyOf(requestKey: string | undefined): string | undefined {
  return requestKey?.match(/^(.*)\/(task|stage\/[^/]*)$/)?.[1];
}

/** Drafts grouped by the send that wrote them, oldest first. */
export function unfinishedSends(tasks: Task[]): UnfinishedSend[] {
  const sends = new Map<string, UnfinishedSend>();
  for (const task of tasks) {
    const draftKey = task.status === 'draft' ? (draftKeyOf(task.requestKey) ?? task.id) : undefined;
    if (draftKey === undefined) continue;
    const send = sends.get(draftKey) ?? { draftKey, title: task.title, startedAt: Infinity, taskIds: [] };
    if (task.kind !== 'stage' && !task.parentId) send.title = task.title;
    send.startedAt = Math.min(send.startedAt, task.createdAt ?? 0);
    send.taskIds.push(task.id);
    sends.set(draftKey, send);
  }
  return [...sends.values()].sort((a, b) => a.startedAt - b.startedAt);
}

/**
 * Removes the send's records that are still drafts, re-read first: a resumed send may have released them
 * meanwhile, and a released task is never removed here.
 */
export async function rollBackUnfinished(store: BatonStore, send: UnfinishedSend): Promise<number> {
  const current = await store.readByIds('tasks', send.taskIds);
  const drafts = current.filter((r) => r.values.status === 'draft').map((r) => r.id);
  if (drafts.length > 0) await store.remove('tasks', drafts);
  return drafts.length;
}

/** A manager rolls a send back from the list: whoever may assign may clear what a send left. */
export async function rollBackSend(
  store: BatonStore,
  data: CoreData,
  actorUserId: string,
  send: UnfinishedSend,
): Promise<{ ok: true; removed: number } | { ok: false; code: PermissionRefusal }> {
  const refusal = commandRefusal(data, actorUserId, 'assign');
  if (refusal) return { ok: false, code: refusal };
  return { ok: true, removed: await rollBackUnfinished(store, send) };
}

/** [O6] The sends left unfinished for longer than the grace period, rolled back. */
export async function rollBackStale(store: BatonStore, tasks: Task[], now: number): Promise<number> {
  const stale = unfinishedSends(tasks).filter((s) => s.startedAt <= now - UNFINISHED_GRACE_MS);
  let removed = 0;
  for (const send of stale) removed += await rollBackUnfinished(store, send);
  return removed;
}

/**
 * [O3] [O6] What writes left unfinished: the notices this sidebar owes for changes that landed untold, and the
 * sends left as drafts past the grace period.
 */
export const unfinishedJob: BackgroundJob = {
  name: 'unfinished',
  every: UNFINISHED_CHECK_MS,
  async run({ store, data, now }) {
    await payOwed(store, now);
    await rollBackStale(store, data.tasks, now);
    return {};
  },
};
