/** The 工作 tab's card of drives waiting for my files. Pure. */
import { audienceOf } from '../../core/collection/audience';
import type { Drive, Submission } from '../../core/collection/drive';
import { memberOfUser, type Org } from '../../core/org';
import { myDrives, type MyDrive } from './collectionModel';

/**
 * [CD22] Open drives that ask me (I am in the audience, not merely allowed because the drive is open to all) and
 * that I have not completed: nothing sent, sent back, or sent with problems still to fix. Soonest deadline first.
 */
export function drivesWaitingForMe(
  org: Org,
  userId: string,
  drives: Drive[],
  submissions: Submission[],
  now: number,
): MyDrive[] {
  const member = memberOfUser(org, userId);
  if (!member) return [];
  const asked = (drive: Drive) => audienceOf(org, drive).some((m) => m.id === member.id);
  return myDrives(org, userId, drives.filter(asked), submissions, now).filter(
    (item) => item.state === 'missing' || item.state === 'sentBack' || item.state === 'problems',
  );
}
