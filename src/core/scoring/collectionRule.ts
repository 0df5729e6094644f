/**
 * [SC23] Points for collection drives (收集): a member's compliant version made by the drive's deadline earns the
 * points the drive states, once per drive and member. A newest version sent back takes them away again (the
 * member owes the drive once more), which the reconciliation books as a reversal.
 */
import type { Drive, Submission } from '../collection/drive';
import { pointsProblem, roundPoints, type Derivation, type ScoringRule } from './facts';
import { groupBy } from './grouping';

const onTime = (s: Submission, drive: Drive): boolean =>
  s.submittedAt !== undefined && (drive.deadline === undefined || s.submittedAt <= drive.deadline);

/**
 * The version that earns: the first compliant one made on time and not sent back; none when the newest version
 * was sent back. The first, so that a later fix or update does not move the entry to another period.
 */
export function earningVersion(versions: readonly Submission[], drive: Drive): Submission | undefined {
  let newest: Submission | undefined;
  let earning: Submission | undefined;
  for (const s of versions) {
    if (!newest || s.version > newest.version) newest = s;
    const earns = s.compliant && s.review !== 'rejected' && onTime(s, drive);
    if (earns && (!earning || s.version < earning.version)) earning = s;
  }
  return newest?.review === 'rejected' ? undefined : earning;
}

interface Earner {
  memberId: string;
  at: number;
}

/** Who earns on a drive; flags the drive when its points are not sensible or someone is not in 成员. */
function earnersOf(
  drive: Drive,
  submissions: Submission[],
  flags: Derivation['flags'],
  max: number,
): Earner[] {
  const fact = `collection:${drive.id}`;
  const earners = [...groupBy(submissions, (s) => s.memberId)].flatMap(([memberId, versions]) => {
    const version = earningVersion(versions, drive);
    return version ? [{ memberId, at: version.submittedAt! }] : [];
  });
  if (earners.length === 0) return [];
  const problem = pointsProblem(drive.points, max);
  if (problem) {
    flags.push({ fact, title: drive.title, problem });
    return [];
  }
  return earners;
}

export const collectionRule: ScoringRule = {
  name: 'collection',
  derive(facts, context) {
    const out: Derivation = { wanted: [], flags: [] };
    const memberIds = new Set(facts.members.map((m) => m.id));
    const byDrive = groupBy(facts.submissions ?? [], (s) => s.driveId);
    for (const drive of facts.drives ?? []) {
      const submissions = byDrive.get(drive.id);
      if (!submissions || drive.points === undefined || drive.points === 0) continue;
      const fact = `collection:${drive.id}`;
      const earners = earnersOf(drive, submissions, out.flags, context.settings.maxTaskPoints);
      if (earners.some((e) => !memberIds.has(e.memberId)))
        out.flags.push({ fact, title: drive.title, problem: 'unknownPerson' });
      for (const { memberId, at } of earners.filter((e) => memberIds.has(e.memberId)))
        out.wanted.push({
          fact,
          memberId,
          rule: 'submission',
          source: 'collection',
          points: roundPoints(drive.points),
          period: context.periodOf(at),
          at,
          summary: drive.title,
        });
    }
    return out;
  },
};
