/**
 * [RB5] Records by id. `getRecordsByIds` answers values without their ids, in the order asked; what it does
 * for a deleted id is not documented (fail, leave it out, or answer something empty). So an answer is only
 * matched to ids by position when it has one well-formed value per id; otherwise the same ids are read in a
 * way that carries the ids: one id a call (the runtime bundles those calls), or for many ids (or an empty
 * answer, which an empty record and a deleted one may both give) the whole table.
 * Ids no longer in the table are left out of the result.
 */
import type { BaseRecord, BaseTable, RecordValue } from '../port/bitableBase';
import { HostErrorCode, hostErrorCode } from '../port/hostErrors';
import { BY_IDS_CHUNK, chunks, readAllRecords } from './paging';
import { withRetry, type RetryPolicy } from './retry';

/** Up to this many ids, the safe read asks one id a call; beyond it, it reads the table. */
export const ONE_BY_ONE_MAX = 100;

const notFound = (error: unknown) => hostErrorCode(error) === HostErrorCode.RecordNotFound;

const wellFormed = (value: RecordValue | undefined) =>
  typeof value?.fields === 'object' && value.fields !== null && Object.keys(value.fields).length > 0;

/** Values that can be matched to the ids by position, or undefined when the answer cannot be trusted. */
function trusted(ids: string[], values: RecordValue[] | undefined): BaseRecord[] | undefined {
  if (!values || values.length !== ids.length || !values.every(wellFormed)) return undefined;
  return values.map((v, i) => ({ recordId: ids[i]!, fields: v.fields }));
}

/** One id's record; [] when it is gone; undefined when an empty answer leaves it open (empty or deleted). */
async function oneById(table: BaseTable, id: string, retry: RetryPolicy): Promise<BaseRecord[] | undefined> {
  const values = await withRetry(() => table.getRecordsByIds([id]), retry).catch((error: unknown) => {
    if (notFound(error)) return [];
    throw error;
  });
  if (values.length === 0) return [];
  return trusted([id], values);
}

async function fromWholeTable(table: BaseTable, ids: string[], retry: RetryPolicy): Promise<BaseRecord[]> {
  const wanted = new Set(ids);
  return (await readAllRecords(table, retry)).filter((r) => wanted.has(r.recordId));
}

async function safeRead(table: BaseTable, ids: string[], retry: RetryPolicy): Promise<BaseRecord[]> {
  if (ids.length > ONE_BY_ONE_MAX) return fromWholeTable(table, ids, retry);
  const answers = await Promise.all(ids.map((id) => oneById(table, id, retry)));
  const open = ids.filter((_, i) => answers[i] === undefined);
  const known = answers.flatMap((a) => a ?? []);
  return open.length === 0 ? known : [...known, ...(await fromWholeTable(table, open, retry))];
}

async function readGroup(table: BaseTable, ids: string[], retry: RetryPolicy): Promise<BaseRecord[]> {
  const values = await withRetry(() => table.getRecordsByIds(ids), retry).catch((error: unknown) => {
    if (notFound(error)) return undefined;
    throw error;
  });
  return trusted(ids, values) ?? (await safeRead(table, ids, retry));
}

/** The records with these ids that exist, each with its own fields; 1000 ids a call. */
export async function readRecordsByIds(
  table: BaseTable,
  ids: string[],
  retry: RetryPolicy,
): Promise<BaseRecord[]> {
  const groups = await Promise.all(chunks(ids, BY_IDS_CHUNK).map((group) => readGroup(table, group, retry)));
  return groups.flat();
}
