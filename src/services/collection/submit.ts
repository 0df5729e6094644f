/**
 * [CD4] [CD8] Submitting files to a drive: refuse what cannot be submitted before uploading, upload (one upload
 * at a time on the Base), then add the version with its check result. An upload that fails half way writes
 * nothing, so nothing counts as submitted and a retry starts clean; a resubmission is a new version.
 */
import { isLate, submitRefusal, type SubmitRefusal } from '../../core/collection/audience';
import { complianceProblems, renamedByRule, type FileProblem } from '../../core/collection/compliance';
import type { Drive, FileFacts, Submission } from '../../core/collection/drive';
import type { NamingContext } from '../../core/collection/naming';
import { departmentName, memberOfUser, type Org } from '../../core/org';
import type { AttachmentValue } from '../../port/cellValues';
import type { BatonStore } from '../../store/batonStore';
import { uploadOneAtATime } from '../deliverables';
import { addVersion, readDrive, readVersions, versionKey } from './collectionData';
import { baseLocale, problemsText } from './collectionNotices';
import { factsOfAll, type Detect } from './fileFacts';

export type SubmitFailure = SubmitRefusal | 'driveGone' | 'noFiles' | 'tooMany';

export type SubmitResult =
  | { ok: true; submission: Submission; problems: FileProblem[] }
  | { ok: false; refusal: SubmitFailure; max?: number };

export function namingContext(org: Org, userId: string, drive: Drive, title: string): NamingContext {
  const member = memberOfUser(org, userId);
  return {
    department: departmentName(org, member?.departmentId),
    name: member?.name ?? '',
    title: title.trim() || drive.title,
  };
}

/** What the person sees before submitting: the problems of these files, and the names the rule would give. */
export async function precheck(
  org: Org,
  userId: string,
  drive: Drive,
  input: { files: readonly File[]; title: string },
  detect: Detect,
) {
  const facts = await factsOfAll(input.files, detect);
  const naming = namingContext(org, userId, drive, input.title);
  return {
    facts,
    problems: complianceProblems(drive, facts, naming),
    renamed: renamedByRule(drive, facts, naming),
  };
}

const renamedFile = (file: File, name: string) =>
  file.name === name ? file : new File([file], name, { type: file.type, lastModified: file.lastModified });

/** Told before each file's upload starts: how many are done, of how many, and the file's name. */
export type UploadProgress = (done: number, total: number, name: string) => void;

/**
 * [CD18] One file per upload call, so the person sees which file of how many is on its way; each waits its turn
 * in the Base's upload queue, and a file uploaded before a failure keeps its token for the retry.
 */
async function upload(
  store: BatonStore,
  files: File[],
  facts: FileFacts[],
  now: number,
  progress: UploadProgress = () => {},
) {
  const tokens: string[] = [];
  for (const [i, file] of files.entries()) {
    progress(i, files.length, file.name);
    tokens.push(...(await uploadOneAtATime(store.host.base, [file])));
  }
  progress(files.length, files.length, '');
  return files.map((file, i): AttachmentValue => ({
    name: facts[i]!.name,
    size: file.size,
    type: file.type,
    token: tokens[i]!,
    timeStamp: now,
  }));
}

export interface SubmitInput {
  driveId: string;
  files: File[];
  title: string;
  /** Rename the files by the drive's naming rule before uploading. */
  rename: boolean;
  detect: Detect;
  onUpload?: UploadProgress;
}

export async function submitFiles(
  store: BatonStore,
  org: Org,
  userId: string,
  input: SubmitInput,
  now: number,
): Promise<SubmitResult> {
  if (input.files.length === 0) return { ok: false, refusal: 'noFiles' };
  const drive = await readDrive(store, input.driveId);
  if (!drive) return { ok: false, refusal: 'driveGone' };
  const refusal = submitRefusal(org, userId, drive, now);
  if (refusal) return { ok: false, refusal };
  // Hundreds of files are a mistake: refused before anything is uploaded.
  if (input.files.length > drive.maxFiles) return { ok: false, refusal: 'tooMany', max: drive.maxFiles };
  const member = memberOfUser(org, userId)!;
  const naming = namingContext(org, userId, drive, input.title);
  const read = await factsOfAll(input.files, input.detect);
  const facts = input.rename ? renamedByRule(drive, read, naming) : read;
  const problems = complianceProblems(drive, facts, naming);
  const attachments = await upload(
    store,
    input.files.map((f, i) => renamedFile(f, facts[i]!.name)),
    facts,
    now,
    input.onUpload,
  );
  // The drive may have been deleted in the grid during the upload: then nothing is recorded.
  const [still, versions] = await Promise.all([
    readDrive(store, drive.id),
    readVersions(store, drive.id, member.id),
  ]);
  if (!still) return { ok: false, refusal: 'driveGone' };
  const version = Math.max(0, ...versions.map((v) => v.version)) + 1;
  const submission: Omit<Submission, 'id'> = {
    driveId: drive.id,
    memberId: member.id,
    title: input.title.trim() || drive.title,
    files: facts.map((f, i) => ({ ...f, token: attachments[i]!.token })),
    submittedAt: now,
    compliant: problems.length === 0,
    problems: problemsText(problems, drive, baseLocale(store)),
    review: drive.needsReview ? 'pending' : undefined,
    reviewReason: '',
    version,
    late: isLate(drive, now),
    checkedAt: now,
    key: versionKey(drive.id, member.id, version),
  };
  const id = await addVersion(store, submission, attachments);
  return { ok: true, submission: { ...submission, id }, problems };
}
