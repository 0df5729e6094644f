/** The 学习 tab's four lists for one member. Rule [TR16]. */
import type { Member } from '../model';
import type { AttemptIndex } from './attemptIndex';
import { requirementsOf, type Requirement } from './requirement';
import { recommendations } from './skills';
import type { Course } from './trainingModel';

export interface Learning {
  required: Requirement[];
  recommended: Course[];
  inProgress: Course[];
  passed: Course[];
}

/**
 * [TR16] Required (not passed, overdue first), recommended (skills the work asks for and the member lacks),
 * in progress (attempted, not passed, not required), passed. Drafts show to nobody here.
 */
export function learningOf(
  courses: readonly Course[],
  member: Member,
  index: AttemptIndex,
  neededSkills: readonly string[],
  now: number,
): Learning {
  const published = courses.filter((c) => c.status === 'published');
  const passedIds = new Set(published.filter((c) => index.passed(member.id, c.id)).map((c) => c.id));
  const required = requirementsOf(published, member, passedIds, now);
  const requiredIds = new Set(required.map((r) => r.course.id));
  const inProgress = published.filter(
    (c) => !passedIds.has(c.id) && !requiredIds.has(c.id) && index.of(member.id, c.id).length > 0,
  );
  const exclude = new Set([...passedIds, ...requiredIds, ...inProgress.map((c) => c.id)]);
  return {
    required,
    recommended: recommendations(published, member, neededSkills, exclude),
    inProgress,
    passed: published.filter((c) => passedIds.has(c.id)),
  };
}
