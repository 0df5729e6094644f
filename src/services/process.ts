/**
 * Process tracking as use cases: deriving statuses from the graph and writing only what changed, and the
 * stage actions (start, submit, accept, send back, nudge) followed by the cascade they trigger.
 */
import { derive, type Derivation } from '../core/cascade';
import type { Graph } from '../core/taskGraph';
import type { Task } from '../core/model';
import type { EventDraft } from '../core/notices';
import { performWork, type WorkAction, type WorkRefusal } from '../core/process';
import { fromTask, toTask } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';
import { record } from './outbox';

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
    summary: { key: 'event.derived', params: { title: byId.get(c.taskId)?.title ?? '', status: c.to } },
  }));
  await record(store, derivation.notices, events, now);
  // Two writers cascading the same edit at once both looked and found nothing: keep one row per key.
  await Promise.all([
    store.removeDuplicateKeys(
      'notifications',
      'key',
      derivation.notices.map((n) => n.key),
    ),
    store.removeDuplicateKeys(
      'taskEvents',
      'key',
      events.map((e) => e.key),
    ),
  ]);
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
  const [fresh] = await store.readByIds('tasks', [taskId]);
  const task = toTask(fresh!);
  const tasks = data.tasks.map((t) => (t.id === task.id ? task : t));
  const parent = task.parentId ? tasks.find((t) => t.id === task.parentId) : undefined;
  const outcome = performWork(task, action, { ...data, tasks, actorUserId, parent, ...clock });
  if (!outcome.ok) return outcome;
  await record(store, outcome.notices, [outcome.event], clock.now);
  const changed = { ...task, ...outcome.changes };
  if (Object.keys(outcome.changes).length > 0) {
    const all = fromTask(changed);
    await store.update('tasks', [
      {
        id: task.id,
        values: {
          status: all.status,
          completedAt: all.completedAt,
          acknowledgedAt: all.acknowledgedAt,
          submittedAt: all.submittedAt,
        },
      },
    ]);
    await cascade(
      store,
      tasks.map((t) => (t.id === task.id ? changed : t)),
      actorUserId,
      clock.now,
      { changed: [task.id] },
    );
  }
  return { ok: true, task: changed };
}
