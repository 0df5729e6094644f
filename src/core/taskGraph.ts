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

/**
 * [G2] Every node on some cycle (strongly connected components larger than one, or a self-loop). Iterative
 * Tarjan, so a 20,000-task chain does not exhaust the call stack.
 */
export function cyclicNodes(nodes: string[], predecessorsOf: (node: string) => string[]): Set<string> {
  const known = new Set(nodes);
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result = new Set<string>();
  let counter = 0;
  for (const root of nodes) {
    if (indexOf.has(root)) continue;
    const work: { node: string; next: number; edges: string[] }[] = [];
    const open = (node: string) => {
      indexOf.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: 0, edges: predecessorsOf(node).filter((p) => known.has(p)) });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.edges.length) {
        const to = frame.edges[frame.next++]!;
        if (!indexOf.has(to)) open(to);
        else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, indexOf.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== indexOf.get(frame.node)) continue;
      const component: string[] = [];
      for (let member = stack.pop()!; ; member = stack.pop()!) {
        onStack.delete(member);
        component.push(member);
        if (member === frame.node) break;
      }
      const selfLoop = component.length === 1 && predecessorsOf(frame.node).includes(frame.node);
      if (component.length > 1 || selfLoop) component.forEach((m) => result.add(m));
    }
  }
  return result;
}
