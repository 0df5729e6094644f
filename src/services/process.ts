/**
 * Process tracking as use cases: deriving statuses from the graph and writing only what changed, the stage
 * actions (start, submit, accept, send back, nudge), and `carryOut`, the one way any action on a task (these,
 * acknowledge, decline, reassign) is written, followed by the cascade it triggers.
 */
import { derive, type Derivation } from '../core/cascade';
import type { Graph } from '../core/taskGraph';
import type { Task } from '../core/model';
import type { EventDraft, NoticeDraft } from '../core/notices';
import { performWork, type WorkAction, type WorkRefusal } from '../core/process';
import { fromTask, toTask } from '../schema/entities';
import type { FieldKey } from '../schema/schemaTypes';
import type { BatonStore, CoreData } from '../store/batonStore';
import { backgroundHalt } from './backgroundGuard';
import { concurrentOn, contest, contested, replay, type Verdict } from './contest';
import { baseLocale, eventRows, keepOnePerKey, record, recordWrites } from './outbox';
import { owe, payOwed, settle } from './outboxOwed';
import { SETTLE_MS, type Wait } from './settle';

/** What to derive from: the changed tasks (all when left out), and the graph prepared for these tasks. */
export interface DerivationScope {
  changed?: string[];
  graph?: Graph;
}

/**
 * [C6] Derives and writes the changes, their notices and one history event each. Keys make a second writer
 * (another sidebar, the scheduled job) find nothing to add; derivation on its own output changes nothing,
 * so the echo of these writes derives no more writes.
 */
export async function cascade(
  store: BatonStore,
  tasks: Task[],
  actorUserId: string,
  now: number,
  scope: DerivationScope = {},
): Promise<Derivation> {
  // [C7] Not through a missing or recreated input: it would read as no links and release everything.
  if (backgroundHalt(store)) return { changes: [], notices: [] };
  const derivation = derive(tasks, scope.changed, scope.graph);
  if (derivation.changes.length === 0) return derivation;
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const events = derivation.changes.map((c): EventDraft => ({
    key: `${c.taskId}/derived/${c.to}/${c.completedAt ?? since(byId.get(c.taskId)!, byId)}`,
    type: 'status_change',
    actorUserId,
    taskId: c.taskId,
    reason: '',
    at: now,
    summary: { key: `event.derived.${c.to}`, params: { title: byId.get(c.taskId)?.title ?? '' } },
  }));
  const updates = derivation.changes.map((c) => ({
    id: c.taskId,
    values: { status: c.to, ...(c.completedAt !== undefined ? { completedAt: c.completedAt } : {}) },
  }));
  store.checkWrites([
    { table: 'tasks', rows: updates.map((u) => u.values) },
    ...recordWrites(store, derivation.notices, events, now),
  ]);
  // [O4] A derived change may be told before its status is written: what it tells (the predecessors are
  // done) has landed already, and every runner derives the same change again under the same keys.
  await record(store, derivation.notices, events, now);
  await keepOnePerKey(store, derivation.notices, events);
  await store.update('tasks', updates);
  return derivation;
}

/** When a derived change became due: the latest completion among the task's predecessors. */
function since(task: Task, byId: Map<string, Task>): number {
  return Math.max(0, ...task.dependsOnIds.map((id) => byId.get(id)?.completedAt ?? 0));
}

export type WorkResult = { ok: true; task: Task } | { ok: false; code: WorkRefusal | 'overtaken' };

/** A stage action on the fresh task, then the cascade it sets off. */
export async function work(
  store: BatonStore,
  data: CoreData,
  taskId: string,
  action: WorkAction,
  actorUserId: string,
  clock: { now: number; todayStart: number },
  retrying = false,
  wait?: Wait,
): Promise<WorkResult> {
  const decide = (task: Task, tasks: Task[]) => {
    const parent = task.parentId ? tasks.find((t) => t.id === task.parentId) : undefined;
    return performWork(task, action, { ...data, tasks, actorUserId, parent, ...clock });
  };
  const result = await carryOut(store, data, taskId, actorUserId, clock.now, decide, retrying, wait);
  if (result.ok || result.code !== 'wrongStatus' || action.kind !== 'accept') return result;
  return (await finishAccept(store, data, taskId, actorUserId, clock.now, decide)) ?? result;
}

