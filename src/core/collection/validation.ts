/** [CD1] What a drive must say before it is published: each problem has a code the editor names. */
import { DAY } from '../time';
import type { Drive } from './drive';
import { namingRuleProblem } from './naming';

/** A file larger than this (2 GB) is not something the host takes as an attachment. */
export const MAX_SIZE_MB = 2048;
/** More files per person than this is a mistake, not a collection. */
export const MAX_FILES_CAP = 50;

export type DriveProblem =
  | 'titleEmpty'
  | 'deadlineMissing'
  | 'deadlinePast'
  | 'audienceEmpty'
  | 'sizeInvalid'
  | 'formatsEmpty'
  | 'filesRange'
  | 'namingRule'
  | 'pointsInvalid'
  | 'remindersInvalid'
  /** [CD16] The stage it is launched from is gone, not a stage, or finished. */
  | 'stageInvalid';

const wholeInRange = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** `audienceSize` is the audience as resolved (0 when it names nobody active); an open drive needs none. */
export function driveProblems(drive: Omit<Drive, 'id'>, audienceSize: number, now: number): DriveProblem[] {
  const problems: DriveProblem[] = [];
  if (!drive.title.trim()) problems.push('titleEmpty');
  if (drive.deadline === undefined) problems.push('deadlineMissing');
  else if (drive.deadline <= now) problems.push('deadlinePast');
  if (audienceSize === 0 && !drive.openToAll) problems.push('audienceEmpty');
  const size = drive.maxSizeMb;
  if (size === undefined || !(size > 0) || size > MAX_SIZE_MB) problems.push('sizeInvalid');
  if (drive.formats.length === 0) problems.push('formatsEmpty');
  const { minFiles, maxFiles } = drive;
  if (
    !wholeInRange(minFiles, 0, MAX_FILES_CAP) ||
    !wholeInRange(maxFiles, 1, MAX_FILES_CAP) ||
    minFiles > maxFiles
  )
    problems.push('filesRange');
  if (namingRuleProblem(drive.namingRule)) problems.push('namingRule');
  if (drive.points !== undefined && !(drive.points >= 0)) problems.push('pointsInvalid');
  if (drive.reminderDays.some((d) => !wholeInRange(d, 1, 60))) problems.push('remindersInvalid');
  return problems;
}

/** [CD2] An extension must move the deadline later and into the future. */
export function extensionProblem(drive: Drive, deadline: number, now: number): 'deadlinePast' | undefined {
  if (deadline <= now || (drive.deadline !== undefined && deadline <= drive.deadline)) return 'deadlinePast';
  return undefined;
}

/** The default deadline a new drive's editor proposes: a week from now, at the same hour. */
export const proposedDeadline = (now: number) => now + 7 * DAY;
