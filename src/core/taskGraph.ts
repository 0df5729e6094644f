/** The finish-to-start graph of tasks and stages. */

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
