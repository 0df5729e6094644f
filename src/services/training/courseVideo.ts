/**
 * A course's attached video (视频附件): the codec reads attachments as nothing, so this reads that one cell
 * through the port by the field id the schema resolved, and asks the host for the file's address.
 */
import { videoMime } from '../../core/training/videoLink';
import type { AttachmentValue } from '../../port/cellValues';
import { withRetry } from '../../store/retry';
import type { BatonStore } from '../../store/batonStore';

const isAttachment = (value: unknown): value is AttachmentValue =>
  typeof value === 'object' && value !== null && typeof (value as AttachmentValue).token === 'string';

const isVideo = (file: AttachmentValue) =>
  file.type?.startsWith('video/') || videoMime(file.name) !== undefined;

/**
 * The first video among the course's attachments with its address, or undefined: no such column (an older
 * Base), no video attached, or no address given. The host's addresses are short-lived: asked per opening.
 */
export async function courseVideoFile(
  store: BatonStore,
  courseId: string,
): Promise<{ name: string; type: string; url: string } | undefined> {
  const fieldId = store.resolution.schema.courses?.fields.videoFile?.id;
  if (!fieldId) return undefined;
  const table = await store.host.base.getTableById(store.table('courses').id);
  const cell = await withRetry(() => table.getCellValue(fieldId, courseId), store.retry);
  const file = (Array.isArray(cell) ? cell.filter(isAttachment) : []).find(isVideo);
  if (!file) return undefined;
  const [url] = await withRetry(
    () => table.getCellAttachmentUrls([file.token], fieldId, courseId),
    store.retry,
  );
  return url ? { name: file.name, type: file.type ?? '', url } : undefined;
}
