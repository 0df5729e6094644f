/** Reading whole tables page by page and writing in chunks, within the SDK's limits. */
import type { BaseRecord, BaseTable, RecordFilter, RecordsPage, RecordValue } from '../port/bitableBase';
import { withRetry, type RetryPolicy } from './retry';

export const PAGE_SIZE = 200;
export const WRITE_CHUNK = 200;
export const BY_IDS_CHUNK = 1000;

/**
 * Every record, one page call per 200. Each page names the token of the next, so pages would follow each
 * other; when the first page's token is its own length (the token is a position), the other pages are read
 * at once by position and kept only if they prove it (see `readByPosition`), else the read goes on in a chain.
 */
export async function readAllRecords(
  table: BaseTable,
  retry: RetryPolicy,
  filter?: RecordFilter,
): Promise<BaseRecord[]> {
  const read = (pageToken?: number) =>
    withRetry(() => table.getRecordsByPage({ pageSize: PAGE_SIZE, pageToken, filter }), retry);
  const first = await read();
  if (!first.hasMore) return first.records;
  const byPosition = first.pageToken === first.records.length ? await readByPosition(first, read) : undefined;
  return byPosition ?? readChained(first, read);
}

type PageReader = (pageToken?: number) => Promise<RecordsPage>;

async function readChained(first: RecordsPage, read: PageReader): Promise<BaseRecord[]> {
  const records = [...first.records];
  let pageToken = first.hasMore ? first.pageToken : undefined;
  while (pageToken !== undefined) {
    const page = await read(pageToken);
    records.push(...page.records);
    pageToken = page.hasMore ? page.pageToken : undefined;
  }
  return records;
}

/** Pages read by position at the same time: as many as the runtime carries in one message. */
export const PAGES_AT_ONCE = 100;

/**
 * The pages after the first, guessed by position from `total` and read at once. They are kept only when every
 * page names the next position as its token, the last says there is no more, and the records add up to
 * `total` with no id twice; anything else (a host whose tokens are not positions after all, or a table that
 * changed during the read) returns undefined and the caller reads the chain instead, so a guess can cost
 * calls but never skip or repeat a record.
 */
async function readByPosition(first: RecordsPage, read: PageReader): Promise<BaseRecord[] | undefined> {
  const size = first.records.length;
  const positions: number[] = [];
  for (let at = size; at < first.total; at += size) positions.push(at);
  const pages = await inBatches(positions, PAGES_AT_ONCE, read);
  const fits = pages.every((page, i) => {
    const last = i === pages.length - 1;
    return last ? !page.hasMore : page.hasMore && page.pageToken === positions[i]! + size;
  });
  const records = [first, ...pages].flatMap((page) => page.records);
  const distinct = new Set(records.map((r) => r.recordId)).size;
  return fits && records.length === first.total && distinct === records.length ? records : undefined;
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const batch of chunks(items, size)) out.push(...(await Promise.all(batch.map(run))));
  return out;
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Updates in chunks of 200, all sent at once so the runtime carries them in one round trip.
 * Setting the same values twice is harmless, so a failed chunk is simply retried.
 */
export async function setAllRecords(
  table: BaseTable,
  records: BaseRecord[],
  retry: RetryPolicy,
): Promise<void> {
  await Promise.all(
    chunks(records, WRITE_CHUNK).map((chunk) => withRetry(() => table.setRecords(chunk), retry)),
  );
}

/** Adds in chunks of 200 with no idempotency: only for records nobody can have added before (install, seed). */
export async function addAllRecords(table: BaseTable, records: RecordValue[]): Promise<string[]> {
  const ids = await Promise.all(chunks(records, WRITE_CHUNK).map((chunk) => table.addRecords(chunk)));
  return ids.flat();
}
