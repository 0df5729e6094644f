/**
 * Acknowledge, decline, reassign and claim: the task is re-read fresh from the Base before deciding (someone
 * may have changed it meanwhile), then its changes, one history event and the notices are written.
 * A claim is first-claim-wins across sidebars: see `claimTask`.
 */
import type { Task, TaskEvent } from '../core/model';
import { perform, winningClaim, type RefusalCode, type ResponsibilityAction } from '../core/responsibility';
import { fromTask, toTask, toTaskEvent } from '../schema/entities';
import type { FieldKey } from '../schema/schemaTypes';
import type { BatonStore, CoreData } from '../store/batonStore';
import { eventRows, baseLocale, record } from './outbox';
import { cascade } from './process';

export type RespondResult =
  { ok: true; task: Task } | { ok: false; code: RefusalCode | 'alreadyClaimed'; by?: string };

async function freshTask(store: BatonStore, taskId: string): Promise<Task> {
  const [record] = await store.readByIds('tasks', [taskId]);
  return toTask(record!);
}

export async function respond(
  store: BatonStore,
  data: CoreData,
  taskId: string,
  action: Exclude<ResponsibilityAction, { kind: 'claim' }>,
  actorUserId: string,
  now: number,
  seenResponsibleUserIds?: string[],
): Promise<RespondResult> {
  const task = await freshTask(store, taskId);
  const outcome = perform(task, action, { ...data, actorUserId, now, seenResponsibleUserIds });
  if (!outcome.ok) return outcome;
  // History and notices first: if the task update then fails, a retry finds them by key and finishes.
  await record(store, outcome.notices, [outcome.event], now);
  await store.update('tasks', [{ id: task.id, values: valuesOf(outcome.changes) }]);
  const changed = { ...task, ...outcome.changes };
  // An acknowledged stage goes back to the graph: derive what follows from it now.
  await cascade(
    store,
    data.tasks.map((t) => (t.id === task.id ? changed : t)),
    actorUserId,
    now,
    { changed: [task.id] },
  );
  return { ok: true, task: changed };
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
): Promise<RespondResult> {
  const task = await freshTask(store, taskId);
  const outcome = perform(task, { kind: 'claim' }, { ...data, actorUserId, now });
  if (!outcome.ok)
    return outcome.code === 'notOpen'
      ? { ok: false, code: 'alreadyClaimed', by: ownerName(data, task) }
      : outcome;
  const locale = baseLocale(store);
  const mine = await store.addKeyed('taskEvents', 'key', eventRows([outcome.event], locale), true);
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
  await store.update('tasks', [{ id: task.id, values: valuesOf(outcome.changes) }]);
  await record(store, outcome.notices, [], now);
  return { ok: true, task: { ...task, ...outcome.changes } };
}

function claimantName(data: CoreData, claim: TaskEvent): string | undefined {
  return data.members.find((m) => claim.actorUserIds.some((u) => m.userIds.includes(u)))?.name;
}

function ownerName(data: CoreData, task: Task): string | undefined {
  return data.members.find((m) => task.responsibleUserIds.some((u) => m.userIds.includes(u)))?.name;
}

/** Task properties an action may change, and the schema field each is stored in. */
const FIELD_OF: Partial<Record<keyof Task, FieldKey<'tasks'>>> = {
  status: 'status',
  acknowledgedAt: 'acknowledgedAt',
  assignedAt: 'assignedAt',
  responsibleUserIds: 'responsible',
  primaryDepartmentId: 'primaryDepartment',
  origin: 'origin',
};

/** The cells an action changes; a change to undefined clears the cell. */
function valuesOf(changes: Partial<Omit<Task, 'id'>>) {
  const all = fromTask(changes as Omit<Task, 'id'>);
  return Object.fromEntries(
    (Object.keys(changes) as (keyof Task)[]).flatMap((prop) => {
      const field = FIELD_OF[prop];
      return field ? [[field, all[field]]] : [];
    }),
  );
}
