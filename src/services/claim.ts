/**
 * [R5] Claiming a pool task. The claim event (a 任务日志 row) is the intent; the Base stamps its creation time,
 * and the earliest claim of the task's round wins, whatever the claimants' clocks say. The task row is the
 * projection of that claim: whoever sees a winning claim whose task is still open writes it (the claimant, its
 * retry, another claimant, the background job), always the same values; the notices, keyed by the claim, come
 * after it. Nobody is told they won unless the task, read again, says so.
 */
import type { Task, TaskEvent } from '../core/model';
import {
  claimNotices,
  claimToProject,
  perform,
  projectClaim,
  projectedClaim,
  type RefusalCode,
} from '../core/responsibility';
import { DAY } from '../core/time';
import type { BatonStore, CoreData } from '../store/batonStore';
import { eventRows, baseLocale, record, recordWrites } from './outbox';
import { intentsOf } from './contest';
import { freshTask, valuesOf } from './process';
import { settled as afterSettling, type Wait } from './settle';

export type ClaimResult =
  { ok: true; task: Task } | { ok: false; code: RefusalCode | 'alreadyClaimed'; by?: string };

/**
 * Records the actor's claim, then settles the task: a retry (`retrying`) finds its own claim by key, and a
 * claim already projected answers at once. Given a `wait`, claims made on other clients at the same moment
 * reach this one before the claims are ranked (settle.ts, the same settle and rank as every contested action).
 */
export async function claimTask(
  store: BatonStore,
  data: CoreData,
  taskId: string,
  actorUserId: string,
  now: number,
  retrying = false,
  wait?: Wait,
): Promise<ClaimResult> {
  const task = await freshTask(store, taskId);
  const outcome = perform(task, { kind: 'claim' }, { ...data, actorUserId, now });
  if (!outcome.ok && outcome.code !== 'notOpen') return outcome;
  const myKey = outcome.ok ? outcome.event.key : undefined;
  if (outcome.ok) {
    store.checkWrites([
      { table: 'tasks', rows: [valuesOf(outcome.changes)] },
      ...recordWrites(store, outcome.notices, [outcome.event], now),
    ]);
    const rows = eventRows([outcome.event], baseLocale(store));
    await store.addKeyed('taskEvents', 'key', rows, true, retrying);
  }
  const [claims, current] = await afterSettling(outcome.ok ? wait : undefined, () =>
    readClaims(store, taskId),
  );
  const settled = await project(store, data, current, claims);
  return answer(store, data, settled, claims, actorUserId, myKey);
}

/**
 * The background's share: every open task with a winning claim is written as that claim makes it, so a claim
 * whose claimant gave up half way still completes, and a claim completed by someone else in the last day gets
 * its notices. Returns the tasks it completed, as read again.
 */
export async function completeClaims(store: BatonStore, data: CoreData, now: number): Promise<Task[]> {
  const due = data.tasks.filter(
    (t) =>
      !t.parentId &&
      (t.status === 'open' || (t.origin === 'claimed' && (t.acknowledgedAt ?? 0) >= now - DAY)),
  );
  const completed = await Promise.all(
    due.map(async (task) => {
      const [claims, current] = await readClaims(store, task.id);
      const settled = await project(store, data, current, claims);
      await tell(store, data, settled, claims);
      return current.status === 'open' && settled.status !== 'open' ? settled : undefined;
    }),
  );
  return completed.filter((t): t is Task => t !== undefined);
}

async function readClaims(store: BatonStore, taskId: string) {
  const [events, task] = await Promise.all([intentsOf(store, taskId), freshTask(store, taskId)]);
  const claims = events.filter((e) => e.type === 'claimed');
  return [claims, task] as const;
}

/**
 * Writes the winning claim into a task still open and answers the task as read again. The notices are left to
 * the winner's own call, its retry or the background (`tell`), so two projecting at once do not both tell.
 */
async function project(store: BatonStore, data: CoreData, task: Task, claims: TaskEvent[]): Promise<Task> {
  const winner = claimToProject(task, claims, data);
  const outcome = winner && projectClaim(task, winner, data);
  if (!outcome?.ok) return task;
  await store.update('tasks', [{ id: task.id, values: valuesOf(outcome.changes) }]);
  return freshTask(store, task.id);
}

/** The notices of the claim the task shows, once each by key; returns that claim. */
async function tell(store: BatonStore, data: CoreData, task: Task, claims: TaskEvent[]) {
  const won = projectedClaim(task, claims);
  if (won) await record(store, claimNotices(task, won, data), [], won.at ?? 0, new Map(), true, true);
  return won;
}

/**
 * What the actor is told, from the task as read: theirs by their claim (its notices completed, in case an
 * earlier attempt failed before them), or someone else's, named; a losing claim is removed from the history.
 */
async function answer(
  store: BatonStore,
  data: CoreData,
  task: Task,
  claims: TaskEvent[],
  actorUserId: string,
  myKey?: string,
): Promise<ClaimResult> {
  const won = projectedClaim(task, claims);
  if (won?.actorUserIds.includes(actorUserId)) {
    await tell(store, data, task, claims);
    return { ok: true, task };
  }
  const lost = claims
    .filter((c) => myKey !== undefined && c.key === myKey && c.id !== won?.id)
    .map((c) => c.id);
  if (task.status !== 'open' && lost.length > 0)
    await store.remove('taskEvents', lost).catch(() => undefined);
  return { ok: false, code: 'alreadyClaimed', by: ownerName(data, task) };
}

function ownerName(data: CoreData, task: Task): string | undefined {
  return data.members.find((m) => task.responsibleUserIds.some((u) => m.userIds.includes(u)))?.name;
}
