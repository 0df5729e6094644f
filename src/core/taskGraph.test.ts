import { describe, expect, it } from 'vitest';
import { findCycle } from './taskGraph';

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
