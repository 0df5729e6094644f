/** The SDK's paging rules and read errors, as the local Base applies them to a table's records. */
import type { PageParams, RecordFilter, RecordsPageParams } from '../port/bitableBase';
import { HostError, HostErrorCode } from '../port/hostErrors';

export const PAGE_LIMIT = 200;

/** Conditions in a filter, nested groups included. */
export function conditionCount(filter: RecordsPageParams['filter']): number {
  if (!filter) return 0;
  return (filter.conditions as unknown[]).reduce<number>(
    (sum, c) => sum + ('conditions' in (c as object) ? conditionCount(c as RecordFilter) : 1),
    0,
  );
}

export function recordMissing(recordId: string): never {
  throw new HostError(HostErrorCode.RecordNotFound, `record ${recordId} not found`);
}

export function limitExceeded(): HostError {
  return new HostError(HostErrorCode.RecordLimitExceeded, 'single record operation exceeds records limit');
}

/** One page of rows; the page token is the offset of the page's first row. */
export function pageOf<T>(
  params: PageParams,
  rows: readonly T[],
): { total: number; hasMore: boolean; pageToken?: number; rows: T[] } {
  const size = params.pageSize ?? PAGE_LIMIT;
  if (size > PAGE_LIMIT) throw limitExceeded();
  const start = params.pageToken ?? 0;
  const slice = rows.slice(start, start + size);
  const hasMore = start + size < rows.length;
  return { total: rows.length, hasMore, ...(hasMore ? { pageToken: start + size } : {}), rows: slice };
}
