/**
 * Fetches a drive's accepted files one at a time and packs them into one ZIP. fflate is loaded only when
 * someone asks for the archive. A file that cannot be fetched is left out and listed, in the result and in a
 * text file inside the archive, so the organizer knows whom to ask.
 */
import { uniqueNames, type ArchiveEntry } from '../../core/collection/archive';
import type { Translate } from '../../i18n/translate';

export interface ZipSources {
  /** A fresh download address for one file of one submission. */
  urlOf: (submissionId: string, token: string) => Promise<string>;
  fetch: (url: string) => Promise<Response>;
}

export interface MissingFile {
  person: string;
  fileName: string;
  reason: string;
}

export interface DriveZip {
  blob: Blob;
  packed: number;
  missing: MissingFile[];
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function contentOf(entry: ArchiveEntry, sources: ZipSources): Promise<Uint8Array> {
  const response = await sources.fetch(await sources.urlOf(entry.submissionId, entry.token));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function missingList(missing: MissingFile[], t: Translate): string {
  const lines = missing.map((m) =>
    t('collection.zip.missingLine', { person: m.person, file: m.fileName, reason: m.reason }),
  );
  // CRLF and a BOM: Notepad on older Windows shows the Chinese names right.
  return `\uFEFF${[t('collection.zip.missingHeader'), ...lines].join('\r\n')}\r\n`;
}

/** One file at a time: the host's addresses are short-lived and the sidebar must stay responsive. */
export async function buildDriveZip(
  entries: readonly ArchiveEntry[],
  sources: ZipSources,
  t: Translate,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<DriveZip> {
  const files: Record<string, Uint8Array> = {};
  const missing: MissingFile[] = [];
  for (const [index, entry] of entries.entries()) {
    onProgress(index, entries.length);
    try {
      files[entry.entryName] = await contentOf(entry, sources);
    } catch (error) {
      missing.push({ person: entry.person, fileName: entry.fileName, reason: reasonOf(error) });
    }
  }
  onProgress(entries.length, entries.length);
  const { strToU8, zipSync } = await import('fflate');
  if (missing.length) {
    const name = uniqueNames([...entries.map((e) => e.entryName), t('collection.zip.missingName')]).at(-1)!;
    files[name] = strToU8(missingList(missing, t));
  }
  // Level 0: PDFs, images and videos are compressed already; storing them is fast and loses nothing.
  const zipped = zipSync(files, { level: 0 });
  return {
    blob: new Blob([zipped], { type: 'application/zip' }),
    packed: entries.length - missing.length,
    missing,
  };
}
