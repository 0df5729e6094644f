/** The finish-to-start graph of tasks and stages. */
import type { Task } from './model';

/**
 * [G1] A cycle among the given nodes, as the list of nodes around it (first repeated at the end), or
 * undefined. Edges to nodes outside the list are ignored.
 */
export function findCycle(nodes: string[], predecessorsOf: (node: string) => string[]): string[] | undefined {
  const known = new Set(nodes);
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'visiting') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'visiting');
    path.push(node);
    for (const before of predecessorsOf(node).filter((p) => known.has(p))) {
      const cycle = visit(before);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of nodes) {
    const cycle = visit(node);
    if (cycle) return cycle.reverse();
  }
  return undefined;
}

/**
 * The graph's structure, which derivation does not change: prepared once per read of the tasks. Tasks are
 * addressed by their position in `tasks`; links to tasks not in the list (deleted) are left out of the edges.
 * Positions rather than ids because the cascade walks tens of thousands of links and array reads are an
 * order of magnitude cheaper than string-keyed lookups.
 */
export interface Graph {
  tasks: Task[];
  position: Map<string, number>;
  predecessors: number[][];
  successors: number[][];
  /** The position of the special task a stage belongs to, or -1. */
  parent: Int32Array;
  stages: number[][];
  /** 1 for a task on some cycle. */
  cyclic: Uint8Array;
}

/**
 * The graph of `tasks`. With `previous` (of an earlier read of the same tasks) whose links are all the same —
 * the usual edit changes a status or a date, not a link — its structure is kept and only the tasks swapped.
 */
export function prepareGraph(tasks: Task[], previous?: Graph): Graph {
  if (previous && sameLinks(previous.tasks, tasks)) return { ...previous, tasks };
  const position = new Map(tasks.map((t, at) => [t.id, at]));
  const predecessors = tasks.map(() => [] as number[]);
  const successors = tasks.map(() => [] as number[]);
  const stages = tasks.map(() => [] as number[]);
  const parent = new Int32Array(tasks.length).fill(-1);
  tasks.forEach((task, at) => {
    for (const id of task.dependsOnIds) {
      const before = position.get(id);
      if (before === undefined) continue;
      predecessors[at]!.push(before);
      successors[before]!.push(at);
    }
    const of = task.parentId === undefined ? undefined : position.get(task.parentId);
    if (of === undefined) return;
    parent[at] = of;
    stages[of]!.push(at);
  });
  return { tasks, position, predecessors, successors, parent, stages, cyclic: cyclicPositions(predecessors) };
}

/** Same tasks at the same positions with the same predecessors and special tasks. */
function sameLinks(before: Task[], after: Task[]): boolean {
  if (before.length !== after.length) return false;
  return before.every((b, at) => {
    const a = after[at]!;
    if (a === b) return true;
    const deps = a.dependsOnIds;
    return (
      a.id === b.id &&
      a.parentId === b.parentId &&
      deps.length === b.dependsOnIds.length &&
      deps.every((id, k) => id === b.dependsOnIds[k])
    );
  });
}

/**
 * Everything a change to these tasks can reach: their successors and special tasks, transitively, and the
 * stages of a changed special task (a claimed or reopened one lets its stages move). Derivation itself never
 * moves a special task into or out of the statuses that hold its stages, so only the changed ones need them.
 */
export function reach(graph: Graph, ids: Iterable<string>): number[] {
  const seen = new Uint8Array(graph.tasks.length);
  const queue: number[] = [];
  const visit = (at: number | undefined) => {
    if (at === undefined || at < 0 || seen[at]) return;
    seen[at] = 1;
    queue.push(at);
  };
  for (const id of ids) {
    const at = graph.position.get(id);
    visit(at);
    if (at !== undefined) graph.stages[at]!.forEach(visit);
  }
  const found: number[] = [];
  while (queue.length > 0) {
    const at = queue.pop()!;
    found.push(at);
    graph.successors[at]!.forEach(visit);
    visit(graph.parent[at]);
  }
  return found;
}

/** The ids `reach` finds. */
export function reachableFrom(ids: Iterable<string>, graph: Graph): Set<string> {
  return new Set(reach(graph, ids).map((at) => graph.tasks[at]!.id));
}

/**
 * [G2] Every node on some cycle (strongly connected components larger than one, or a self-loop). Iterative
 * Tarjan, so a 20,000-task chain does not exhaust the call stack.
 */
export function cyclicPositions(predecessors: number[][]): Uint8Array {
  const n = predecessors.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const cyclic = new Uint8Array(n);
  const stack: number[] = [];
  const work: { node: number; next: number }[] = [];
  let counter = 0;
  const open = (node: number) => {
    order[node] = low[node] = counter++;
    stack.push(node);
    onStack[node] = 1;
    work.push({ node, next: 0 });
  };
  for (let root = 0; root < n; root++) {
    if (order[root]! >= 0) continue;
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = predecessors[frame.node]!;
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!;
        if (order[to]! < 0) open(to);
        else if (onStack[to]) low[frame.node] = Math.min(low[frame.node]!, order[to]!);
        continue;
      }
      work.pop();
      const caller = work[work.length - 1];
      if (caller) low[caller.node] = Math.min(low[caller.node]!, low[frame.node]!);
      if (low[frame.node] === order[frame.node])
        closeComponent(frame.node, stack, onStack, predecessors, cyclic);
    }
  }
  return cyclic;
}

/** Pops the component rooted at `root` and marks it when it is a cycle. */
function closeComponent(
  root: number,
  stack: number[],
  onStack: Uint8Array,
  predecessors: number[][],
  cyclic: Uint8Array,
): void {
  const component: number[] = [];
  let member: number;
  do {
    member = stack.pop()!;
    onStack[member] = 0;
    component.push(member);
  } while (member !== root);
  if (component.length > 1 || predecessors[root]!.includes(root)) for (const m of component) cyclic[m] = 1;
}
