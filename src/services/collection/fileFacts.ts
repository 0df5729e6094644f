/**
 * What the check needs to know of a file: its format detected from its content (the caller passes the
 * detector: the sidebar loads `file-type` only when someone submits), its size and a hash of its content. Rows added in the grid or the form view carry
 * only the attachment's metadata, so their format comes from the MIME type the host recorded.
 */
import { FILE_FORMATS, type FileFacts, type FileFormat } from '../../core/collection/drive';
import type { AttachmentValue } from '../../port/cellValues';

/** Enough of a file for the detector to tell Office formats (zip entries) apart; larger files are cut here. */
const DETECT_BYTES = 8 * 1024 * 1024;

const isFormat = (ext: string | undefined): ext is FileFormat =>
  ext !== undefined && (FILE_FORMATS as readonly string[]).includes(ext);

async function sha256(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The extension the content shows (as `file-type`'s `fileTypeFromBuffer` answers), or undefined. */
export type Detect = (bytes: Uint8Array) => Promise<{ ext: string } | undefined>;

/** The facts of one file, read from its bytes. */
export async function factsOf(file: File, detect: Detect): Promise<FileFacts> {
  const head = await file.slice(0, DETECT_BYTES).arrayBuffer();
  const type = file.size > 0 ? await detect(new Uint8Array(head)) : undefined;
  // A file beyond the cut is hashed by its head and size: the same file twice still matches.
  const hash = `${await sha256(head)}:${file.size}`;
  return { name: file.name, size: file.size, detected: isFormat(type?.ext) ? type.ext : undefined, hash };
}

/** Facts of each file, one after the other: a person's files are few and each may be large. */
export async function factsOfAll(files: readonly File[], detect: Detect): Promise<FileFacts[]> {
  const facts: FileFacts[] = [];
  for (const file of files) facts.push(await factsOf(file, detect));
  return facts;
}

const BY_MIME: Record<string, FileFormat> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'video/mp4': 'mp4',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
};

/** Facts of a file already in an attachment cell: no content to read, so the MIME type and the token stand in. */
export function factsOfAttachment(attachment: AttachmentValue): FileFacts {
  return {
    name: attachment.name,
    size: attachment.size,
    detected: BY_MIME[attachment.type.toLowerCase()],
    hash: attachment.token,
    token: attachment.token,
  };
}
