/**
 * [RB5] Records whose field is any of many values: one filter of OR-ed conditions per group. No cap on the
 * conditions a filter may hold is documented, so a group the host refuses (an error not worth retrying, other
 * than permission or absence) is split in halves and each half read again; the size that worked is kept for
 * the next lookups. The host diagnostics measure the size too, whatever error the host gives.
 */
import type { BaseRecord, BaseTable, RecordFilter } from '../port/bitableBase';
import { HostErrorCode, hostErrorCode, isRetryable } from '../port/hostErrors';
import { chunks, readAllRecords } from './paging';
import type { RetryPolicy } from './retry';

/** Conditions a lookup sends in one filter at first. */
export const DEFAULT_LOOKUP_SIZE = 200;

let lookupSize = DEFAULT_LOOKUP_SIZE;

export const currentLookupSize = () => lookupSize;

/** Sets how many conditions one filter holds (what the diagnostics measured); at least one. */
export function setLookupSize(size: number): void {
  lookupSize = Math.max(1, Math.floor(size));
}

// Failures a smaller filter would not fix: no permission, nothing there, or no answer at all.
const NOT_ABOUT_SIZE: ReadonlySet<number> = new Set([
  HostErrorCode.Timeout,
  HostErrorCode.Network,
  HostErrorCode.TableNotFound,
  HostErrorCode.FieldNotFound,
  HostErrorCode.TablePermissionDenied,
  HostErrorCode.FieldPermissionDenied,
  HostErrorCode.RecordPermissionDenied,
  HostErrorCode.CellPermissionDenied,
]);

// A refusal, not a failure that trying again may cure (those are retried, then reported as they are).
const maybeTooLarge = (error: unknown) => {
  const code = hostErrorCode(error);
  return code !== undefined && !NOT_ABOUT_SIZE.has(code) && !isRetryable(error);
};

const anyOfFilter = (fieldId: string, values: string[]): RecordFilter => ({
  conjunction: 'or',
  conditions: values.map((value) => ({ fieldId, operator: 'is', value })),
});

async function readSplitting(
  table: BaseTable,
  fieldId: string,
  values: string[],
  retry: RetryPolicy,
): Promise<BaseRecord[]> {
  try {
    return await readAllRecords(table, retry, anyOfFilter(fieldId, values));
  } catch (error) {
    if (values.length <= 1 || !maybeTooLarge(error)) throw error;
    const half = Math.ceil(values.length / 2);
    lookupSize = Math.min(lookupSize, half);
    const parts = await Promise.all(
      [values.slice(0, half), values.slice(half)].map((part) => readSplitting(table, fieldId, part, retry)),
    );
    return parts.flat();
  }
}

/** Every record whose field equals one of the values; groups are independent reads, sent together. */
export async function readAnyOf(
  table: BaseTable,
  fieldId: string,
  values: string[],
  retry: RetryPolicy,
): Promise<BaseRecord[]> {
  const groups = await Promise.all(
    chunks(values, lookupSize).map((group) => readSplitting(table, fieldId, group, retry)),
  );
  return groups.flat();
}
