/**
 * [SC24] Points for courses (课程): a member's passed attempt earns the points the course states, once per course
 * and member, booked at the first pass. An attempt invalidated (通过 unticked or the row deleted) takes them
 * away again, which the reconciliation books as a reversal.
 */
import type { Attempt, Course } from '../training/trainingModel';
import {
  pointsProblem,
  roundPoints,
  type Derivation,
  type Flag,
  type RuleContext,
  type ScoringRule,
} from './facts';
import { groupBy } from './grouping';

/** The moment of a member's first pass, or `noDate` when they passed only in rows without a time. */
function firstPass(attempts: readonly Attempt[]): number | 'noDate' | undefined {
  let first: number | 'noDate' | undefined;
  for (const a of attempts) {
    if (!a.passed) continue;
    if (a.at === undefined) first ??= 'noDate';
    else if (first === undefined || first === 'noDate' || a.at < first) first = a.at;
  }
  return first;
}

function courseEntries(
  course: Course,
  attempts: Attempt[],
  memberIds: ReadonlySet<string>,
  context: RuleContext,
  out: Derivation,
) {
  const fact = `course:${course.id}`;
  const flag = (problem: Flag['problem']) => out.flags.push({ fact, title: course.title, problem });
  const passes = [...groupBy(attempts, (a) => a.memberId)].flatMap(([memberId, mine]) => {
    const at = firstPass(mine);
    return at === undefined ? [] : [{ memberId, at }];
  });
  if (passes.length === 0) return;
  if (passes.some((p) => p.at === 'noDate')) flag('noDate');
  if (passes.some((p) => !memberIds.has(p.memberId))) flag('unknownPerson');
  for (const { memberId, at } of passes) {
    if (at === 'noDate' || !memberIds.has(memberId)) continue;
    out.wanted.push({
      fact,
      memberId,
      rule: 'course',
      source: 'course',
      points: roundPoints(course.points!),
      period: context.periodOf(at),
      at,
      summary: course.title,
    });
  }
}

export const courseRule: ScoringRule = {
  name: 'course',
  derive(facts, context) {
    const out: Derivation = { wanted: [], flags: [] };
    const memberIds = new Set(facts.members.map((m) => m.id));
    const byCourse = groupBy(facts.attempts ?? [], (a) => a.courseId);
    for (const course of facts.courses ?? []) {
      const attempts = byCourse.get(course.id);
      if (!attempts || course.points === undefined || course.points === 0) continue;
      if (!attempts.some((a) => a.passed)) continue;
      const problem = pointsProblem(course.points, context.settings.maxTaskPoints);
      if (problem) out.flags.push({ fact: `course:${course.id}`, title: course.title, problem });
      else courseEntries(course, attempts, memberIds, context, out);
    }
    return out;
  },
};
