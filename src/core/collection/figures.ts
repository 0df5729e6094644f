/** [CD13] A drive's figures for the boss's dashboard: collection rate, time to collect, compliance at first try. */
import type { Org } from '../org';
import { DAY } from '../time';
import { audienceOf } from './audience';
import type { Drive, Submission } from './drive';

export interface DriveFigures {
  audience: number;
  /** Share of the audience with a submission at or before the deadline, 0..1. */
  collectionRate: number;
  /** Median days from publishing to each person's first submission; undefined with none. */
  medianDaysToCollect?: number;
  /** Share of first versions that were compliant, 0..1; undefined with none. */
  firstTryCompliance?: number;
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** First versions of the drive's submissions, by member. */
function firstVersions(drive: Drive, submissions: readonly Submission[]): Map<string, Submission> {
  const first = new Map<string, Submission>();
  for (const s of submissions) {
    if (s.driveId !== drive.id || !s.memberId) continue;
    const held = first.get(s.memberId);
    if (!held || s.version < held.version) first.set(s.memberId, s);
  }
  return first;
}

export function driveFigures(org: Org, drive: Drive, submissions: readonly Submission[]): DriveFigures {
  const audience = audienceOf(org, drive);
  const first = firstVersions(drive, submissions);
  const inAudience = audience.filter((m) => first.has(m.id));
  const onTime = inAudience.filter((m) => {
    const at = first.get(m.id)!.submittedAt;
    return at !== undefined && (drive.deadline === undefined || at <= drive.deadline);
  });
  const days = [...first.values()]
    .filter((s) => s.submittedAt !== undefined && drive.publishedAt !== undefined)
    .map((s) => (s.submittedAt! - drive.publishedAt!) / DAY);
  const firsts = [...first.values()];
  return {
    audience: audience.length,
    collectionRate: audience.length ? onTime.length / audience.length : 0,
    medianDaysToCollect: median(days),
    firstTryCompliance: firsts.length ? firsts.filter((s) => s.compliant).length / firsts.length : undefined,
  };
}
