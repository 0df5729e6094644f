/**
 * Publishing, extending and closing a drive, and the organizer's reminder: refuse before writing, write the
 * drive's change, then tell people through the outbox with keys, so a retry writes nothing twice.
 */
import { audienceOf, manageRefusal, publishRefusal, type DriveRefusal } from '../../core/collection/audience';
import type { Drive, Submission } from '../../core/collection/drive';
import { extensionNotices, nudgeNotices, publishNotices } from '../../core/collection/reminders';
import { launchable } from '../../core/collection/stageLink';
import { driveProblems, extensionProblem, type DriveProblem } from '../../core/collection/validation';
import { memberOfUser, type Org } from '../../core/org';
import { fromDrive } from '../../schema/collectionEntities';
import { toTask } from '../../schema/entities';
import type { BatonStore } from '../../store/batonStore';
import { readDrive, type CollectionData } from './collectionData';
import { noticeDrafts, tell } from './collectionNotices';

export type DriveDraft = Omit<
  Drive,
  'id' | 'status' | 'publishedAt' | 'closedAt' | 'organizerUserIds' | 'key'
>;

export type ManageRefusal = DriveRefusal | 'driveGone' | 'closed' | 'invalid';
export type ManageResult =
  | { ok: true; driveId: string; notified: number }
  | { ok: false; refusal: ManageRefusal; problems?: DriveProblem[] };

const organizerName = (org: Org, userId: string) => memberOfUser(org, userId)?.name ?? '';

/** [CD1] [CD6] [CD7] Writes the drive (keyed by the request key) open, then tells each audience member once. */
export async function publishDrive(
  store: BatonStore,
  org: Org,
  userId: string,
  draft: DriveDraft,
  requestKey: string,
  now: number,
): Promise<ManageResult> {
  const refusal = publishRefusal(org, userId);
  if (refusal) return { ok: false, refusal };
  const values: Omit<Drive, 'id'> = {
    ...draft,
    status: 'open',
    publishedAt: now,
    organizerUserIds: [userId],
    key: requestKey,
  };
  const problems = driveProblems(values, audienceOf(org, values).length, now);
  if (draft.stageId && !(await stageLaunchable(store, draft.stageId))) problems.push('stageInvalid');
  if (problems.length) return { ok: false, refusal: 'invalid', problems };
  store.checkWrites([{ table: 'collections', keyField: 'key', rows: [fromDrive(values)] }]);
  const ids = await store.addKeyed('collections', 'key', [fromDrive(values)], true);
  const drive: Drive = { ...values, id: ids.get(requestKey)! };
  const notified = await tell(
    store,
    noticeDrafts(publishNotices(org, drive), drive, organizerName(org, userId)),
    now,
  );
  return { ok: true, driveId: drive.id, notified };
}

/** [CD16] The stage named, read fresh: deleted or finished since the editor listed it, it is refused. */
async function stageLaunchable(store: BatonStore, stageId: string): Promise<boolean> {
  const rows = await store.readByIds('tasks', [stageId]).catch(() => []);
  return launchable(rows[0] ? toTask(rows[0]) : undefined);
}

async function managed(store: BatonStore, org: Org, userId: string, driveId: string) {
  const drive = await readDrive(store, driveId);
  if (!drive) return { refusal: 'driveGone' as const };
  const refusal = manageRefusal(org, userId, drive);
  return refusal ? { refusal } : { drive };
}

/** [CD2] A later deadline; everyone still missing is told (keyed by the new deadline). */
export async function extendDrive(
  store: BatonStore,
  org: Org,
  userId: string,
  driveId: string,
  deadline: number,
  submissions: readonly Submission[],
  now: number,
): Promise<ManageResult> {
  const { drive, refusal } = await managed(store, org, userId, driveId);
  if (!drive) return { ok: false, refusal: refusal! };
  if (drive.status === 'closed') return { ok: false, refusal: 'closed' };
  if (drive.deadline !== deadline) {
    const problem = extensionProblem(drive, deadline, now);
    if (problem) return { ok: false, refusal: 'invalid', problems: [problem] };
    await store.update('collections', [{ id: drive.id, values: { deadline } }]);
  }
  const extended = { ...drive, deadline };
  const drafts = noticeDrafts(
    extensionNotices(org, extended, submissions),
    extended,
    organizerName(org, userId),
  );
  return { ok: true, driveId, notified: await tell(store, drafts, now) };
}

/** Closes the drive now: no more submissions, no more reminders. Closing a closed drive changes nothing. */
export async function closeDrive(
  store: BatonStore,
  org: Org,
  userId: string,
  driveId: string,
  now: number,
): Promise<ManageResult> {
  const { drive, refusal } = await managed(store, org, userId, driveId);
  if (!drive) return { ok: false, refusal: refusal! };
  if (drive.status !== 'closed')
    await store.update('collections', [{ id: drive.id, values: { status: 'closed', closedAt: now } }]);
  return { ok: true, driveId, notified: 0 };
}

/** [CD11] Reminds everyone still missing, at most once a day each. */
export async function remindMissing(
  store: BatonStore,
  org: Org,
  userId: string,
  driveId: string,
  data: CollectionData,
  now: number,
): Promise<ManageResult> {
  const { drive, refusal } = await managed(store, org, userId, driveId);
  if (!drive) return { ok: false, refusal: refusal! };
  if (drive.status === 'closed') return { ok: false, refusal: 'closed' };
  const drafts = noticeDrafts(
    nudgeNotices(org, drive, data.submissions, now),
    drive,
    organizerName(org, userId),
  );
  return { ok: true, driveId, notified: await tell(store, drafts, now) };
}
