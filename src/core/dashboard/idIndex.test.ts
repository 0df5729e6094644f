/** [DB22] The id index answers as a `Map` filled in order would, for ids present, repeated and absent. */
import { describe, expect, it } from 'vitest';
import { idIndex } from './idIndex';

function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = ['a', 'b', 'c', '0', '1', '任', '务', '😀'];

function randomId(random: () => number): string {
  const length = Math.floor(random() * 6);
  return Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
}

describe('[DB22] id index', () => {
  it.each([1, 2, 3])('matches a Map on ids with repeats, prefixes and absent ones (seed %i)', (seed) => {
    const random = rng(seed);
    const ids = Array.from({ length: 3000 }, () => randomId(random));
    const map = new Map<string, number>();
    ids.forEach((id, i) => map.set(id, i));
    const index = idIndex(ids);
    const asked = [...ids, ...Array.from({ length: 3000 }, () => randomId(random)), 'rec000', ''];
    for (const id of asked) expect(index.get(id)).toBe(map.get(id));
    expect(asked.some((id) => !map.has(id))).toBe(true);
    expect(map.size).toBeLessThan(ids.length);
  });

  it('tells an id from its prefix and from an id of the same length', () => {
    const index = idIndex(['rec1', 'rec12', 'rec123']);
    expect(index.get('rec12')).toBe(1);
    expect(index.get('rec1')).toBe(0);
    expect(index.get('rec13')).toBeUndefined();
    expect(index.get('rec1234')).toBeUndefined();
    expect(index.get(undefined)).toBeUndefined();
    expect(idIndex([]).get('rec1')).toBeUndefined();
  });
});
