/**
 * Positions of record ids, for the dashboard's hot loops (each task event and each 贡献 entry looks its task
 * up). A `Map` keyed by strings compares the id read against the stored key, a string kept with its task
 * object somewhere else in memory: on 20,000 tasks that is a cache miss or two per lookup, most of the cost.
 * Here the table holds each id's 32-bit hash beside its position in two typed columns, and the ids themselves
 * one after another in one string, so a lookup reads the small table and, for the id found, a few characters
 * close together. Always exact: a hash only narrows the search, the characters decide.
 */

export interface IdIndex {
  /** The position of `id`; where an id repeats, its last (as a `Map` filled in order keeps). */
  get(id: string | undefined): number | undefined;
}

/** FNV-1a over the UTF-16 code units: cheap, and the id's characters are already at hand. */
export function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Builds the index over `ids` (in order); a later duplicate wins, as with `Map.set`. */
export function idIndex(ids: readonly string[]): IdIndex {
  let size = 16;
  while (size < ids.length * 3) size <<= 1;
  const mask = size - 1;
  const hashes = new Int32Array(size);
  // Position + 1 in the table, 0 for an empty cell.
  const cells = new Int32Array(size);
  const starts = new Int32Array(ids.length + 1);
  for (let i = 0; i < ids.length; i++) starts[i + 1] = starts[i]! + ids[i]!.length;
  const text = ids.join('');
  const same = (i: number, id: string) =>
    starts[i + 1]! - starts[i]! === id.length && text.startsWith(id, starts[i]!);
  const find = (id: string, h: number): number => {
    for (let c = h & mask; ; c = (c + 1) & mask) {
      const cell = cells[c]!;
      if (cell === 0 || (hashes[c] === h && same(cell - 1, id))) return c;
    }
  };
  for (let i = 0; i < ids.length; i++) {
    const h = hashOf(ids[i]!);
    const c = find(ids[i]!, h);
    hashes[c] = h;
    cells[c] = i + 1;
  }
  return {
    get(id) {
      if (id === undefined) return undefined;
      const cell = cells[find(id, hashOf(id))]!;
      return cell === 0 ? undefined : cell - 1;
    },
  };
}
