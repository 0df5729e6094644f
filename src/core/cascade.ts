/**
 * Dependency-triggered status (流程跟踪): the statuses that follow from the graph, derived, never typed by
 * hand. Derivation returns the minimal changes and the "you can start" notices; applied to its own output it
 * returns nothing, and it does not depend on the order of the tasks. Rules [C1]-[C6].
 */
import type { Task, TaskStatus } from './model';
import type { NoticeDraft } from './notices';
import { cyclicNodes } from './taskGraph';
import { indexTasks, reachableFrom, type TaskIndex } from './taskIndex';

export type FlagCode =
  | 'cycle'
  | 'missingPredecessor'
  | 'cancelledPredecessor'
  | 'startedBeforePredecessor'
  | 'noOwner'
  | 'dueBeforeStart'
  | 'unknownStatus';

export interface TaskFlag {
  taskId: string;
  code: FlagCode;
  params?: Record<string, string>;
}

export interface StatusChange {
  taskId: string;
  from?: TaskStatus;
  to: TaskStatus;
  completedAt?: number;
}

export interface Derivation {
  changes: StatusChange[];
  notices: NoticeDraft[];
  flags: TaskFlag[];
}

/** Statuses a stage moves between by itself, before anyone starts it. */
const NOT_STARTED: ReadonlySet<TaskStatus | undefined> = new Set(['waiting', 'ready']);
const STARTED: ReadonlySet<TaskStatus | undefined> = new Set(['in_progress', 'in_review']);

/** [C1] A predecessor holds its successors back until it is done; a cancelled one no longer does. */
function blockingPredecessors(task: Task, index: TaskIndex): Task[] {
  return task.dependsOnIds
    .map((id) => index.byId.get(id))
    .filter((p): p is Task => Boolean(p) && p!.status !== 'done' && p!.status !== 'cancelled');
}

function flagsOf(task: Task, index: TaskIndex, cycle: Set<string>): TaskFlag[] {
  const flags: TaskFlag[] = [];
  if (cycle.has(task.id)) flags.push({ taskId: task.id, code: 'cycle' });
  for (const id of task.dependsOnIds) {
    const before = index.byId.get(id);
    if (!before) flags.push({ taskId: task.id, code: 'missingPredecessor' });
    else if (before.status === 'cancelled')
      flags.push({ taskId: task.id, code: 'cancelledPredecessor', params: { title: before.title } });
  }
  if (task.status === undefined && task.unknownStatus)
    flags.push({ taskId: task.id, code: 'unknownStatus', params: { text: task.unknownStatus } });
  if (
    task.kind === 'stage' &&
    task.responsibleUserIds.length === 0 &&
    task.status !== 'done' &&
    task.status !== 'cancelled'
  )
    flags.push({ taskId: task.id, code: 'noOwner' });
  if (task.start !== undefined && task.due !== undefined && task.due < task.start)
    flags.push({ taskId: task.id, code: 'dueBeforeStart' });
  return flags;
}

/** [C2] The notice key names the moment the stage became ready (its last predecessor's completion). */
function readyNotice(task: Task, index: TaskIndex): NoticeDraft[] {
  const owner = task.responsibleUserIds[0];
  if (!owner) return [];
  const since = Math.max(0, ...task.dependsOnIds.map((id) => index.byId.get(id)?.completedAt ?? 0));
  const parent = task.parentId ? index.byId.get(task.parentId) : undefined;
  return [
    {
      key: `${task.id}/ready/${since}`,
      type: 'ready',
      recipientUserId: owner,
      taskId: task.id,
      message: { key: 'notice.ready', params: { title: task.title, parent: parent?.title ?? '' } },
    },
  ];
}

