/**
 * The ZIP of a drive's accepted files: which files go in, under which names, and who is missing from it.
 * Fetching and packing happen in the sidebar; this decides everything that can be decided without bytes.
 */
import type { Org } from '../org';
import { departmentName } from '../org';
import type { Drive, Submission } from './drive';
import { driveProgress } from './progress';
import { extensionOf, ruleName } from './naming';

/** One file to fetch: the submission row and token the host needs, the name it takes in the archive. */
export interface ArchiveEntry {
  memberId: string;
  person: string;
  submissionId: string;
  token: string;
  /** The name the person gave it. */
  fileName: string;
  /** The name in the archive: the naming rule's, unique in the archive. */
  entryName: string;
}

/** A file of a submission as stored: its token, and the format its content showed when known. */
export interface StoredFile {
  name: string;
  token: string;
  detected?: Submission['files'][number]['detected'];
}

/**
 * [CD14] Accepted means accepted in review; when the drive needs no review, a compliant newest version is
 * accepted too. Only each person's newest version counts.
 */
export function acceptedSubmissions(org: Org, drive: Drive, submissions: readonly Submission[]) {
  return driveProgress(org, drive, submissions).rows.filter(
    (row) => row.state === 'accepted' || (!drive.needsReview && row.state === 'compliant'),
  );
}

/**
 * [CD15] A name already taken (letter case ignored, as on Windows and macOS) gets ` (2)`, ` (3)`… before its
 * extension, so no entry overwrites another when unpacked.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const ext = extensionOf(name) ? name.slice(name.lastIndexOf('.')) : '';
    const stem = ext ? name.slice(0, -ext.length) : name;
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * [CD14] [CD15] The entries of the archive, in page order: each accepted person's files named by the drive's
 * rule (the automatic rename, numbered when several), without a rule the names they gave; names made unique.
 * `filesOf` gives a submission's stored files (a row from the form view has its tokens only in its cell).
 */
export function archiveEntries(
  org: Org,
  drive: Drive,
  submissions: readonly Submission[],
  filesOf: (submission: Submission) => StoredFile[],
): ArchiveEntry[] {
  const planned = acceptedSubmissions(org, drive, submissions).flatMap((row) => {
    const submission = row.latest!;
    const files = filesOf(submission);
    const context = {
      department: departmentName(org, row.member.departmentId),
      name: row.member.name,
      title: submission.title.trim() || drive.title,
    };
    return files.map((file, index) => ({
      memberId: row.member.id,
      person: row.member.name,
      submissionId: submission.id,
      token: file.token,
      fileName: file.name,
      entryName: ruleName(drive.namingRule, context, file, index, files.length),
    }));
  });
  const names = uniqueNames(planned.map((e) => e.entryName));
  return planned.map((entry, i) => ({ ...entry, entryName: names[i]! }));
}

/** [CD15] The archive's own name: the drive's title with characters a file name may not hold made dashes. */
export const archiveName = (drive: Drive): string =>
  `${drive.title.trim().replace(/[\\/:*?"<>|]/g, '-') || 'collection'}.zip`;