/**
 * [W3] A retry of an accept whose cascade failed finds the stage done: if this actor's accept of this round is
 * in the history (the key the accept would write now), the accept landed and only its cascade is finished.
 */
async function finishAccept(
  store: BatonStore,
  data: CoreData,
  taskId: string,
  actorUserId: string,
  now: number,
  decide: (task: Task, tasks: Task[]) => Decision<WorkRefusal>,
): Promise<WorkResult | undefined> {
  const task = await freshTask(store, taskId);
  if (task.status !== 'done') return undefined;
  const tasks = data.tasks.map((t) => (t.id === task.id ? task : t));
  const asReviewed = decide({ ...task, status: 'in_review' }, tasks);
  if (!asReviewed.ok) return undefined;
  const key = asReviewed.event.key;
  if (!(await store.findKeyed('taskEvents', 'key', [key])).has(key)) return undefined;
  await cascade(store, tasks, actorUserId, now, { changed: [task.id] });
  return { ok: true, task };
}

/** What a core transition decides: the task's changes, one history event and the notices, or a refusal. */
export type Decision<Code> =
  | { ok: true; changes: Partial<Omit<Task, 'id'>>; event: EventDraft; notices: NoticeDraft[] }
  | { ok: false; code: Code };

export async function freshTask(store: BatonStore, taskId: string): Promise<Task> {
  const [fresh] = await store.readByIds('tasks', [taskId]);
  return toTask(fresh!);
}

/**
 * The one way an action on a task is carried out: the task is re-read (someone may have changed it since the
 * sidebar read it) and the core decides on that copy; [O2] the whole write set is checked against the live
 * schema; [O1] the task's change is written first, then its history and notices, then the cascade it sets off.
 * [O3] A retry whose earlier attempt changed the task but failed before telling anyone finds the change
 * landed (the decision on the task as the sidebar saw it, already in the Base; or, on a page re-read since,
 * what the failed attempt owes: outboxOwed.ts) and writes only what is left, under the same keys.
 * [X5] Given a `wait`, an action that answers a question others may answer at the same moment ranks its
 * history row among theirs once copies have synced: the first by the Base's clock is the outcome, and any
 * other tells no one and answers `overtaken` (settleRivals).
 */
export async function carryOut<Code>(
  store: BatonStore,
  data: CoreData,
  taskId: string,
  actorUserId: string,
  now: number,
  decide: (task: Task, tasks: Task[]) => Decision<Code>,
  retrying = false,
  wait?: Wait,
): Promise<{ ok: true; task: Task } | { ok: false; code: Code | 'overtaken' }> {
  // [X3] A retry reads a settled copy: what the failed attempt owes, or a decision, on a row another
  // writer may have changed meanwhile.
  if (retrying && wait) await wait(SETTLE_MS);
  const task = await freshTask(store, taskId);
  const tasks = data.tasks.map((t) => (t.id === task.id ? task : t));
  // Asked first: an action repeatable on its own result (a reassignment) would otherwise be done again.
  const landed = retrying ? landedBefore(data, task, decide) : undefined;
  // The page was re-read since the failure: what the failed attempt owes is told from memory.
  if (!landed && retrying && (await payOwed(store, now, { taskId, at: now })) > 0) return { ok: true, task };
  const outcome = landed ?? decide(task, tasks);
  if (!outcome.ok) return outcome;
  const values = valuesOf(outcome.changes);
  const hasChange = Object.keys(outcome.changes).length > 0;
  store.checkWrites([
    { table: 'tasks', rows: hasChange ? [values] : [] },
    ...recordWrites(store, outcome.notices, [outcome.event], now),
  ]);
  const changed = { ...task, ...outcome.changes };
  if (!hasChange) {
    // [O1] Notices are all a nudge changes: its history follows them.
    await record(store, outcome.notices, [], now, new Map(), true, retrying);
    await record(store, [], [outcome.event], now, new Map(), true, retrying);
    return { ok: true, task: changed };
  }
  const owed = { writes: [{ id: task.id, values }], notices: outcome.notices, events: [outcome.event], now };
  let lost = false;
  try {
    if (!landed) await store.update('tasks', [{ id: task.id, values }]);
    if (wait && contested(outcome.event.key)) {
      const verdict = await rankIntent(store, data, task, outcome.event, wait, retrying);
      lost = !verdict.won;
      // What an earlier attempt owes is the winner's to tell.
      if (lost) settle(outcome.event.key);
      await showOutcome(store, data, task, outcome.changes, verdict);
      if (!verdict.won && verdict.leftover.length > 0)
        await store.remove('taskEvents', verdict.leftover).catch(() => undefined);
      if (!verdict.won && !verdict.same) return { ok: false, code: 'overtaken' };
      if (!verdict.won) return { ok: true, task: await freshTask(store, task.id) };
      await record(store, outcome.notices, [], now, new Map(), true, retrying);
    } else await record(store, outcome.notices, [outcome.event], now, new Map(), true, retrying);
  } catch (error) {
    // A loser owes nothing: what it would tell is not what happened.
    if (!lost) owe(outcome.event.key, owed);
    throw error;
  }
  settle(outcome.event.key);
  await cascade(
    store,
    tasks.map((t) => (t.id === task.id ? changed : t)),
    actorUserId,
    now,
    { changed: [task.id] },
  );
  return { ok: true, task: changed };
}

