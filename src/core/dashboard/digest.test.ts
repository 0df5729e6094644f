import { describe, expect, it } from 'vitest';
import { aDepartment, aMember, aStage, aTask } from '../testBuilders';
import { DEFAULT_CALENDAR } from '../workingTime';
import { dashboardScopes } from './access';
import { anEvent, factsOf, may } from './dashboardFixtures';
import { digestProblems, digestRecipients, digestWindow } from './digest';

const design = aDepartment({ id: 'design', headUserIds: ['u_guo'] });
const sales = aDepartment({ id: 'sales', headUserIds: [] });
const boss = aMember({ userIds: ['u_boss'], role: 'boss' });
const guo = aMember({ userIds: ['u_guo'], departmentId: 'design', role: 'manager' });
const zheng = aMember({ userIds: ['u_zheng'], departmentId: 'sales', role: 'manager' });
const he = aMember({ userIds: ['u_he'], departmentId: 'design' });
const xie = aMember({ userIds: ['u_xie'], departmentId: 'sales' });
const org = { departments: [design, sales], members: [boss, guo, zheng, he, xie] };

describe('who sees the dashboard', () => {
  it('[DB8] the boss sees the company and every department; a head only their own; an employee nothing', () => {
    expect(dashboardScopes(org, 'u_boss')).toHaveLength(3);
    expect(dashboardScopes(org, 'u_guo')).toEqual([{ kind: 'department', departmentId: 'design' }]);
    expect(dashboardScopes(org, 'u_he')).toBe('notAllowed');
    expect(dashboardScopes(org, 'u_stranger')).toBe('notMember');
  });
});

describe('weekly digest', () => {
  it('[DB9] due on Monday from the start of the working day, keyed by that Monday', () => {
    expect(digestWindow(may(13, 8), DEFAULT_CALENDAR)).toEqual({ due: false, week: '2024-05-13' });
    expect(digestWindow(may(13, 9), DEFAULT_CALENDAR)).toEqual({ due: true, week: '2024-05-13' });
    expect(digestWindow(may(14, 9), DEFAULT_CALENDAR)).toEqual({ due: false, week: '2024-05-13' });
    expect(digestWindow(may(19, 9), DEFAULT_CALENDAR)).toEqual({ due: false, week: '2024-05-13' });
  });

  it('[DB9] with Monday off, the week starts on its first working day', () => {
    const cal = { ...DEFAULT_CALENDAR, workDays: [2, 3, 4, 5, 6] };
    expect(digestWindow(may(13, 10), cal).due).toBe(false);
    expect(digestWindow(may(14, 10), cal)).toEqual({ due: true, week: '2024-05-14' });
  });

  it('[DB9] the boss gets the company, each head their department', () => {
    expect(digestRecipients(org)).toEqual([
      { userId: 'u_boss', scope: { kind: 'company' } },
      { userId: 'u_guo', scope: { kind: 'department', departmentId: 'design' } },
      { userId: 'u_zheng', scope: { kind: 'department', departmentId: 'sales' } },
    ]);
  });

  it('[DB9] lists only problems: overdue, no acknowledged owner, bounced; each task once', () => {
    const late = aTask({ id: 'late', due: may(8), status: 'assigned', primaryDepartmentId: 'design' });
    const unacked = aTask({ id: 'unacked', status: 'assigned', primaryDepartmentId: 'sales' });
    const declinedStage = aStage(late, { id: 'declined', status: 'declined', primaryDepartmentId: 'design' });
    const fine = aTask({ id: 'fine', due: may(20), acknowledgedAt: may(6), primaryDepartmentId: 'design' });
    const doneLate = aTask({ id: 'doneLate', due: may(8), status: 'done', completedAt: may(9) });
    const bouncing = aTask({ id: 'bouncing', acknowledgedAt: may(9), primaryDepartmentId: 'sales' });
    const facts = factsOf({
      tasks: [late, unacked, declinedStage, fine, doneLate, bouncing],
      members: org.members,
      departments: org.departments,
      events: [
        anEvent('bouncing', 'declined', may(6, 10), 'u_he'),
        anEvent('bouncing', 'acknowledged', may(7, 10), 'u_xie'),
        anEvent('bouncing', 'acknowledged', may(9, 10), 'u_he'),
      ],
    });
    const company = digestProblems(facts, { kind: 'company' }, may(13));
    expect(company.map((p) => [p.kind, p.task.id])).toEqual([
      ['overdue', 'late'],
      ['unowned', 'unacked'],
      ['unowned', 'declined'],
      ['bounced', 'bouncing'],
    ]);
    const sales = digestProblems(facts, { kind: 'department', departmentId: 'sales' }, may(13));
    expect(sales.map((p) => p.task.id)).toEqual(['unacked', 'bouncing']);
  });

  it('[DB9] nothing wrong: no problems', () => {
    const facts = factsOf({ tasks: [aTask({ due: may(20), acknowledgedAt: may(6) })] });
    expect(digestProblems(facts, { kind: 'company' }, may(13))).toEqual([]);
  });
});
