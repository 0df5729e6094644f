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
function stageTarget(task: Task, index: TaskIndex, cycle: Set<string>): TaskStatus | undefined {
  if (cycle.has(task.id) || task.status === undefined) return undefined;
  // Stages of a task nobody holds yet (draft, in the pool, declined, cancelled) wait whatever their predecessors.
  const parent = task.parentId ? index.byId.get(task.parentId) : undefined;
  if (parent && ['draft', 'open', 'declined', 'cancelled'].includes(parent.status ?? '')) return undefined;
  const blocked = blockingPredecessors(task, index).length > 0;
  if (NOT_STARTED.has(task.status)) return blocked ? 'waiting' : 'ready';
  return undefined;
}

/** [C4] A started stage whose predecessor is not done (reopened) is flagged, never moved back. */
function startedFlag(task: Task, index: TaskIndex, cycle: Set<string>): TaskFlag[] {
  if (cycle.has(task.id) || !(task.kind === 'stage' || task.parentId) || !STARTED.has(task.status)) return [];
  const parent = task.parentId ? index.byId.get(task.parentId) : undefined;
  if (parent && ['draft', 'open', 'declined', 'cancelled'].includes(parent.status ?? '')) return [];
  return blockingPredecessors(task, index).length > 0
    ? [{ taskId: task.id, code: 'startedBeforePredecessor' }]
    : [];
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

/** The graph's structure, which derivation does not change: computed once per read of the tasks. */
export interface Graph {
  index: TaskIndex;
  cyclic: Set<string>;
}

export function prepareGraph(tasks: Task[]): Graph {
  const index = indexTasks(tasks);
  return {
    index,
    cyclic: cyclicNodes(
      tasks.map((t) => t.id),
      (id) => index.byId.get(id)?.dependsOnIds ?? [],
    ),
  };
}

/**
 * [C6] Derives the statuses that follow from the graph. With `changed`, only what those tasks can reach is
 * looked at (incremental); the result is the same as a full derivation restricted to those tasks. A prepared
 * `graph` (of the same tasks) saves rebuilding the structure on every derivation.
 */
export function derive(
  tasks: Task[],
  changed?: Iterable<string>,
  graph: Graph = prepareGraph(tasks),
): Derivation {
  const { index, cyclic } = graph;
  // Derived statuses are applied to a copy of the lookup, so the prepared graph stays as read.
  const byId = new Map(index.byId);
  const current: TaskIndex = { ...index, byId };
  const scope = changed ? [...reachableFrom(changed, index)] : tasks.map((t) => t.id);
  const changes = new Map<string, StatusChange>();
  const notices = new Map<string, NoticeDraft>();
  // First every task in scope; then, while something moves, only what the moved tasks touch.
  let pending = scope;
  for (let pass = 0; pass < 20 && pending.length > 0; pass++) {
    const moved: Omit<StatusChange, 'from'>[] = [];
    for (const id of pending) {
      const task = byId.get(id);
      const change = task ? targetOf(task, current, cyclic) : undefined;
      if (change && change.to !== task!.status) moved.push(change);
    }
    for (const m of moved) {
      const task = byId.get(m.taskId)!;
      changes.set(m.taskId, { ...m, from: changes.get(m.taskId)?.from ?? task.status });
      byId.set(m.taskId, { ...task, status: m.to, completedAt: m.completedAt ?? task.completedAt });
    }
    for (const m of moved) {
      if (m.to === 'ready')
        readyNotice(byId.get(m.taskId)!, current).forEach((n) => notices.set(n.taskId!, n));
    }
    pending = [
      ...new Set(
        moved.flatMap((m) => [...(index.successors.get(m.taskId) ?? []), byId.get(m.taskId)?.parentId ?? '']),
      ),
    ];
  }
  const final = [...changes.values()].filter((c) => c.from !== c.to);
  const readyIds = new Set(final.filter((c) => c.to === 'ready').map((c) => c.taskId));
  const flags = scope.flatMap((id) => {
    const task = byId.get(id);
    return task ? [...flagsOf(task, current, cyclic), ...startedFlag(task, current, cyclic)] : [];
  });
  return { changes: final, notices: [...notices.values()].filter((n) => readyIds.has(n.taskId!)), flags };
}

function targetOf(task: Task, index: TaskIndex, cyclic: Set<string>): Omit<StatusChange, 'from'> | undefined {
  if (task.kind === 'stage' || task.parentId) {
    const to = stageTarget(task, index, cyclic);
    return to ? { taskId: task.id, to } : undefined;
  }
  const stages = (index.stagesOf.get(task.id) ?? []).map((s) => index.byId.get(s.id) ?? s);
  const target = specialTarget(task, stages);
  return target ? { taskId: task.id, to: target.status, completedAt: target.completedAt } : undefined;
}