/**
 * The decision on the task as the sidebar saw it, when the fresh task already carries exactly its changes:
 * an earlier attempt of this action landed. Changes stamped with the attempt's time tell it from someone
 * else's action.
 */
export function landedBefore<Code>(
  data: CoreData,
  fresh: Task,
  decide: (task: Task, tasks: Task[]) => Decision<Code>,
): Decision<Code> | undefined {
  const seen = data.tasks.find((t) => t.id === fresh.id);
  if (!seen) return undefined;
  const outcome = decide(seen, data.tasks);
  if (!outcome.ok || Object.keys(outcome.changes).length === 0) return undefined;
  return carries(fresh, outcome.changes) ? outcome : undefined;
}

/** Whether the task holds exactly these changes. */
export function carries(task: Task, changes: Partial<Omit<Task, 'id'>>): boolean {
  const now = Object.fromEntries(Object.keys(changes).map((k) => [k, task[k as keyof Task]]));
  return JSON.stringify(valuesOf(changes)) === JSON.stringify(valuesOf(now));
}

/**
 * [X5] Writes the action's history row (its intent), lets rival intents reach this copy and ranks them
 * (contest.ts) among those decided on the same task.
 */
async function rankIntent(
  store: BatonStore,
  data: CoreData,
  task: Task,
  event: EventDraft,
  wait: Wait,
  retrying: boolean,
): Promise<Verdict> {
  const ids = await store.addKeyed(
    'taskEvents',
    'key',
    eventRows([event], baseLocale(store)),
    true,
    retrying,
  );
  return contest(store, task.id, event.key, ids.get(event.key), wait, concurrentOn(task, data));
}

/**
 * The task as the outcome makes it: the winner's own changes (a loser's write may have landed after them), or
 * the winner's, decided again from its row, put back by a loser.
 */
async function showOutcome(
  store: BatonStore,
  data: CoreData,
  task: Task,
  mine: Partial<Omit<Task, 'id'>>,
  verdict: Verdict,
) {
  const changes = verdict.won ? mine : replay(verdict.winner, task, data)?.changes;
  if (changes && !carries(await freshTask(store, task.id), changes))
    await store.update('tasks', [{ id: task.id, values: valuesOf(changes) }]);
}

/** Task properties an action may change, and the schema field each is stored in. */
const FIELD_OF: Partial<Record<keyof Task, FieldKey<'tasks'>>> = {
  status: 'status',
  acknowledgedAt: 'acknowledgedAt',
  assignedAt: 'assignedAt',
  completedAt: 'completedAt',
  submittedAt: 'submittedAt',
  responsibleUserIds: 'responsible',
  primaryDepartmentId: 'primaryDepartment',
  origin: 'origin',
  // Edited after sending (taskEdit.ts).
  title: 'title',
  description: 'description',
  due: 'due',
  points: 'points',
};

/** The cells an action changes; a change to undefined clears the cell. */
export function valuesOf(changes: Partial<Omit<Task, 'id'>>) {
  const all = fromTask(changes as Omit<Task, 'id'>);
  return Object.fromEntries(
    (Object.keys(changes) as (keyof Task)[]).flatMap((prop) => {
      const field = FIELD_OF[prop];
      return field ? [[field, all[field]]] : [];
    }),
  );
}
