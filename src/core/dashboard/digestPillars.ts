/**
 * [DB15] The weekly digest's problems from the other pillars, by those modules' own figures: open drives past
 * their deadline with people still owing (`driveProgress`), and published courses past their due date with
 * required people not passed (`trainingFigures`). A department's digest counts only its people.
 */
import { driveProgress } from '../collection/progress';
import type { Member } from '../model';
import { AttemptIndex } from '../training/attemptIndex';
import { trainingFigures } from '../training/figures';
import type { PreparedFacts } from './facts';
import type { Scope } from './measure';

export interface PillarProblem {
  kind: 'missing' | 'trainingOverdue';
  id: string;
  title: string;
  /** People missing or overdue. */
  count: number;
}

const scopeMembers = (facts: PreparedFacts, scope: Scope): Member[] =>
  scope.kind === 'company'
    ? facts.members
    : facts.members.filter((m) => m.departmentId === scope.departmentId);

function missingDrives(facts: PreparedFacts, members: Member[], now: number): PillarProblem[] {
  const org = { departments: facts.departments, members };
  return (facts.drives ?? [])
    .filter((d) => d.status === 'open' && d.deadline !== undefined && d.deadline < now)
    .flatMap((drive) => {
      const count = driveProgress(org, drive, facts.submissions ?? []).total.missing;
      return count > 0 ? [{ kind: 'missing' as const, id: drive.id, title: drive.title, count }] : [];
    });
}

function overdueCourses(facts: PreparedFacts, members: Member[], now: number): PillarProblem[] {
  const courses = (facts.courses ?? []).filter((c) => c.due !== undefined && c.due < now);
  const index = new AttemptIndex(facts.attempts ?? []);
  const title = new Map(courses.map((c) => [c.id, c.title]));
  return trainingFigures(courses, [], members, index, now).courses.flatMap((f) =>
    f.overdue > 0
      ? [
          {
            kind: 'trainingOverdue' as const,
            id: f.courseId,
            title: title.get(f.courseId) ?? '',
            count: f.overdue,
          },
        ]
      : [],
  );
}

/** [DB15] Drives with people missing after the deadline, then required training overdue. */
export function pillarProblems(facts: PreparedFacts, scope: Scope, now: number): PillarProblem[] {
  const members = scopeMembers(facts, scope);
  return [...missingDrives(facts, members, now), ...overdueCourses(facts, members, now)];
}
