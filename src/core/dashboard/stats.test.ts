import { describe, expect, it } from 'vitest';
import { median, percentile, share } from './stats';

describe('dashboard statistics', () => {
  it('[DB3] nearest rank: the median of four values is the second, the p90 of ten the ninth', () => {
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(percentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.9)).toBe(9);
    expect(percentile([5], 0.9)).toBe(5);
  });

  it('[DB7] nothing counted gives no figure, never NaN', () => {
    expect(median([])).toBeUndefined();
    expect(share(0, 0)).toBeUndefined();
    expect(share(1, 4)).toBe(0.25);
  });
});
