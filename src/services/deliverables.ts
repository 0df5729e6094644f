/**
 * A stage's deliverables (交付物): files uploaded with `batchUploadFile`, one batch at a time per Base, then
 * added to the stage's Attachment cell (the queue is store/uploadQueue.ts). The schema codec reads and writes
 * attachments as nothing yet, so this file reads and writes that one cell itself through the port, by the field id the schema resolved.
 */
import type { AttachmentValue } from '../port/cellValues';
import { SchemaError } from '../schema/cellCodec';
import { withRetry } from '../store/retry';
import type { BatonStore } from '../store/batonStore';
import { uploadFiles } from '../store/uploadQueue';

/** The upload queue under its former name, for callers that still use it. */
export { uploadFiles as uploadOneAtATime } from '../store/uploadQueue';

/** The deliverables field's id, or undefined when the Base has no such column (the health check says so). */
function deliverablesFieldId(store: BatonStore): string | undefined {
  return store.resolution.schema.tasks?.fields.deliverables?.id;
}

const isAttachment = (value: unknown): value is AttachmentValue =>
  typeof value === 'object' && value !== null && typeof (value as AttachmentValue).token === 'string';

async function tasksTable(store: BatonStore) {
  return store.host.base.getTableById(store.table('tasks').id);
}

/** The stage's deliverables as they are in the Base now. */
export async function readDeliverables(store: BatonStore, stageId: string): Promise<AttachmentValue[]> {
  const fieldId = deliverablesFieldId(store);
  if (!fieldId) return [];
  const table = await tasksTable(store);
  const cell = await withRetry(() => table.getCellValue(fieldId, stageId), store.retry);
  return Array.isArray(cell) ? cell.filter(isAttachment) : [];
}

/**
 * Uploads the files and adds them to the stage's deliverables, after what the cell holds now (read fresh, so
 * a file added from the grid meanwhile is kept). Writing the whole list again is harmless, so the write is
 * retried. Returns the deliverables as written.
 */
export async function addDeliverables(
  store: BatonStore,
  stageId: string,
  files: File[],
  now: number,
): Promise<AttachmentValue[]> {
  const fieldId = deliverablesFieldId(store);
  if (!fieldId) throw new SchemaError('fieldMissing', { table: 'tasks', field: 'deliverables' });
  const tokens = await uploadFiles(store.host.base, files);
  const added = files.map((file, i): AttachmentValue => ({
    name: file.name,
    size: file.size,
    type: file.type,
    token: tokens[i]!,
    timeStamp: now,
  }));
  // A retry after a write whose answer was lost: the files it added are there already, under the same tokens.
  const current = await readDeliverables(store, stageId);
  const all = [...current, ...added.filter((file) => !current.some((c) => c.token === file.token))];
  const table = await tasksTable(store);
  await withRetry(() => table.setRecords([{ recordId: stageId, fields: { [fieldId]: all } }]), store.retry);
  return all;
}