/** [C1][C4] The status a stage should have, or undefined to leave it as it is. */
function stageTarget(
  task: Task,
  index: TaskIndex,
  cycle: Set<string>,
  flags: TaskFlag[],
): TaskStatus | undefined {
  if (cycle.has(task.id) || task.status === undefined) return undefined;
  // Stages of a task nobody holds yet (draft, in the pool, declined, cancelled) wait whatever their predecessors.
  const parent = task.parentId ? index.byId.get(task.parentId) : undefined;
  if (parent && ['draft', 'open', 'declined', 'cancelled'].includes(parent.status ?? '')) return undefined;
  const blocked = blockingPredecessors(task, index).length > 0;
  if (NOT_STARTED.has(task.status)) return blocked ? 'waiting' : 'ready';
  if (STARTED.has(task.status) && blocked) flags.push({ taskId: task.id, code: 'startedBeforePredecessor' });
  return undefined;
}

/** [C5] A special task with stages is done when every stage is, and back in progress when one reopens. */
function specialTarget(task: Task, stages: Task[]): { status: TaskStatus; completedAt?: number } | undefined {
  const live = stages.filter((s) => s.status !== 'cancelled');
  if (live.length === 0 || task.status === undefined) return undefined;
  if (['draft', 'open', 'cancelled', 'declined'].includes(task.status)) return undefined;
  const allDone = live.every((s) => s.status === 'done');
  if (allDone)
    return { status: 'done', completedAt: Math.max(...live.map((s) => s.completedAt ?? 0)) || undefined };
  if (task.status === 'done') return { status: 'in_progress' };
  return undefined;
}

/**
 * [C6] Derives the statuses that follow from the graph. With `changed`, only what those tasks can reach is
 * looked at (incremental); the result is the same as a full derivation restricted to those tasks.
 */
export function derive(tasks: Task[], changed?: Iterable<string>): Derivation {
  let current = tasks;
  const changes = new Map<string, StatusChange>();
  const notices: NoticeDraft[] = [];
  let flags: TaskFlag[] = [];
  // A special task completing can release tasks that depend on it: repeat until nothing moves.
  for (let pass = 0; pass < 10; pass++) {
    const index = indexTasks(current);
    const scope = changed ? reachableFrom(changed, index) : undefined;
    const inScope = (t: Task) => !scope || scope.has(t.id);
    const cycle = cycleMembers(current.filter(inScope), index);
    flags = [];
    const moved: StatusChange[] = [];
    for (const task of current.filter(inScope)) {
      flags.push(...flagsOf(task, index, cycle));
      if (task.kind === 'stage' || task.parentId) {
        const to = stageTarget(task, index, cycle, flags);
        if (to && to !== task.status) {
          moved.push({ taskId: task.id, from: task.status, to });
          if (to === 'ready') notices.push(...readyNotice(task, index));
        }
      } else {
        const target = specialTarget(task, index.stagesOf.get(task.id) ?? []);
        if (target && target.status !== task.status)
          moved.push({
            taskId: task.id,
            from: task.status,
            to: target.status,
            completedAt: target.completedAt,
          });
      }
    }
    if (moved.length === 0) break;
    for (const m of moved) changes.set(m.taskId, { ...m, from: changes.get(m.taskId)?.from ?? m.from });
    const byId = new Map(moved.map((m) => [m.taskId, m]));
    current = current.map((t) => {
      const m = byId.get(t.id);
      return m ? { ...t, status: m.to, completedAt: m.completedAt ?? t.completedAt } : t;
    });
    changed = changed ? [...changed, ...moved.map((m) => m.taskId)] : undefined;
  }
  const final = [...changes.values()].filter((c) => c.from !== c.to);
  const finalIds = new Set(final.map((c) => c.taskId));
  return {
    changes: final,
    notices: notices.filter(
      (n) => finalIds.has(n.taskId!) && final.find((c) => c.taskId === n.taskId)?.to === 'ready',
    ),
    flags,
  };
}

function cycleMembers(tasks: Task[], index: TaskIndex): Set<string> {
  return cyclicNodes(
    tasks.map((t) => t.id),
    (id) => index.byId.get(id)?.dependsOnIds ?? [],
  );
}
