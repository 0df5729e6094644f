import { describe, expect, it } from 'vitest';
import { rememberLast } from './rememberLast';

describe('rememberLast', () => {
  it('[SP2] works a result out again only when an argument changed', () => {
    let runs = 0;
    const sum = rememberLast((list: number[], extra: number) => {
      runs += 1;
      return list.reduce((a, b) => a + b, extra);
    });
    const list = [1, 2, 3];
    expect(sum(list, 1)).toBe(7);
    expect(sum(list, 1)).toBe(7);
    expect(runs).toBe(1);
    expect(sum(list, 2)).toBe(8);
    expect(sum([1, 2, 3], 2)).toBe(8);
    expect(runs).toBe(3);
  });
});
