/** Which courses a member must take, by when, and the reminders of overdue ones. Rules [TR8]-[TR9]. */
import type { Member } from '../model';
import type { NoticeDraft } from '../notices';
import { headOf, userOf, type Org } from '../org';
import { DAY } from '../time';
import type { Course } from './trainingModel';

export interface Requirement {
  course: Course;
  due?: number;
  overdue: boolean;
}

/** [TR8] A published course is required for the members of the departments it names. */
export const isRequiredFor = (course: Course, member: Member): boolean =>
  course.status === 'published' &&
  member.departmentId !== undefined &&
  course.requiredForDepartmentIds.includes(member.departmentId);

/**
 * [TR8] The member's required courses not yet passed: overdue first (past their due date), then by due date,
 * those without one last.
 */
export function requirementsOf(
  courses: readonly Course[],
  member: Member,
  passed: ReadonlySet<string>,
  now: number,
): Requirement[] {
  return courses
    .filter((c) => isRequiredFor(c, member) && !passed.has(c.id))
    .map((course) => ({ course, due: course.due, overdue: course.due !== undefined && now > course.due }))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.due ?? Infinity) - (b.due ?? Infinity) ||
        a.course.title.localeCompare(b.course.title),
    );
}

/** After this long overdue, the member's head is told too. */
export const HEAD_REMINDER_AFTER = 3 * DAY;

/**
 * [TR9] Every active member overdue on a required course is reminded once (key per course and member);
 * three days later their department head is told once too. The keys make a second run add nothing.
 */
export function overdueReminders(
  courses: readonly Course[],
  org: Org,
  passedBy: (memberId: string, courseId: string) => boolean,
  now: number,
): NoticeDraft[] {
  const drafts: NoticeDraft[] = [];
  for (const course of courses) {
    if (course.status !== 'published' || course.due === undefined || now <= course.due) continue;
    for (const member of org.members) {
      if (!member.active || !isRequiredFor(course, member) || passedBy(member.id, course.id)) continue;
      drafts.push(...remindersFor(course, member, org, now));
    }
  }
  return drafts;
}

function remindersFor(course: Course, member: Member, org: Org, now: number): NoticeDraft[] {
  const owner = userOf(member);
  const params = { course: course.title, name: member.name };
  const drafts: NoticeDraft[] = [];
  if (owner)
    drafts.push({
      key: `course-overdue/${course.id}/${member.id}/owner`,
      type: 'reminder',
      recipientUserId: owner,
      message: { key: 'training.notice.overdueOwner', params },
    });
  const head = userOf(headOf(org, member.departmentId));
  if (head && head !== owner && now > course.due! + HEAD_REMINDER_AFTER)
    drafts.push({
      key: `course-overdue/${course.id}/${member.id}/head`,
      type: 'escalation',
      recipientUserId: head,
      message: { key: 'training.notice.overdueHead', params },
    });
  return drafts;
}
