import { describe, expect, it } from 'vitest';
import { aTask } from './testBuilders';
import { findCycle, prepareGraph, reachableFrom } from './taskGraph';

const graph = (edges: Record<string, string[]>) => (node: string) => edges[node] ?? [];

/** Each node on the cycle is a predecessor of the next one. */
function expectCycleOf(cycle: string[] | undefined, edges: Record<string, string[]>) {
  expect(cycle).toBeDefined();
  expect(cycle![0]).toBe(cycle![cycle!.length - 1]);
  for (let i = 0; i + 1 < cycle!.length; i++) expect(edges[cycle![i + 1]!]).toContain(cycle![i]);
}

describe('findCycle', () => {
  it('[G1] a chain or a diamond has no cycle', () => {
    expect(findCycle(['a', 'b', 'c'], graph({ b: ['a'], c: ['b'] }))).toBeUndefined();
    expect(findCycle(['a', 'b', 'c', 'd'], graph({ b: ['a'], c: ['a'], d: ['b', 'c'] }))).toBeUndefined();
    expect(findCycle([], graph({}))).toBeUndefined();
  });

  it('[G1] a three-node cycle is named in order, the first node repeated at the end', () => {
    const edges = { a: ['c'], b: ['a'], c: ['b'] };
    const cycle = findCycle(['a', 'b', 'c'], graph(edges));
    expect(cycle).toEqual(['a', 'b', 'c', 'a']);
    expectCycleOf(cycle, edges);
  });

  it('[G1] a node depending on itself is a cycle of one', () => {
    expect(findCycle(['a', 'b'], graph({ a: ['a'] }))).toEqual(['a', 'a']);
  });

  it('[G1] only the nodes on the cycle are named, not those that lead into it', () => {
    const edges = { x: ['a'], a: ['b'], b: ['a'], y: ['x'] };
    const cycle = findCycle(['y', 'x', 'a', 'b'], graph(edges));
    expect([...new Set(cycle)].sort()).toEqual(['a', 'b']);
    expect(cycle).toHaveLength(3);
    expectCycleOf(cycle, edges);
  });

  it('[G1] edges to nodes outside the list are ignored', () => {
    expect(findCycle(['a', 'b'], graph({ a: ['b', 'gone'], b: ['gone'], gone: ['a'] }))).toBeUndefined();
    // The same edges with the node included close a cycle.
    expect(findCycle(['a', 'b', 'gone'], graph({ a: ['gone'], gone: ['a'] }))).toBeDefined();
  });
});

describe('prepareGraph', () => {
  const task = (id: string, dependsOnIds: string[] = [], parentId?: string) =>
    aTask({ id, dependsOnIds, parentId, kind: parentId ? 'stage' : 'special' });

  it('[G2] every task on a cycle is marked, a self-loop included, and nothing leading into one', () => {
    const tasks = [
      task('a', ['b']),
      task('b', ['a', 'c']),
      task('c', ['b']),
      task('x', ['a']),
      task('s', ['s']),
    ];
    const { cyclic } = prepareGraph(tasks);
    expect(tasks.filter((_, at) => cyclic[at]).map((t) => t.id)).toEqual(['a', 'b', 'c', 's']);
  });

  it('[G2] a chain of 20,000 stages has no cycle and does not exhaust the call stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => task(`t${i}`, i > 0 ? [`t${i - 1}`] : []));
    expect(prepareGraph(chain).cyclic.some((x) => x === 1)).toBe(false);
    const closed = [task('t0', ['t19999']), ...chain.slice(1)];
    expect(prepareGraph(closed).cyclic.every((x) => x === 1)).toBe(true);
  });

  it('[C6] a change reaches successors and special tasks, transitively, and ignores deleted links', () => {
    const tasks = [
      task('S'),
      task('plan', [], 'S'),
      task('poster', ['plan', 'gone'], 'S'),
      task('invite', ['poster']),
      task('other', ['invite']),
      task('alone'),
    ];
    const graph = prepareGraph(tasks);
    expect([...reachableFrom(['plan'], graph)].sort()).toEqual(['S', 'invite', 'other', 'plan', 'poster']);
    expect([...reachableFrom(['alone', 'gone'], graph)]).toEqual(['alone']);
    expect(graph.predecessors[graph.position.get('poster')!]).toEqual([graph.position.get('plan')]);
  });
});

describe('prepareGraph from an earlier graph', () => {
  const tasks = [
    aTask({ id: 'plan', status: 'done' }),
    aTask({ id: 'poster', status: 'waiting', dependsOnIds: ['plan'] }),
  ];
  const before = prepareGraph(tasks);

  it('[C6] keeps the structure when only statuses or dates changed, with the new tasks', () => {
    const edited = [tasks[0]!, { ...tasks[1]!, status: 'ready' as const, due: 1 }];
    const after = prepareGraph(edited, before);
    expect([after.tasks, after.successors]).toEqual([edited, before.successors]);
    expect(after.successors).toBe(before.successors);
  });

  it('[C6] rebuilds it when a link, a parent, an id or the number of tasks changed', () => {
    const variants = [
      [tasks[0]!, { ...tasks[1]!, dependsOnIds: [] }],
      [tasks[0]!, { ...tasks[1]!, parentId: 'plan' }],
      [tasks[0]!, { ...tasks[1]!, id: 'invite' }],
      [tasks[0]!],
    ];
    for (const edited of variants)
      expect(prepareGraph(edited, before).successors).not.toBe(before.successors);
    expect(prepareGraph(variants[0]!, before).successors).toEqual([[], []]);
  });
});
