/**
 * Acknowledge, decline, reassign and claim: the task is re-read fresh from the Base before deciding (someone
 * may have changed it meanwhile), then its changes, one history event and the notices are written.
 * A claim is first-claim-wins across sidebars: see `claimTask`.
 */
import type { Task, TaskEvent } from '../core/model';
import { perform, winningClaim, type RefusalCode, type ResponsibilityAction } from '../core/responsibility';
import { toTaskEvent } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';
import { eventRows, baseLocale, record, recordWrites } from './outbox';
import { owe, payOwed, settle } from './outboxOwed';
import { carryOut, freshTask, landedBefore, valuesOf } from './process';
import type { Wait } from './settle';

export type RespondResult =
  { ok: true; task: Task } | { ok: false; code: RefusalCode | 'alreadyClaimed'; by?: string };

export function respond(
  store: BatonStore,
  data: CoreData,
  taskId: string,
  action: Exclude<ResponsibilityAction, { kind: 'claim' }>,
  actorUserId: string,
  now: number,
  seenResponsibleUserIds?: string[],
  retrying = false,
  wait?: Wait,
): Promise<RespondResult> {
  // An acknowledged stage goes back to the graph: the cascade derives what follows from it.
  const decide = (task: Task) => perform(task, action, { ...data, actorUserId, now, seenResponsibleUserIds });
  return carryOut(store, data, taskId, actorUserId, now, decide, retrying, wait);
}

/**
 * [R5] First claim wins. Each claimant records a claim event, then reads all claims on the task: the earliest
 * wins, the same answer in every sidebar. Only the winner writes the task; a loser removes its claim and is
 * told who was first.
 */
export async function claimTask(
  store: BatonStore,
  data: CoreData,
  taskId: string,
  actorUserId: string,
  now: number,
  retrying = false,
): Promise<RespondResult> {
  const task = await freshTask(store, taskId);
  const decide = (t: Task) => perform(t, { kind: 'claim' }, { ...data, actorUserId, now });
  // [O3] This claimant's earlier attempt took the task but failed before the notices: finish them.
  const landed = retrying ? landedBefore(data, task, decide) : undefined;
  if (landed?.ok) {
    await record(store, landed.notices, [], now, new Map(), true, true);
    return { ok: true, task };
  }
  if (retrying && (await payOwed(store, now, { taskId, at: now })) > 0) return { ok: true, task };
  const outcome = decide(task);
  if (!outcome.ok)
    return outcome.code === 'notOpen'
      ? { ok: false, code: 'alreadyClaimed', by: ownerName(data, task) }
      : outcome;
  const locale = baseLocale(store);
  const values = valuesOf(outcome.changes);
  store.checkWrites([
    { table: 'tasks', rows: [values] },
    ...recordWrites(store, outcome.notices, [outcome.event], now),
  ]);
  const mine = await store.addKeyed('taskEvents', 'key', eventRows([outcome.event], locale), true, retrying);
  const myEventId = mine.get(outcome.event.key);
  const [events, current] = await Promise.all([
    store.readWhere('taskEvents', 'task', task.id),
    freshTask(store, task.id),
  ]);
  const winner = winningClaim(events.map(toTaskEvent).filter((e) => e.type === 'claimed'));
  // A claim that already completed stands, whatever the clocks of later claimants said.
  const lostTo =
    current.status !== 'open'
      ? ownerName(data, current)
      : winner && winner.id !== myEventId
        ? claimantName(data, winner)
        : undefined;
  if (current.status !== 'open' || lostTo !== undefined) {
    if (myEventId) await store.remove('taskEvents', [myEventId]).catch(() => undefined);
    return { ok: false, code: 'alreadyClaimed', by: lostTo };
  }
  const owedKey = `${outcome.event.key}/told`;
  try {
    await store.update('tasks', [{ id: task.id, values }]);
    await record(store, outcome.notices, [], now, new Map(), true, retrying);
  } catch (error) {
    owe(owedKey, { writes: [{ id: task.id, values }], notices: outcome.notices, events: [], now });
    throw error;
  }
  settle(owedKey);
  return { ok: true, task: { ...task, ...outcome.changes } };
}

function claimantName(data: CoreData, claim: TaskEvent): string | undefined {
  return data.members.find((m) => claim.actorUserIds.some((u) => m.userIds.includes(u)))?.name;
}

function ownerName(data: CoreData, task: Task): string | undefined {
  return data.members.find((m) => task.responsibleUserIds.some((u) => m.userIds.includes(u)))?.name;
}
