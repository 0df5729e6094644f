/**
 * A stage's deliverables (交付物): files uploaded with `batchUploadFile`, one batch at a time per Base, then
 * added to the stage's Attachment cell (the queue is store/uploadQueue.ts). The schema codec reads and writes
 * attachments as nothing yet, so this file reads and writes that one cell itself through the port, by the field id the schema resolved.
 */
import { uploadedEvent, uploadersOf, type UploadedFile, type Uploader } from '../core/deliverableUpload';
import type { Task } from '../core/model';
import type { AttachmentValue } from '../port/cellValues';
import { SchemaError } from '../schema/cellCodec';
import { withRetry } from '../store/retry';
import type { BatonStore, CoreData } from '../store/batonStore';
import { uploadFiles } from '../store/uploadQueue';
import { taskHistory } from './inbox';
import { carryOut } from './process';

/** The upload queue under its former name, for callers that still use it. */
export { uploadFiles as uploadOneAtATime } from '../store/uploadQueue';
/** [EV18] The upload queue's busy state, for the sidebar's upload controls. */
export { onUploadsChange, uploadsPending } from '../store/uploadQueue';

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

/** [EV17] Adds the files to the deliverables, then writes who uploaded them into the stage's history. */
export async function uploadDeliverables(
  store: BatonStore,
  data: CoreData,
  stageId: string,
  files: File[],
  actor: { userId: string; now: number; retrying?: boolean },
): Promise<AttachmentValue[]> {
  const all = await addDeliverables(store, stageId, files, actor.now);
  // The files keep their tokens: asking again uploads nothing.
  const tokens = await uploadFiles(store.host.base, files);
  const uploaded = files.map((file, i) => ({ name: file.name, token: tokens[i]! }));
  await recordUpload(store, data, stageId, uploaded, actor.userId, actor.now, actor.retrying);
  return all;
}

/** Writes who uploaded the files into the stage's history; the key makes a retry add nothing. */
export function recordUpload(
  store: BatonStore,
  data: CoreData,
  stageId: string,
  files: UploadedFile[],
  actorUserId: string,
  now: number,
  retrying = false,
) {
  const decide = (task: Task) => uploadedEvent(task, files, { ...data, actorUserId, now });
  return carryOut<never>(store, data, stageId, actorUserId, now, decide, retrying);
}

/** The stage's deliverables with who uploaded each, where the history says. */
export async function readDeliverableList(
  store: BatonStore,
  stageId: string,
): Promise<{ files: AttachmentValue[]; uploaders: Map<string, Uploader> }> {
  const [files, uploaders] = await Promise.all([
    readDeliverables(store, stageId),
    readUploaders(store, stageId),
  ]);
  return { files, uploaders };
}

/** Who uploaded the stage's files, by token, from its history. */
export async function readUploaders(store: BatonStore, stageId: string): Promise<Map<string, Uploader>> {
  return uploadersOf(stageId, await taskHistory(store, stageId));
}

/** [EV17] A download URL for one deliverable; the host's URLs are short-lived, so one is asked for per click. */
export async function deliverableUrl(store: BatonStore, stageId: string, token: string): Promise<string> {
  const fieldId = deliverablesFieldId(store);
  if (!fieldId) throw new SchemaError('fieldMissing', { table: 'tasks', field: 'deliverables' });
  const table = await tasksTable(store);
  const [url] = await withRetry(() => table.getCellAttachmentUrls([token], fieldId, stageId), store.retry);
  if (!url) throw new Error(`no download address for ${token}`);
  return url;
}
