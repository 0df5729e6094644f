import { describe, expect, it } from 'vitest';
import { between, keep, timeline, timeOrder } from './timeline';

/** The plain definition: rows with a time, stably sorted by it. */
const plain = (times: (number | undefined)[]) =>
  times
    .map((t, i) => ({ t, i }))
    .filter((x) => x.t !== undefined)
    .sort((a, b) => a.t! - b.t!)
    .map((x) => x.i);

describe('timeline', () => {
  it('orders by time, equal times in their order, rows with no time left out', () => {
    const times = [5, undefined, 3, 5, 1, 3, undefined, 5];
    const line = timeline(
      times.map((t, i) => ({ t, i })),
      (r) => r.t,
    );
    expect(line.rows.map((r) => r.i)).toEqual(plain(times));
    expect(line.times).toEqual([1, 3, 3, 5, 5, 5]);
    expect(between(line, 3, 5).map((r) => r.i)).toEqual([2, 5]);
    expect(keep(line, (r) => r.i % 2 === 1).times).toEqual([3, 5, 5]);
  });

  it('gives the same order on the numeric path, the compared path (times too far apart) and fractions', () => {
    const year = 365 * 86_400_000;
    const cases = [
      Array.from({ length: 400 }, (_, i) => 1_700_000_000_000 + ((i * 7919) % 97) * 3_600_000),
      Array.from({ length: 400 }, (_, i) => (i % 2 ? Number.MAX_SAFE_INTEGER / 4 : -year) + (i % 5)),
      Array.from({ length: 400 }, (_, i) => ((i * 31) % 17) / 4),
      // Radix path: two years of milliseconds with ties, a span under one digit, and one needing five digits.
      Array.from({ length: 9000 }, (_, i) => 1_700_000_000_000 + ((i * 104_729) % 8191) * 7_700_001),
      Array.from({ length: 9000 }, (_, i) => (i * 37) % 1500),
      Array.from({ length: 9000 }, (_, i) => (i % 3 ? 2 ** 52 - (i % 7) : -((i * 13) % 5))),
    ];
    for (const times of cases) expect(timeOrder(times)).toEqual(plain(times));
  });

  it('leaves times already in order as they are', () => {
    expect(timeOrder([1, 1, 2, 3])).toBeUndefined();
  });
});
