/** A collection drive (收集) and its submissions (提交), free of Bitable shapes. Times are epoch milliseconds. */

export const FILE_FORMATS = ['pdf', 'docx', 'xlsx', 'pptx', 'jpg', 'png', 'mp4', 'zip'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export type DriveStatus = 'draft' | 'open' | 'closed';
export type ReviewState = 'pending' | 'accepted' | 'rejected';

/** Days before the deadline at which those still missing are reminded, when the organizer changes nothing. */
export const DEFAULT_REMINDER_DAYS: readonly number[] = [3, 1];

export interface Drive {
  id: string;
  title: string;
  requirements: string;
  formats: FileFormat[];
  maxSizeMb?: number;
  minFiles: number;
  maxFiles: number;
  /** E.g. `{部门}-{姓名}-{标题}`; empty for none. */
  namingRule: string;
  deadline?: number;
  departmentIds: string[];
  memberIds: string[];
  /** Anyone active may submit, not only the audience. */
  openToAll: boolean;
  needsReview: boolean;
  /** What an on-time compliant submission earns (the ledger turns it into entries). */
  points?: number;
  /** Days before the deadline to remind those missing. */
  reminderDays: number[];
  organizerUserIds: string[];
  status?: DriveStatus;
  publishedAt?: number;
  closedAt?: number;
  /** The request key that made it: a retried publish finds the drive it made. */
  key?: string;
  /** The stage of a special task this drive was launched from: it completes when the drive closes. */
  stageId?: string;
  /** [CD23] false: no reminder at the deadline (to those missing and their heads). Unset means on. */
  remindAtDeadline?: boolean;
  /** [CD23] false: no daily missing list to the organizer after the deadline. Unset means on. */
  dailyList?: boolean;
}

/** What is known about one uploaded file: its format is detected from its content outside core. */
export interface FileFacts {
  name: string;
  size: number;
  /** The format its content shows, or undefined when the content matches none of ours. */
  detected?: FileFormat;
  /** A hash of its content: the same file twice is the same hash. */
  hash: string;
  /** The host's token once uploaded. */
  token?: string;
}

/** One version of one person's submission to one drive; a resubmission is a new row. */
export interface Submission {
  id: string;
  driveId?: string;
  memberId?: string;
  title: string;
  files: FileFacts[];
  submittedAt?: number;
  compliant: boolean;
  /** The problems in plain words, one a line, in the Base's language. */
  problems: string;
  review?: ReviewState;
  reviewReason: string;
  version: number;
  late: boolean;
  /** When its files were checked; a row from the form view or the grid has none until the background checks it. */
  checkedAt?: number;
  key?: string;
  /** When the row was created in the Base (filled by the Base, never written by us). */
  arrivedAt?: number;
}

export function driveDefaults(overrides: Partial<Omit<Drive, 'id'>> = {}): Omit<Drive, 'id'> {
  return {
    title: '',
    requirements: '',
    formats: [],
    minFiles: 1,
    maxFiles: 1,
    namingRule: '',
    departmentIds: [],
    memberIds: [],
    openToAll: false,
    needsReview: false,
    reminderDays: [...DEFAULT_REMINDER_DAYS],
    organizerUserIds: [],
    ...overrides,
  };
}

/** The newest version each member submitted, by member id. */
export function latestByMember(submissions: readonly Submission[]): Map<string, Submission> {
  const latest = new Map<string, Submission>();
  for (const s of submissions) {
    if (!s.memberId) continue;
    const held = latest.get(s.memberId);
    if (!held || s.version > held.version) latest.set(s.memberId, s);
  }
  return latest;
}

/** [CD9] Still owes the drive: nothing submitted, or the newest version was sent back. */
export function owes(latest: Submission | undefined): boolean {
  return latest === undefined || latest.review === 'rejected';
}
