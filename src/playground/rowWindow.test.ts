import { describe, expect, it } from 'vitest';
import { BLOCK, covers, FULL_UNDER, MARGIN, spanFor } from './rowWindow';

describe('which rows the grid fetches', () => {
  it('fetches a small table whole', () => {
    expect(spanFor(3, 20, FULL_UNDER)).toEqual({ from: 0, count: FULL_UNDER });
    expect(spanFor(0, -1, 0)).toEqual({ from: 0, count: 0 });
  });

  it('fetches a big table by blocks around the rows in view, within the table', () => {
    const span = spanFor(1234, 1260, 20_000);
    expect(span.from % BLOCK).toBe(0);
    expect(span.from).toBeLessThanOrEqual(1234 - MARGIN);
    expect(span.from + span.count).toBeGreaterThanOrEqual(1261 + MARGIN);
    expect(span.count).toBeLessThan(4 * BLOCK);
    const end = spanFor(19_980, 19_999, 20_000);
    expect(end.from + end.count).toBe(20_000);
  });

  it('asks again only when the rows in view leave what it holds', () => {
    const held = spanFor(1234, 1260, 20_000);
    expect(covers(held, 1240, 1270)).toBe(true);
    expect(covers(held, 1234 + 3 * BLOCK, 1260 + 3 * BLOCK)).toBe(false);
    expect(covers(undefined, 0, 0)).toBe(false);
  });
});
