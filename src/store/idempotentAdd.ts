/**
 * Adds records that carry a unique key, so that a retry after a lost answer, a double click or a second
 * sidebar never creates a duplicate: before each retry, the keys already in the table are looked up.
 */
import { segmentsText } from '../schema/cellCodec';
import type { BaseTable, RecordFields } from '../port/bitableBase';
import { readAnyOf } from './anyOf';
import { isRetryable } from '../port/hostErrors';
import { chunks, WRITE_CHUNK } from './paging';
import { sleep, withRetry, type RetryPolicy } from './retry';

export interface KeyedRecord {
  key: string;
  fields: RecordFields;
}

const keyOf = (fields: RecordFields, fieldId: string): string => segmentsText(fields[fieldId]);

/** Every record id per key present in the table (two writers racing may have added a key twice). */
export async function findAllKeys(table: BaseTable, keyFieldId: string, keys: string[], retry: RetryPolicy) {
  const found = new Map<string, string[]>();
  for (const record of await readAnyOf(table, keyFieldId, keys, retry)) {
    const key = keyOf(record.fields, keyFieldId);
    found.set(key, [...(found.get(key) ?? []), record.recordId].sort());
  }
  return found;
}

/** The record id of each key already present; of duplicates, the smallest id, as every writer picks. */
export async function findKeys(table: BaseTable, keyFieldId: string, keys: string[], retry: RetryPolicy) {
  const all = await findAllKeys(table, keyFieldId, keys, retry);
  return new Map([...all].map(([key, ids]) => [key, ids[0]!]));
}

export interface AddOptions {
  /** Look the keys up before the first attempt too: an earlier attempt may have been written after all. */
  checkFirst?: boolean;
  /** Re-read the keys after adding: the caller retries an add whose earlier attempt may still land. */
  recheck?: boolean;
}

/**
 * [O5] After any failed attempt (or when the caller asks), the keys are read again once everything was added
 * and each keeps one record: an attempt that timed out may land after the lookup that preceded its retry.
 */
export async function addOnce(
  table: BaseTable,
  keyFieldId: string,
  items: KeyedRecord[],
  retry: RetryPolicy,
  { checkFirst = false, recheck = false }: AddOptions = {},
): Promise<Map<string, string>> {
  const added = checkFirst
    ? await findKeys(
        table,
        keyFieldId,
        items.map((i) => i.key),
        retry,
      )
    : new Map<string, string>();
  let pending = items.filter((item) => !added.has(item.key));
  let uncertain = recheck;
  for (let attempt = 1; pending.length > 0; attempt++) {
    try {
      // allSettled: a chunk still in flight when another fails must land in `added` before keys are looked up.
      const outcomes = await Promise.allSettled(
        chunks(pending, WRITE_CHUNK).map(async (chunk) => {
          const ids = await table.addRecords(chunk.map((item) => ({ fields: item.fields })));
          chunk.forEach((item, i) => added.set(item.key, ids[i]!));
        }),
      );
      const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      if (failed) throw failed.reason;
      break;
    } catch (error) {
      if (!isRetryable(error) || attempt >= retry.attempts) throw error;
      uncertain = true;
      await (retry.sleep ?? sleep)(retry.backoffMs * attempt);
      const present = await findKeys(
        table,
        keyFieldId,
        pending.map((i) => i.key).filter((k) => !added.has(k)),
        retry,
      );
      present.forEach((id, key) => added.set(key, id));
      pending = pending.filter((item) => !added.has(item.key));
    }
  }
  if (uncertain && items.length > 0) await keepOne(table, keyFieldId, added, retry);
  return added;
}

/**
 * Of the records sharing a key, keeps the smallest id, as every writer picks, and removes the others (a writer
 * racing this one may remove them first). A read lagging the add keeps the id the add returned.
 */
async function keepOne(table: BaseTable, keyFieldId: string, added: Map<string, string>, retry: RetryPolicy) {
  const all = await findAllKeys(table, keyFieldId, [...added.keys()], retry);
  const extra = [...all.values()].flatMap((ids) => ids.slice(1));
  all.forEach((ids, key) => added.set(key, ids[0]!));
  if (extra.length === 0) return;
  await Promise.all(
    chunks(extra, WRITE_CHUNK).map((group) => withRetry(() => table.deleteRecords(group), retry)),
  ).catch(() => undefined);
}
