/** Reviewing a submission: accept, or send back with a reason (the person is told, once per version). */
import { manageRefusal, type DriveRefusal } from '../../core/collection/audience';
import { userOf, type Org } from '../../core/org';
import { toSubmission } from '../../schema/collectionEntities';
import type { BatonStore } from '../../store/batonStore';
import { readDrive } from './collectionData';
import { noticeDrafts, tell } from './collectionNotices';

export type ReviewRefusal = DriveRefusal | 'driveGone' | 'submissionGone' | 'reasonMissing';
export type ReviewResult = { ok: true } | { ok: false; refusal: ReviewRefusal };

export type ReviewDecision = { accept: true } | { accept: false; reason: string };

export async function reviewSubmission(
  store: BatonStore,
  org: Org,
  userId: string,
  submissionId: string,
  decision: ReviewDecision,
  now: number,
): Promise<ReviewResult> {
  if (!decision.accept && !decision.reason.trim()) return { ok: false, refusal: 'reasonMissing' };
  const rows = await store.readByIds('submissions', [submissionId]).catch(() => []);
  const submission = rows[0] ? toSubmission(rows[0]) : undefined;
  if (!submission?.driveId) return { ok: false, refusal: 'submissionGone' };
  const drive = await readDrive(store, submission.driveId);
  if (!drive) return { ok: false, refusal: 'driveGone' };
  const refusal = manageRefusal(org, userId, drive);
  if (refusal) return { ok: false, refusal };
  const review = decision.accept ? 'accepted' : 'rejected';
  const reason = decision.accept ? '' : decision.reason.trim();
  if (submission.review !== review || submission.reviewReason !== reason)
    await store.update('submissions', [{ id: submission.id, values: { review, reviewReason: reason } }]);
  if (decision.accept) return { ok: true };
  const member = org.members.find((m) => m.id === submission.memberId);
  const user = userOf(member);
  if (user) {
    const notice = {
      key: `collect:${drive.id}:sentBack:${submission.id}`,
      kind: 'sentBack' as const,
      recipientUserId: user,
      driveId: drive.id,
      reason,
    };
    await tell(store, noticeDrafts([notice], drive, ''), now);
  }
  return { ok: true };
}
