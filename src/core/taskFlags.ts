/**
 * Problems in the graph as people left it (a cycle, a deleted or cancelled predecessor, no owner, dates the
 * wrong way round, a status typed by hand): flagged on the task, never fixed silently and never a crash.
 * Rules [C3][C4].
 */
import { holdsBack, UNHELD_STATUSES, type Task } from './model';
import { taskIndexOf } from './taskIndex';
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

/** How the flag rules see a task's links: through a prepared graph, or through the list's index for a few tasks. */
interface Links {
  find(id: string): Task | undefined;
  onCycle(task: Task, at: number): boolean;
}

/**
 * Every flag of every task, in the order of the tasks. Without a prepared graph, "on a cycle" is found by walking
 * back from each task something waits on ([SP13]): task lists hold short chains, and preparing the graph of
 * 20,000 tasks cost the health page's first frame more than all the walks. Past a budget of steps (long chains),
 * the graph's strongly connected components are cheaper, and are used.
 */
export function taskFlags(tasks: Task[], graph?: Graph): TaskFlag[] {
  const links = graph ? graphLinks(graph) : (walkedLinks(tasks) ?? graphLinks(prepareGraph(tasks)));
  const flags: TaskFlag[] = [];
  (graph?.tasks ?? tasks).forEach((task, at) => addFlags(task, at, links, flags));
  return flags;
}

const graphLinks = (graph: Graph): Links => ({
  find: (id) => graph.tasks[graph.position.get(id) ?? -1],
  onCycle: (_, at) => graph.cyclic[at] === 1,
});

const WALK_STEPS_PER_TASK = 8;

function walkedLinks(tasks: Task[]): Links | undefined {
  const { byId, successors } = taskIndexOf(tasks);
  const cyclic = new Set<string>();
  let budget = WALK_STEPS_PER_TASK * tasks.length + 100;
  for (const task of tasks) {
    if (!successors.has(task.id)) continue; // nothing waits on it: it closes no cycle
    const walk = walkBack(task, byId, budget);
    if (!walk) return undefined;
    budget -= walk.steps;
    if (walk.leadsBack) cyclic.add(task.id);
  }
  return { find: (id) => byId.get(id), onCycle: (task) => cyclic.has(task.id) };
}

/** Into one list: at the cap, a list per task and rule cost more than the rules. */
function addFlags(task: Task, at: number, links: Links, flags: TaskFlag[]): void {
  addLinkFlags(task, at, links, flags);
  addOwnFlags(task, flags);
  if (startedBeforePredecessor(task, at, links))
    flags.push({ taskId: task.id, code: 'startedBeforePredecessor' });
}

/**
 * [SP13] The flags of some of the list's tasks, in the order `taskFlags` finds them: a row on screen asks for its
 * own tasks' flags. A task is on a cycle when its predecessors lead back to it, which walks only what it waits on.
 */
export function flagsOfTasks(items: Task[], tasks: Task[]): TaskFlag[] {
  const { byId, positionOf } = taskIndexOf(tasks);
  const links: Links = { find: (id) => byId.get(id), onCycle: (task) => leadsBack(task, byId) };
  const flags: TaskFlag[] = [];
  items
    .map((item) => positionOf.get(item.id))
    .filter((at): at is number => at !== undefined)
    .sort((a, b) => a - b)
    .forEach((at) => addFlags(tasks[at]!, at, links, flags));
  return flags;
}

const leadsBack = (task: Task, byId: Map<string, Task>): boolean => walkBack(task, byId, Infinity)!.leadsBack;

/** Whether `task`'s predecessors lead back to it, and the steps it took; undefined past `budget` steps. */
function walkBack(task: Task, byId: Map<string, Task>, budget: number) {
  const seen = new Set<string>();
  const next = [...task.dependsOnIds];
  let steps = 0;
  while (next.length > 0) {
    if (++steps > budget) return undefined;
    const id = next.pop()!;
    if (id === task.id) return { leadsBack: true, steps };
    const before = byId.get(id);
    if (!before || seen.has(id)) continue;
    seen.add(id);
    next.push(...before.dependsOnIds);
  }
  return { leadsBack: false, steps };
}

function addLinkFlags(task: Task, at: number, links: Links, flags: TaskFlag[]): void {
  if (links.onCycle(task, at)) flags.push({ taskId: task.id, code: 'cycle' });
  for (const id of task.dependsOnIds) {
    const before = links.find(id);
    if (!before) flags.push({ taskId: task.id, code: 'missingPredecessor' });
    else if (before.status === 'cancelled')
      flags.push({ taskId: task.id, code: 'cancelledPredecessor', params: { title: before.title } });
  }
}

function addOwnFlags(task: Task, flags: TaskFlag[]): void {
  if (task.status === undefined && task.unknownStatus)
    flags.push({ taskId: task.id, code: 'unknownStatus', params: { text: task.unknownStatus } });
  const open = task.status !== 'done' && task.status !== 'cancelled';
  if (task.kind === 'stage' && task.responsibleUserIds.length === 0 && open)
    flags.push({ taskId: task.id, code: 'noOwner' });
  if (task.start !== undefined && task.due !== undefined && task.due < task.start)
    flags.push({ taskId: task.id, code: 'dueBeforeStart' });
}

/** [C4] A started stage whose predecessor is not done (reopened) is flagged, never moved back. */
function startedBeforePredecessor(task: Task, at: number, links: Links): boolean {
  const started = task.status === 'in_progress' || task.status === 'in_review';
  if (!started || !(task.kind === 'stage' || task.parentId) || links.onCycle(task, at)) return false;
  const parent = task.parentId === undefined ? undefined : links.find(task.parentId);
  if (parent && UNHELD_STATUSES.has(parent.status)) return false;
  return task.dependsOnIds.some((id) => {
    const before = links.find(id);
    return before !== undefined && holdsBack(before);
  });
}
