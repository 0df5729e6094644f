/**
 * What the ZIP of a drive needs from the host: each accepted submission's stored files and a download address
 * per file. The addresses are short-lived, so one is asked for right before its file is fetched.
 */
import type { StoredFile } from '../../core/collection/archive';
import type { Submission } from '../../core/collection/drive';
import { SchemaError } from '../../schema/cellCodec';
import type { BatonStore } from '../../store/batonStore';
import { withRetry } from '../../store/retry';
import type { StoredSubmission } from './collectionData';

/**
 * The files of a submission as the host holds them: the 文件 cell when it was read (a row from the form view
 * has its tokens only there), the checked facts otherwise; the format its content showed is kept by token.
 */
export function storedFilesOf(submission: Submission | StoredSubmission): StoredFile[] {
  const detected = new Map(submission.files.map((f) => [f.token, f.detected]));
  const cell = 'attachments' in submission ? submission.attachments : [];
  if (cell.length)
    return cell.map((a) => ({ name: a.name, token: a.token, detected: detected.get(a.token) }));
  return submission.files.flatMap((f) =>
    f.token ? [{ name: f.name, token: f.token, detected: f.detected }] : [],
  );
}

/** A download address for one file of one submission. */
export async function submissionFileUrl(
  store: BatonStore,
  submissionId: string,
  token: string,
): Promise<string> {
  const table = store.table('submissions');
  const fieldId = table.fields.files?.id;
  if (!fieldId) throw new SchemaError('fieldMissing', { table: 'submissions', field: 'files' });
  const host = await store.host.base.getTableById(table.id);
  const [url] = await withRetry(
    () => host.getCellAttachmentUrls([token], fieldId, submissionId),
    store.retry,
  );
  if (!url) throw new Error(`no download address for ${token}`);
  return url;
}
