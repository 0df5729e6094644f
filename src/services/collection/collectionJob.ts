/**
 * The background work of collection drives, run by an open sidebar under the runner lease and by
 * `npm run automations`: the reminder plan's notices ([CD10]) and the check of submissions that arrived
 * through the form view or the grid (no 检查时间 yet), whose authors are told what is wrong.
 */
import type { Drive } from '../../core/collection/drive';
import { dueReminders } from '../../core/collection/reminders';
import type { Org } from '../../core/org';
import type { NoticeDraft } from '../../core/notices';
import type { BatonStore, CoreData } from '../../store/batonStore';
import type { BackgroundJob } from '../background';
import { readCollections, type StoredSubmission } from './collectionData';
import { baseLocale, noticeDrafts, tell } from './collectionNotices';
import { checkRow } from './rowCheck';
import { completeDriveStages } from './stageLink';

export interface CollectionRun {
  reminders: number;
  checked: number;
  /** [CD16] Stages completed because their drive closed. */
  stages: number;
}

function reminderDrafts(org: Org, drives: Drive[], stored: StoredSubmission[], now: number): NoticeDraft[] {
  return drives.flatMap((drive) => noticeDrafts(dueReminders(org, drive, stored, now), drive, ''));
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
  const unchecked = stored.filter((s) => s.checkedAt === undefined && s.driveId && byId.has(s.driveId));
  const checks = unchecked.map((row) =>
    checkRow(baseLocale(store), org, byId.get(row.driveId!)!, row, stored, now),
  );
  const changes = checks.flatMap((c) => (c.change ? [c.change] : []));
  if (changes.length) await store.update('submissions', changes);
  const problemNotices = checks.flatMap((c) => c.notices);
  const reminders = reminderDrafts(org, drives, stored, now);
  await tell(store, [...reminders, ...problemNotices], now);
  const stages = await completeDriveStages(store, data, drives, actor, now);
  return { reminders: reminders.length, checked: changes.length, stages };
}

/** [CD10] The reminders and the check of hand-added rows, as one job of the background runner. */
export const collectionJob: BackgroundJob = {
  name: 'collection',
  every: 5 * 60_000,
  run: async ({ store, data, now, actor }) => (await runCollection(store, data, now, actor), {}),
};
