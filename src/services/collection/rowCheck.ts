/**
 * [CD19] [CD20] The background check of one row that arrived through the form view or the grid: refused as the
 * sidebar's submit would refuse it (judged at the moment it arrived), else checked from its cell's metadata; its
 * author is told what is wrong. A row naming nobody is left unchecked and reported to the organizer, once.
 */
import { isLate, rowRefusal, type SubmitRefusal } from '../../core/collection/audience';
import { complianceProblems } from '../../core/collection/compliance';
import type { Drive } from '../../core/collection/drive';
import type { CollectNotice } from '../../core/collection/reminders';
import type { NoticeDraft } from '../../core/notices';
import { userOf, type Org } from '../../core/org';
import { translator, type Locale } from '../../i18n/translate';
import type { FieldValues } from '../../schema/cellCodec';
import type { StoredSubmission } from './collectionData';
import { noticeDrafts, problemsText } from './collectionNotices';
import { factsOfAttachment } from './fileFacts';
import { namingContext } from './submit';

export type RowChange = { id: string; values: FieldValues<'submissions'> };
export interface RowCheck {
  /** Undefined when the row stays unchecked (no member yet): filled in later, it is checked then. */
  change?: RowChange;
  notices: NoticeDraft[];
}

/** A version number for a row added by hand: after every version the same person has for the drive. */
function versionOf(row: StoredSubmission, stored: StoredSubmission[]): number {
  const others = stored.filter((s) => s !== row && s.driveId === row.driveId && s.memberId === row.memberId);
  const checked = others.filter((s) => s.checkedAt !== undefined).map((s) => s.version);
  return Math.max(0, ...checked) + 1;
}

/** When the row came in: the Base's creation time; a typed 提交时间 only when the Base has no such column. */
const arrivalOf = (row: StoredSubmission, now: number) => row.arrivedAt ?? row.submittedAt ?? now;

/** A notice about one row, keyed by drive, kind and row: told once, whoever runs the check. */
const notice = (
  drive: Drive,
  row: StoredSubmission,
  kind: CollectNotice['kind'],
  user: string,
  reason: string,
): CollectNotice => ({
  key: `collect:${drive.id}:${kind}:${row.id}${kind === 'noAuthor' ? `:${user}` : ''}`,
  kind,
  recipientUserId: user,
  driveId: drive.id,
  reason,
});

function noAuthor(drive: Drive, row: StoredSubmission): RowCheck {
  const what = [row.title, ...row.attachments.map((a) => a.name)].filter(Boolean).join('、');
  const notices = drive.organizerUserIds.map((user) => notice(drive, row, 'noAuthor', user, what));
  return { notices: noticeDrafts(notices, drive, '') };
}

function refused(
  locale: Locale,
  drive: Drive,
  row: StoredSubmission,
  refusal: SubmitRefusal,
  base: FieldValues<'submissions'>,
  user?: string,
): RowCheck {
  const reason = translator(locale)(`collection.refusedRow.${refusal}`);
  // Sent back with the reason: the row is kept, counts as nobody's submission, and the history shows why. As
  // version 0 it never stands above a version the person really submitted.
  const values = {
    ...base,
    version: 0,
    compliant: false,
    problems: reason,
    review: 'rejected' as const,
    reviewReason: reason,
  };
  const notices = user ? [notice(drive, row, 'refused', user, reason)] : [];
  return { change: { id: row.id, values }, notices: noticeDrafts(notices, drive, '') };
}

export function checkRow(
  locale: Locale,
  org: Org,
  drive: Drive,
  row: StoredSubmission,
  stored: StoredSubmission[],
  now: number,
): RowCheck {
  if (!row.memberId) return noAuthor(drive, row);
  const user = userOf(org.members.find((m) => m.id === row.memberId));
  const facts = row.attachments.map(factsOfAttachment);
  const arrivedAt = arrivalOf(row, now);
  const base: FieldValues<'submissions'> = {
    fileFacts: JSON.stringify(facts),
    sizeBytes: facts.reduce((sum, f) => sum + f.size, 0),
    submittedAt: arrivedAt,
    version: versionOf(row, stored),
    late: isLate(drive, arrivedAt),
    checkedAt: now,
    key: row.key ?? `collect:${drive.id}:row:${row.id}`,
  };
  const refusal = rowRefusal(org, drive, row.memberId, arrivedAt);
  if (refusal) return refused(locale, drive, row, refusal, base, user);
  const problems = complianceProblems(drive, facts, namingContext(org, user ?? '', drive, row.title));
  const text = problemsText(problems, drive, locale);
  const values = {
    ...base,
    compliant: problems.length === 0,
    problems: text,
    review: drive.needsReview ? ('pending' as const) : undefined,
  };
  const change = { id: row.id, values };
  if (problems.length === 0 || !user) return { change, notices: [] };
  const told = notice(drive, row, 'problems', user, text.replace(/\n/g, ' '));
  return { change, notices: noticeDrafts([told], drive, '') };
}
