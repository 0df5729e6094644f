/**
 * Problems in the graph as people left it (a cycle, a deleted or cancelled predecessor, no owner, dates the
 * wrong way round, a status typed by hand): flagged on the task, never fixed silently and never a crash.
 * Rules [C3][C4].
 */
import { holdsBack, UNHELD_STATUSES, type Task } from './model';
import { prepareGraph, type Graph } from './taskGraph';

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

/** Every flag of every task, in the order of the tasks. */
export function taskFlags(tasks: Task[], graph: Graph = prepareGraph(tasks)): TaskFlag[] {
  return graph.tasks.flatMap((task, at) => [
    ...linkFlags(task, at, graph),
    ...ownFlags(task),
    ...startedFlag(task, at, graph),
  ]);
}

function linkFlags(task: Task, at: number, graph: Graph): TaskFlag[] {
  const flags: TaskFlag[] = [];
  if (graph.cyclic[at]) flags.push({ taskId: task.id, code: 'cycle' });
  for (const id of task.dependsOnIds) {
    const before = graph.tasks[graph.position.get(id) ?? -1];
    if (!before) flags.push({ taskId: task.id, code: 'missingPredecessor' });
    else if (before.status === 'cancelled')
      flags.push({ taskId: task.id, code: 'cancelledPredecessor', params: { title: before.title } });
  }
  return flags;
}

function ownFlags(task: Task): TaskFlag[] {
  const flags: TaskFlag[] = [];
  if (task.status === undefined && task.unknownStatus)
    flags.push({ taskId: task.id, code: 'unknownStatus', params: { text: task.unknownStatus } });
  const open = task.status !== 'done' && task.status !== 'cancelled';
  if (task.kind === 'stage' && task.responsibleUserIds.length === 0 && open)
    flags.push({ taskId: task.id, code: 'noOwner' });
  if (task.start !== undefined && task.due !== undefined && task.due < task.start)
    flags.push({ taskId: task.id, code: 'dueBeforeStart' });
  return flags;
}

/** [C4] A started stage whose predecessor is not done (reopened) is flagged, never moved back. */
function startedFlag(task: Task, at: number, graph: Graph): TaskFlag[] {
  const started = task.status === 'in_progress' || task.status === 'in_review';
  if (!started || graph.cyclic[at] || !(task.kind === 'stage' || task.parentId)) return [];
  const parent = graph.tasks[graph.parent[at]!];
  if (parent && UNHELD_STATUSES.has(parent.status)) return [];
  return graph.predecessors[at]!.some((p) => holdsBack(graph.tasks[p]!))
    ? [{ taskId: task.id, code: 'startedBeforePredecessor' }]
    : [];
}
