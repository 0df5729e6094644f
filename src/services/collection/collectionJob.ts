/**
 * The background work of collection drives, run by an open sidebar under the runner lease and by
 * `npm run automations`: the reminder plan's notices ([CD10]) and the check of submissions that arrived
 * through the form view or the grid (no 检查时间 yet), whose authors are told what is wrong.
 */
import { isLate } from '../../core/collection/audience';
import { complianceProblems } from '../../core/collection/compliance';
import type { Drive } from '../../core/collection/drive';
import { dueReminders, type CollectNotice } from '../../core/collection/reminders';
import { userOf, type Org } from '../../core/org';
import type { NoticeDraft } from '../../core/notices';
import type { Locale } from '../../i18n/translate';
import type { FieldValues } from '../../schema/cellCodec';
import type { BatonStore, CoreData } from '../../store/batonStore';
import type { BackgroundJob } from '../background';
import { readCollections, type StoredSubmission } from './collectionData';
import { baseLocale, noticeDrafts, problemsText, tell } from './collectionNotices';
import { factsOfAttachment } from './fileFacts';
import { completeDriveStages } from './stageLink';
import { namingContext } from './submit';

export interface CollectionRun {
  reminders: number;
  checked: number;
  /** [CD16] Stages completed because their drive closed. */
  stages: number;
}

function reminderDrafts(org: Org, drives: Drive[], stored: StoredSubmission[], now: number): NoticeDraft[] {
  return drives.flatMap((drive) => noticeDrafts(dueReminders(org, drive, stored, now), drive, ''));
}

/** A version number for a row added by hand: after every version the same person has for the drive. */
function versionOf(row: StoredSubmission, stored: StoredSubmission[]): number {
  const others = stored.filter((s) => s !== row && s.driveId === row.driveId && s.memberId === row.memberId);
  const checked = others.filter((s) => s.checkedAt !== undefined).map((s) => s.version);
  return Math.max(0, ...checked) + 1;
}

type Change = { id: string; values: FieldValues<'submissions'> };

/** The check of one unchecked row from its cell metadata, and the notice for its author when something is wrong. */
function checkRow(
  locale: Locale,
  org: Org,
  drive: Drive,
  row: StoredSubmission,
  stored: StoredSubmission[],
  now: number,
) {
  const user = userOf(org.members.find((m) => m.id === row.memberId));
  const facts = row.attachments.map(factsOfAttachment);
  const problems = complianceProblems(drive, facts, namingContext(org, user ?? '', drive, row.title));
  const submittedAt = row.submittedAt ?? now;
  const text = problemsText(problems, drive, locale);
  const change: Change = {
    id: row.id,
    values: {
      fileFacts: JSON.stringify(facts),
      sizeBytes: facts.reduce((sum, f) => sum + f.size, 0),
      compliant: problems.length === 0,
      problems: text,
      submittedAt,
      version: versionOf(row, stored),
      late: isLate(drive, submittedAt),
      review: drive.needsReview ? 'pending' : undefined,
      checkedAt: now,
      key: row.key ?? `collect:${drive.id}:row:${row.id}`,
    },
  };
  if (problems.length === 0 || !user) return { change, notices: [] };
  const notice: CollectNotice = {
    key: `collect:${drive.id}:problems:${row.id}`,
    kind: 'problems',
    recipientUserId: user,
    driveId: drive.id,
    reason: text.replace(/\n/g, ' '),
  };
  return { change, notices: noticeDrafts([notice], drive, '') };
}

export async function runCollection(
  store: BatonStore,
  data: CoreData,
  now: number,
  actor = '',
): Promise<CollectionRun> {
  const org: Org = data;
  if (!store.resolution.schema.collections || !store.resolution.schema.submissions)
    return { reminders: 0, checked: 0, stages: 0 };
  const { drives, stored } = await readCollections(store);
  const byId = new Map(drives.map((d) => [d.id, d]));
  const unchecked = stored.filter(
    (s) => s.checkedAt === undefined && s.driveId && byId.has(s.driveId) && s.memberId,
  );
  const checks = unchecked.map((row) =>
    checkRow(baseLocale(store), org, byId.get(row.driveId!)!, row, stored, now),
  );
  if (checks.length)
    await store.update(
      'submissions',
      checks.map((c) => c.change),
    );
  const problemNotices = checks.flatMap((c) => c.notices);
  const reminders = reminderDrafts(org, drives, stored, now);
  await tell(store, [...reminders, ...problemNotices], now);
  const stages = await completeDriveStages(store, data, drives, actor, now);
  return { reminders: reminders.length, checked: unchecked.length, stages };
}

/** [CD10] The reminders and the check of hand-added rows, as one job of the background runner. */
export const collectionJob: BackgroundJob = {
  name: 'collection',
  every: 5 * 60_000,
  run: async ({ store, data, now, actor }) => (await runCollection(store, data, now, actor), {}),
};
