/**
 * Reads and writes of drives and submissions. Read when a collection screen opens or the background job runs,
 * never when the sidebar opens: the two tables are read together so their pages share round trips.
 */
import type { Drive, Submission } from '../../core/collection/drive';
import type { AttachmentValue } from '../../port/cellValues';
import { decodeRecord, encodeFields, SchemaError } from '../../schema/cellCodec';
import { fromSubmission, toDrive, toSubmission } from '../../schema/collectionEntities';
import type { BatonStore } from '../../store/batonStore';
import { addOnce } from '../../store/idempotentAdd';
import { readAllRecords } from '../../store/paging';

export interface CollectionData {
  drives: Drive[];
  submissions: Submission[];
}

/** A submission with the attachments its 文件 cell holds (the background checks rows added in the grid). */
export interface StoredSubmission extends Submission {
  attachments: AttachmentValue[];
}

const isAttachment = (value: unknown): value is AttachmentValue =>
  typeof value === 'object' && value !== null && typeof (value as AttachmentValue).token === 'string';

async function readSubmissions(store: BatonStore): Promise<StoredSubmission[]> {
  const table = store.table('submissions');
  const filesId = table.fields.files?.id;
  const base = await store.host.base.getTableById(table.id);
  const records = await readAllRecords(base, store.retry);
  return records.map((r) => {
    const cell = filesId ? r.fields[filesId] : undefined;
    const attachments = Array.isArray(cell) ? cell.filter(isAttachment) : [];
    return { ...toSubmission(decodeRecord(table, r.recordId, r.fields)), attachments };
  });
}

export async function readCollections(
  store: BatonStore,
): Promise<CollectionData & { stored: StoredSubmission[] }> {
  const [drives, stored] = await Promise.all([store.readAll('collections'), readSubmissions(store)]);
  return { drives: drives.map(toDrive), submissions: stored, stored };
}

/** One drive, fresh from the host; undefined when it was deleted. */
export async function readDrive(store: BatonStore, driveId: string): Promise<Drive | undefined> {
  const rows = await store.readByIds('collections', [driveId]).catch(() => []);
  const drive = rows[0] ? toDrive(rows[0]) : undefined;
  return drive && (drive.title || drive.status) ? drive : undefined;
}

/** The versions one member submitted to one drive, fresh. */
export async function readVersions(
  store: BatonStore,
  driveId: string,
  memberId: string,
): Promise<Submission[]> {
  const rows = await store.readWhere('submissions', 'member', memberId);
  return rows.map(toSubmission).filter((s) => s.driveId === driveId);
}

export const versionKey = (driveId: string, memberId: string, version: number) =>
  `collect:${driveId}:${memberId}:v${version}`;

/**
 * Adds one version with its uploaded files, keyed by drive, member and version: a retry, or a second tab
 * submitting the same version at once, ends with one row (the smallest id), never two.
 */
export async function addVersion(
  store: BatonStore,
  submission: Omit<Submission, 'id'>,
  attachments: AttachmentValue[],
): Promise<string> {
  const table = store.table('submissions');
  const filesId = table.fields.files?.id;
  const keyId = table.fields.key?.id;
  if (!filesId) throw new SchemaError('fieldMissing', { table: 'submissions', field: 'files' });
  if (!keyId) throw new SchemaError('fieldMissing', { table: 'submissions', field: 'key' });
  const fields = {
    ...encodeFields(store.resolution.schema, table, fromSubmission(submission)),
    [filesId]: attachments,
  };
  const base = await store.host.base.getTableById(table.id);
  const ids = await addOnce(base, keyId, [{ key: submission.key!, fields }], store.retry, {
    checkFirst: true,
    recheck: true,
  });
  return ids.get(submission.key!)!;
}
