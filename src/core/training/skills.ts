/** Skills: granted by passing, required by stages and tasks, and the courses that would grant them. [TR10]-[TR11] */
import type { Member } from '../model';
import { parseSkills, type Course } from './trainingModel';

/** [TR10] Passing a course adds its skills to the member's, once each, keeping theirs first. */
export const withSkills = (current: readonly string[], granted: readonly string[]): string[] => [
  ...new Set([...current, ...granted]),
];

/** Whether the member has every skill asked for (none asked: yes). */
export const isQualified = (member: Pick<Member, 'skills'>, required: readonly string[]): boolean =>
  required.every((s) => member.skills.includes(s));

/** The skills asked for that the member lacks. */
export const missingSkills = (member: Pick<Member, 'skills'>, required: readonly string[]): string[] =>
  required.filter((s) => !member.skills.includes(s));

/**
 * [TR11] Recommended: published courses not yet passed that grant a skill the work around the member asks for
 * (template stages, open pool tasks) and the member lacks, most needed skills first; required courses are
 * listed as required, not again here.
 */
export function recommendations(
  courses: readonly Course[],
  member: Pick<Member, 'skills'>,
  needed: readonly string[],
  exclude: ReadonlySet<string>,
): Course[] {
  const demand = new Map<string, number>();
  for (const skill of needed)
    if (!member.skills.includes(skill)) demand.set(skill, (demand.get(skill) ?? 0) + 1);
  const weight = (c: Course) => c.skills.reduce((sum, s) => sum + (demand.get(s) ?? 0), 0);
  return courses
    .filter((c) => c.status === 'published' && !exclude.has(c.id) && weight(c) > 0)
    .sort((a, b) => weight(b) - weight(a) || a.title.localeCompare(b.title));
}

/** A course that would grant every missing skill, else one granting any of them. */
export function courseFor<C extends Pick<Course, 'status' | 'skills'>>(
  courses: readonly C[],
  missing: readonly string[],
): C | undefined {
  if (missing.length === 0) return undefined;
  const published = courses.filter((c) => c.status === 'published');
  return (
    published.find((c) => missing.every((s) => c.skills.includes(s))) ??
    published.find((c) => missing.some((s) => c.skills.includes(s)))
  );
}

/** The line a task's description carries to ask for skills, as `skillsAskedIn` reads it back. */
export const skillsLine = (skills: readonly string[]): string => `所需技能：${skills.join('、')}`;

/** [TR19] A task asks for skills with a line "所需技能：a、b" (or "Skills: a, b") in its description. */
export function skillsAskedIn(description: string): string[] {
  const match = /^\s*(?:所需技能|技能要求|required skills?|skills?)\s*[:：]\s*(.+)$/im.exec(description);
  return match ? parseSkills(match[1]!) : [];
}
