/** Completion figures for the boss's dashboard, as computed views. Rule [TR17]. */
import type { Department, Member } from '../model';
import type { AttemptIndex } from './attemptIndex';
import { isRequiredFor } from './requirement';
import type { Course } from './trainingModel';

export interface CourseFigures {
  courseId: string;
  /** Per department; departmentId '' holds members with none. */
  departmentId?: string;
  assigned: number;
  started: number;
  passed: number;
  /** Of those who started, the share who passed at their first attempt; undefined when nobody started. */
  firstAttemptPassRate?: number;
  /** Mean score over every attempt; undefined with none. */
  averageScore?: number;
  overdue: number;
}

export interface PersonFigures {
  memberId: string;
  coursesPassed: number;
  skills: string[];
}

function figuresFor(course: Course, members: readonly Member[], index: AttemptIndex, now: number) {
  let assigned = 0,
    started = 0,
    passed = 0,
    firstPass = 0,
    overdue = 0,
    scoreSum = 0,
    scoreCount = 0;
  const isOverdueNow = course.due !== undefined && now > course.due;
  for (const m of members) {
    const required = m.active && isRequiredFor(course, m);
    const attempts = index.of(m.id, course.id);
    const done = index.passed(m.id, course.id);
    if (required) assigned++;
    if (required && isOverdueNow && !done) overdue++;
    if (attempts.length === 0) continue;
    started++;
    if (done) passed++;
    if (attempts.some((a) => a.attemptNo === 1 && a.passed)) firstPass++;
    for (const a of attempts) {
      scoreSum += a.score;
      scoreCount++;
    }
  }
  return {
    courseId: course.id,
    assigned,
    started,
    passed,
    firstAttemptPassRate: started ? firstPass / started : undefined,
    averageScore: scoreCount ? scoreSum / scoreCount : undefined,
    overdue,
  };
}

/**
 * [TR17] Per course, and per course and department: assigned (active members it is required for), started,
 * passed, pass rate at the first attempt, average score, overdue; per person: courses passed and skills.
 */
export function trainingFigures(
  courses: readonly Course[],
  departments: readonly Department[],
  members: readonly Member[],
  index: AttemptIndex,
  now: number,
): { courses: CourseFigures[]; byDepartment: CourseFigures[]; people: PersonFigures[] } {
  const published = courses.filter((c) => c.status === 'published');
  const groups = new Map<string, Member[]>();
  for (const m of members) groups.set(m.departmentId ?? '', [...(groups.get(m.departmentId ?? '') ?? []), m]);
  const departmentIds = [...departments.map((d) => d.id), ...(groups.has('') ? [''] : [])];
  return {
    courses: published.map((c) => figuresFor(c, members, index, now)),
    byDepartment: published.flatMap((c) =>
      departmentIds.map((d) => ({ ...figuresFor(c, groups.get(d) ?? [], index, now), departmentId: d })),
    ),
    people: members.map((m) => ({
      memberId: m.id,
      coursesPassed: published.filter((c) => index.passed(m.id, c.id)).length,
      skills: m.skills,
    })),
  };
}
