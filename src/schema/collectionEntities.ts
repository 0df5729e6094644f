/** Collection drives (收集) and submissions (提交) from decoded records and back. */
import {
  DEFAULT_REMINDER_DAYS,
  FILE_FORMATS,
  type Drive,
  type DriveStatus,
  type FileFacts,
  type FileFormat,
  type ReviewState,
  type Submission,
} from '../core/collection/drive';
import type { DecodedRecord, FieldValues, PlainValue } from './cellCodec';

const str = (v: PlainValue) => (typeof v === 'string' ? v : '');
const num = (v: PlainValue) => (typeof v === 'number' ? v : undefined);
const list = (v: PlainValue) => (Array.isArray(v) ? v : []);
const one = (v: PlainValue) => list(v)[0];

const isFormat = (v: string): v is FileFormat => (FILE_FORMATS as readonly string[]).includes(v);
const STATUSES: readonly DriveStatus[] = ['draft', 'open', 'closed'];
const REVIEWS: readonly ReviewState[] = ['pending', 'accepted', 'rejected'];

/** "3,1" as [3, 1]; empty or unreadable text is the default plan. */
export function parseReminderDays(text: string): number[] {
  if (!text.trim()) return [...DEFAULT_REMINDER_DAYS];
  const days = text
    .split(/[,，\s]+/)
    .filter(Boolean)
    .map(Number);
  return days.every((d) => Number.isFinite(d)) ? days : [...DEFAULT_REMINDER_DAYS];
}

export function toDrive({ id, values }: DecodedRecord<'collections'>): Drive {
  return {
    id,
    title: str(values.title),
    requirements: str(values.requirements),
    formats: list(values.allowedFormats).filter(isFormat),
    maxSizeMb: num(values.maxSizeMb),
    minFiles: num(values.minFiles) ?? 1,
    maxFiles: num(values.maxFiles) ?? 1,
    namingRule: str(values.namingRule),
    deadline: num(values.deadline),
    departmentIds: list(values.targetDepartments),
    memberIds: list(values.targetMembers),
    openToAll: values.openToAll === true,
    needsReview: values.needsReview === true,
    points: num(values.points),
    reminderDays: parseReminderDays(str(values.reminderDays)),
    organizerUserIds: list(values.organizer),
    status: STATUSES.find((s) => s === values.status),
    publishedAt: num(values.publishedAt),
    closedAt: num(values.closedAt),
    key: str(values.key) || undefined,
    stageId: one(values.stage),
    remindAtDeadline: values.noDueReminder !== true,
    dailyList: values.noDailyList !== true,
  };
}

export function fromDrive(drive: Omit<Drive, 'id'>): FieldValues<'collections'> {
  return {
    title: drive.title,
    requirements: drive.requirements,
    allowedFormats: drive.formats,
    maxSizeMb: drive.maxSizeMb,
    minFiles: drive.minFiles,
    maxFiles: drive.maxFiles,
    namingRule: drive.namingRule,
    deadline: drive.deadline,
    targetDepartments: drive.departmentIds,
    targetMembers: drive.memberIds,
    openToAll: drive.openToAll,
    needsReview: drive.needsReview,
    points: drive.points,
    reminderDays: drive.reminderDays.join(','),
    organizer: drive.organizerUserIds,
    status: drive.status,
    publishedAt: drive.publishedAt,
    closedAt: drive.closedAt,
    key: drive.key,
    // Written only when named: a Base installed before the column existed still takes every other drive.
    ...(drive.stageId ? { stage: [drive.stageId] } : {}),
    ...(drive.remindAtDeadline === false ? { noDueReminder: true } : {}),
    ...(drive.dailyList === false ? { noDailyList: true } : {}),
  };
}

function parseFacts(text: string): FileFacts[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((f): f is FileFacts => typeof f?.name === 'string') : [];
  } catch {
    return [];
  }
}

export function toSubmission({ id, values }: DecodedRecord<'submissions'>): Submission {
  return {
    id,
    driveId: one(values.collection),
    memberId: one(values.member),
    title: str(values.title),
    files: parseFacts(str(values.fileFacts)),
    submittedAt: num(values.submittedAt),
    compliant: values.compliant === true,
    problems: str(values.problems),
    review: REVIEWS.find((r) => r === values.review),
    reviewReason: str(values.reviewReason),
    version: num(values.version) ?? 1,
    late: values.late === true,
    checkedAt: num(values.checkedAt),
    key: str(values.key) || undefined,
    arrivedAt: num(values.createdAt),
  };
}

export function fromSubmission(submission: Omit<Submission, 'id'>): FieldValues<'submissions'> {
  return {
    title: submission.title,
    collection: submission.driveId ? [submission.driveId] : [],
    member: submission.memberId ? [submission.memberId] : [],
    submittedAt: submission.submittedAt,
    compliant: submission.compliant,
    problems: submission.problems,
    review: submission.review,
    version: submission.version,
    sizeBytes: submission.files.reduce((sum, f) => sum + f.size, 0),
    fileFacts: submission.files.length ? JSON.stringify(submission.files) : '',
    late: submission.late,
    reviewReason: submission.reviewReason,
    checkedAt: submission.checkedAt,
    key: submission.key,
  };
}
