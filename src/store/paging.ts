/** Reading whole tables page by page and writing in chunks, within the SDK's limits. */
import type { BaseRecord, BaseTable, RecordFilter, RecordValue } from '../port/bitableBase';
import { withRetry, type RetryPolicy } from './retry';

export const PAGE_SIZE = 200;
export const WRITE_CHUNK = 200;
export const BY_IDS_CHUNK = 1000;

/** Every record, one page call per 200; pages follow each other since each needs the previous token. */
export async function readAllRecords(
  table: BaseTable,
  retry: RetryPolicy,
  filter?: RecordFilter,
): Promise<BaseRecord[]> {
  const records: BaseRecord[] = [];
  let pageToken: number | undefined;
  do {
    const page = await withRetry(
      () => table.getRecordsByPage({ pageSize: PAGE_SIZE, pageToken, filter }),
      retry,
    );
    records.push(...page.records);
    pageToken = page.hasMore ? page.pageToken : undefined;
  } while (pageToken !== undefined);
  return records;
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
