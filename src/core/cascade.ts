/**
 * Dependency-triggered status (流程跟踪): the statuses that follow from the graph, derived, never typed by
 * hand. Derivation returns the minimal changes and the "you can start" notices; applied to its own output it
 * returns nothing, and it does not depend on the order of the tasks. Rules [C1]-[C6]; the problems it leaves
 * alone are flagged by taskFlags.
 */
import { holdsBack, UNHELD_STATUSES, type Task, type TaskStatus } from './model';
import type { NoticeDraft } from './notices';
import { prepareGraph, reach, type Graph } from './taskGraph';

export interface StatusChange {
  taskId: string;
  from?: TaskStatus;
  to: TaskStatus;
  completedAt?: number;
}

export interface Derivation {
  changes: StatusChange[];
  notices: NoticeDraft[];
}

/** Statuses a stage moves between by itself, before anyone starts it. */
const NOT_STARTED: ReadonlySet<TaskStatus | undefined> = new Set(['waiting', 'ready']);

/** The tasks by position as derivation currently sees them: as read, or with the status derived so far. */
type Current = Task[];

function isBlocked(at: number, current: Current, graph: Graph): boolean {
  return graph.predecessors[at]!.some((p) => holdsBack(current[p]!));
}

/** [C2] The notice key names the moment the stage became ready (its last predecessor's completion). */
function readyNotice(at: number, current: Current, graph: Graph): NoticeDraft[] {
  const task = current[at]!;
  const owner = task.responsibleUserIds[0];
  if (!owner) return [];
  const since = Math.max(0, ...graph.predecessors[at]!.map((p) => current[p]!.completedAt ?? 0));
  const parent = current[graph.parent[at]!];
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

/** [C1][C4] The status a stage should have, or undefined to leave it as it is (started stages stay). */
function stageTarget(at: number, current: Current, graph: Graph): TaskStatus | undefined {
  if (!NOT_STARTED.has(current[at]!.status) || graph.cyclic[at]) return undefined;
  const parent = current[graph.parent[at]!];
  if (parent && UNHELD_STATUSES.has(parent.status)) return undefined;
  return isBlocked(at, current, graph) ? 'waiting' : 'ready';
}

/** [C5] A special task with stages is done when every stage is, and back in progress when one reopens. */
function specialTarget(task: Task, stages: Task[]): { status: TaskStatus; completedAt?: number } | undefined {
  const live = stages.filter((s) => s.status !== 'cancelled');
  if (live.length === 0 || task.status === undefined || UNHELD_STATUSES.has(task.status)) return undefined;
  const allDone = live.every((s) => s.status === 'done');
  if (allDone)
    return { status: 'done', completedAt: Math.max(...live.map((s) => s.completedAt ?? 0)) || undefined };
  if (task.status === 'done') return { status: 'in_progress' };
  return undefined;
}

interface Move {
  at: number;
  to: TaskStatus;
  completedAt?: number;
}

function targetOf(at: number, current: Current, graph: Graph): Move | undefined {
  const task = current[at]!;
  if (task.kind === 'stage' || task.parentId) {
    const to = stageTarget(at, current, graph);
    return to ? { at, to } : undefined;
  }
  const target = specialTarget(
    task,
    graph.stages[at]!.map((s) => current[s]!),
  );
  return target ? { at, to: target.status, completedAt: target.completedAt } : undefined;
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
  // Derived statuses go to a copy of the list, so the prepared graph stays as read.
  const current: Current = graph.tasks.slice();
  const last = new Map<number, Move>();
  // First every task in scope; then, while something moves, only what the moved tasks touch.
  let pending: Iterable<number> = changed ? reach(graph, changed) : current.keys();
  for (let pass = 0; pass < 20; pass++) {
    const moved: Move[] = [];
    for (const at of pending) {
      const move = targetOf(at, current, graph);
      if (move && move.to !== current[at]!.status) moved.push(move);
    }
    if (moved.length === 0) break;
    for (const m of moved) {
      const task = current[m.at]!;
      current[m.at] = { ...task, status: m.to, completedAt: m.completedAt ?? task.completedAt };
      last.set(m.at, m);
    }
    pending = touchedBy(moved, graph);
  }
  // In the order of the tasks, so that an incremental derivation reads like the full one.
  const final = [...last.values()]
    .filter((m) => m.to !== graph.tasks[m.at]!.status)
    .sort((a, b) => a.at - b.at);
  return {
    changes: final.map((m) => ({
      taskId: graph.tasks[m.at]!.id,
      from: graph.tasks[m.at]!.status,
      to: m.to,
      ...(m.completedAt !== undefined ? { completedAt: m.completedAt } : {}),
    })),
    notices: final.flatMap((m) => (m.to === 'ready' ? readyNotice(m.at, current, graph) : [])),
  };
}

/** The tasks with these changes applied: what the next step (escalation, a test) sees after a derivation. */
export function applyChanges(tasks: Task[], changes: StatusChange[]): Task[] {
  const byId = new Map(changes.map((c) => [c.taskId, c]));
  return tasks.map((t) => {
    const c = byId.get(t.id);
    return c ? { ...t, status: c.to, completedAt: c.completedAt ?? t.completedAt } : t;
  });
}

/** What a status move can change next: the successors of the moved tasks and their special tasks. */
function touchedBy(moved: Move[], graph: Graph): Set<number> {
  const next = new Set<number>();
  for (const { at } of moved) {
    for (const s of graph.successors[at]!) next.add(s);
    if (graph.parent[at]! >= 0) next.add(graph.parent[at]!);
  }
  return next;
}
