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
import { keepOnePerKey, record } from './outbox';

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
  await record(store, derivation.notices, events, now);
  await keepOnePerKey(store, derivation.notices, events);
  await store.update(
    'tasks',
    derivation.changes.map((c) => ({
      id: c.taskId,
      values: { status: c.to, ...(c.completedAt !== undefined ? { completedAt: c.completedAt } : {}) },
    })),
  );
  return derivation;
}

/** When a derived change became due: the latest completion among the task's predecessors. */
function since(task: Task, byId: Map<string, Task>): number {
  return Math.max(0, ...task.dependsOnIds.map((id) => byId.get(id)?.completedAt ?? 0));
}

export type WorkResult = { ok: true; task: Task } | { ok: false; code: WorkRefusal };

/** A stage action on the fresh task, then the cascade it sets off. */
export async function work(
  store: BatonStore,
  data: CoreData,
  taskId: string,
  action: WorkAction,
  actorUserId: string,
  clock: { now: number; todayStart: number },
): Promise<WorkResult> {
  const decide = (task: Task, tasks: Task[]) => {
    const parent = task.parentId ? tasks.find((t) => t.id === task.parentId) : undefined;
    return performWork(task, action, { ...data, tasks, actorUserId, parent, ...clock });
  };
  const result = await carryOut(store, data, taskId, actorUserId, clock.now, decide);
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
 * sidebar read it), the core decides on that copy, the history and notices are written before the task (a
 * retry after a failed update finds them by key and finishes), then the cascade the change sets off.
 */
export async function carryOut<Code>(
  store: BatonStore,
  data: CoreData,
  taskId: string,
  actorUserId: string,
  now: number,
  decide: (task: Task, tasks: Task[]) => Decision<Code>,
): Promise<{ ok: true; task: Task } | { ok: false; code: Code }> {
  const task = await freshTask(store, taskId);
  const tasks = data.tasks.map((t) => (t.id === task.id ? task : t));
  const outcome = decide(task, tasks);
  if (!outcome.ok) return outcome;
  await record(store, outcome.notices, [outcome.event], now);
  const changed = { ...task, ...outcome.changes };
  if (Object.keys(outcome.changes).length === 0) return { ok: true, task: changed };
  await store.update('tasks', [{ id: task.id, values: valuesOf(outcome.changes) }]);
  await cascade(
    store,
    tasks.map((t) => (t.id === task.id ? changed : t)),
    actorUserId,
    now,
    { changed: [task.id] },
  );
  return { ok: true, task: changed };
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
