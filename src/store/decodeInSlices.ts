/**
 * Decoding a whole table is the sidebar's largest piece of work after a read (20,000 tasks take a few hundred
 * milliseconds). Done in slices with a turn of the event loop between them, the page keeps answering clicks
 * and painting instead of freezing for the whole of it.
 */
export const DECODE_SLICE = 2000;

/** Waits for a turn of the event loop: the page paints and answers clicks before the next piece of work. */
export const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function decodeInSlices<R, T>(records: readonly R[], decode: (record: R) => T): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < records.length; start += DECODE_SLICE) {
    if (start > 0) await nextTurn();
    const end = Math.min(records.length, start + DECODE_SLICE);
    for (let i = start; i < end; i++) out.push(decode(records[i]!));
  }
  return out;
}
