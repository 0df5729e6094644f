import { describe, expect, it } from 'vitest';
import { DECODE_SLICE, decodeInSlices } from './decodeInSlices';

describe('decodeInSlices', () => {
  it('[H6] decodes every record in order', async () => {
    const records = Array.from({ length: 4500 }, (_, i) => i);
    expect(await decodeInSlices(records, (n) => n * 2)).toEqual(records.map((n) => n * 2));
    expect(await decodeInSlices([], (n: number) => n)).toEqual([]);
  });

  it('[H6] lets other work run between slices', async () => {
    let decoded = 0;
    let seenByOtherWork = -1;
    setTimeout(() => (seenByOtherWork = decoded), 0);
    await decodeInSlices(
      Array.from({ length: DECODE_SLICE * 2 + 1 }, (_, i) => i),
      (n) => {
        decoded++;
        return n;
      },
    );
    expect(seenByOtherWork).toBe(DECODE_SLICE);
  });
});
