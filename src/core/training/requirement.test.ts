import { describe, expect, it } from 'vitest';
import { aDepartment, aMember, TODAY_START } from '../testBuilders';
import { DAY } from '../time';
import { HEAD_REMINDER_AFTER, overdueReminders, requirementsOf } from './requirement';
import { aCourse } from './trainingBuilders';

const design = aDepartment({ name: '设计部', headUserIds: ['ou_head'] });
const sales = aDepartment({ name: '销售部' });
const head = aMember({ name: '郭晓', userIds: ['ou_head'], departmentId: design.id, role: 'manager' });
const heping = aMember({ name: '何平', userIds: ['ou_he'], departmentId: design.id });
const now = TODAY_START;

describe('requirement', () => {
  it('[TR8] required for my department, overdue first then by due date; passed, drafts and others left out', () => {
    const later = aCourse({ title: 'later', requiredForDepartmentIds: [design.id], due: now + 5 * DAY });
    const late = aCourse({ title: 'late', requiredForDepartmentIds: [design.id], due: now - DAY });
    const noDue = aCourse({ title: 'noDue', requiredForDepartmentIds: [design.id] });
    const soon = aCourse({ title: 'soon', requiredForDepartmentIds: [design.id], due: now + DAY });
    const done = aCourse({ title: 'done', requiredForDepartmentIds: [design.id] });
    const draft = aCourse({ title: 'draft', status: 'draft', requiredForDepartmentIds: [design.id] });
    const salesOnly = aCourse({ title: 'sales', requiredForDepartmentIds: [sales.id] });
    const list = requirementsOf(
      [later, late, noDue, soon, done, draft, salesOnly],
      heping,
      new Set([done.id]),
      now,
    );
    expect(list.map((r) => r.course.title)).toEqual(['late', 'soon', 'later', 'noDue']);
    expect(list.map((r) => r.overdue)).toEqual([true, false, false, false]);
  });

  it('[TR9] an overdue member is reminded; the head too after three days; passed members are not', () => {
    const course = aCourse({ requiredForDepartmentIds: [design.id], due: now - DAY });
    const org = { departments: [design, sales], members: [head, heping] };
    const drafts = overdueReminders([course], org, () => false, now);
    expect(drafts.map((d) => [d.recipientUserId, d.type])).toEqual([
      ['ou_head', 'reminder'],
      ['ou_he', 'reminder'],
    ]);
    const later = overdueReminders([course], org, () => false, now - DAY + HEAD_REMINDER_AFTER + 1);
    expect(later.filter((d) => d.type === 'escalation').map((d) => d.recipientUserId)).toEqual(['ou_head']);
    expect(later.find((d) => d.type === 'escalation')?.key).toBe(
      `course-overdue/${course.id}/${heping.id}/head`,
    );
    expect(
      overdueReminders([course], org, (m) => m === heping.id, now).map((d) => d.recipientUserId),
    ).toEqual(['ou_head']);
  });

  it('[TR9] nothing before the due date, for inactive members or for courses without one', () => {
    const org = {
      departments: [design],
      members: [aMember({ departmentId: design.id, active: false }), heping],
    };
    expect(
      overdueReminders([aCourse({ requiredForDepartmentIds: [design.id], due: now })], org, () => false, now),
    ).toEqual([]);
    expect(
      overdueReminders([aCourse({ requiredForDepartmentIds: [design.id] })], org, () => false, now),
    ).toEqual([]);
  });
});
