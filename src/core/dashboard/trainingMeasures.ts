/**
 * [DB12] Training on the dashboard, from the training module's own `trainingFigures` and `tally`: required
 * courses passed by their due date, passes at the first attempt, survey participation. A department counts only
 * its members.
 */
import { AttemptIndex } from '../training/attemptIndex';
import { trainingFigures } from '../training/figures';
import { tally } from '../training/survey';
import type { Attempt } from '../training/trainingModel';
import { memo, type Computed, type ScopedFacts } from './measure';
import type { Period } from './period';
import { share } from './stats';
import { inPeriod, timeline } from './timeline';

const published = (scoped: ScopedFacts) =>
  (scoped.facts.courses ?? []).filter((c) => c.status === 'published');

function attemptsByCourse(attempts: readonly Attempt[]): Map<string, Attempt[]> {
  const byCourse = new Map<string, Attempt[]>();
  for (const a of attempts) {
    if (!a.courseId) continue;
    const list = byCourse.get(a.courseId);
    if (list) list.push(a);
    else byCourse.set(a.courseId, [a]);
  }
  return byCourse;
}

/**
 * [DB12] Of the required places in published courses due in the period, the share passed by the due date: the
 * course's figures as of the due date, with only the attempts made by then. An attempt with no time is not on time.
 */
export function trainingOnTime(scoped: ScopedFacts, period: Period): Computed {
  const line = memo(scoped.facts, 'coursesByDue', () => timeline(published(scoped), (c) => c.due));
  const byCourse = memo(scoped.facts, 'attemptsByCourse', () =>
    attemptsByCourse(scoped.facts.attempts ?? []),
  );
  let assigned = 0;
  let late = 0;
  let untimed = 0;
  const items: string[] = [];
  for (const course of inPeriod(line, period)) {
    const all = byCourse.get(course.id) ?? [];
    untimed += all.filter((a) => a.at === undefined).length;
    const byDue = new AttemptIndex(all.filter((a) => a.at !== undefined && a.at <= course.due!));
    const [figures] = trainingFigures([course], [], scoped.members, byDue, course.due! + 1).courses;
    assigned += figures!.assigned;
    late += figures!.overdue;
    if (figures!.overdue > 0) items.push(course.id);
  }
  const notes = untimed ? { noAttemptTime: untimed } : {};
  return { value: share(assigned - late, assigned), sample: assigned, items, itemKind: 'course', notes };
}

const pairOf = (a: Attempt) => `${a.memberId}|${a.courseId}`;

/** [DB12] Of the people whose first attempt at a published course fell in the period, the share who passed it. */
export function firstAttemptPass(scoped: ScopedFacts, period: Period): Computed {
  const firsts = memo(scoped.facts, 'firstAttempts', () =>
    timeline(
      (scoped.facts.attempts ?? []).filter((a) => a.attemptNo === 1),
      (a) => a.at,
    ),
  );
  const byPair = memo(scoped.facts, 'attemptsByPair', () => {
    const pairs = new Map<string, Attempt[]>();
    for (const a of scoped.facts.attempts ?? []) {
      const list = pairs.get(pairOf(a));
      if (list) list.push(a);
      else pairs.set(pairOf(a), [a]);
    }
    return pairs;
  });
  const firstsIn = inPeriod(firsts, period);
  const started = new Set(firstsIn.map(pairOf));
  const index = new AttemptIndex([...started].flatMap((pair) => byPair.get(pair) ?? []));
  // Only who started and what they started can have a first attempt: the others would add nothing.
  const courseIds = new Set(firstsIn.map((a) => a.courseId));
  const memberIds = new Set(firstsIn.map((a) => a.memberId));
  const { courses } = trainingFigures(
    published(scoped).filter((c) => courseIds.has(c.id)),
    [],
    scoped.members.filter((m) => memberIds.has(m.id)),
    index,
    period.to,
  );
  const rows = courses.filter((c) => c.firstAttemptPassRate !== undefined);
  const sample = rows.reduce((n, c) => n + c.started, 0);
  const passed = rows.reduce((n, c) => n + Math.round(c.firstAttemptPassRate! * c.started), 0);
  const items = rows.filter((c) => c.firstAttemptPassRate! < 1).map((c) => c.courseId);
  return { value: share(passed, sample), sample, items, itemKind: 'course', notes: {} };
}

/**
 * [DB12] Of the active members asked by the survey rounds closing in the period, the share who answered, each
 * round counting every active member of the scope once; the list is who answered none.
 */
export function surveyParticipation(scoped: ScopedFacts, period: Period): Computed {
  const rounds = scoped.facts.rounds ?? [];
  const line = memo(scoped.facts, 'roundsByClose', () => timeline(rounds, (r) => r.closesAt));
  const active = scoped.members.filter((m) => m.active);
  const ids = new Set(active.map((m) => m.id));
  const answers = (scoped.facts.answers ?? []).filter((a) => ids.has(a.memberId ?? ''));
  const answered = new Set<string>();
  let asked = 0;
  let respondents = 0;
  for (const round of inPeriod(line, period)) {
    asked += active.length;
    respondents += tally(round, answers, active).respondents;
    for (const a of answers) if (a.roundKey === round.key) answered.add(a.memberId!);
  }
  const noCloseTime = rounds.filter((r) => r.closesAt === undefined).length;
  return {
    value: share(respondents, asked),
    sample: asked,
    items: active.filter((m) => !answered.has(m.id)).map((m) => m.id),
    itemKind: 'member',
    notes: noCloseTime ? { noCloseTime } : {},
  };
}
