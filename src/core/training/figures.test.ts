import { describe, expect, it } from 'vitest';
import { aDepartment, aMember, TODAY_START } from '../testBuilders';
import { DAY } from '../time';
import { AttemptIndex } from './attemptIndex';
import { trainingFigures } from './figures';
import { learningOf } from './learning';
import { aCourse, anAttempt } from './trainingBuilders';
import { authorRefusal } from './trainingPermissions';

const design = aDepartment({ name: '设计部' });
const hr = aDepartment({ name: '人事部' });
const [d1, d2, d3] = [1, 2, 3].map((i) => aMember({ name: `d${i}`, departmentId: design.id }));
const h1 = aMember({ name: 'h1', departmentId: hr.id });
const boss = aMember({ name: 'boss', role: 'boss' });
const now = TODAY_START;

describe('figures', () => {
  it('[TR17] per course and department: assigned, started, passed, first-attempt pass rate, average score, overdue', () => {
    const course = aCourse({ requiredForDepartmentIds: [design.id], due: now - DAY });
    const at = (m: string, n: number, score: number, passed = false) =>
      anAttempt({ memberId: m, courseId: course.id, attemptNo: n, score, passed });
    const index = new AttemptIndex([
      at(d1!.id, 1, 90, true),
      at(d2!.id, 1, 40),
      at(d2!.id, 2, 80, true),
      at(h1.id, 1, 30),
    ]);
    const figures = trainingFigures([course], [design, hr], [d1!, d2!, d3!, h1, boss], index, now);
    expect(figures.courses[0]).toEqual({
      courseId: course.id,
      assigned: 3,
      started: 3,
      passed: 2,
      firstAttemptPassRate: 1 / 3,
      averageScore: 60,
      overdue: 1,
    });
    const byDesign = figures.byDepartment.find((f) => f.departmentId === design.id)!;
    expect(byDesign).toMatchObject({
      assigned: 3,
      started: 2,
      passed: 2,
      overdue: 1,
      firstAttemptPassRate: 0.5,
    });
    expect(figures.byDepartment.find((f) => f.departmentId === hr.id)).toMatchObject({
      assigned: 0,
      started: 1,
      passed: 0,
    });
    expect(figures.people.find((p) => p.memberId === d2!.id)?.coursesPassed).toBe(1);
  });
});

describe('learning', () => {
  it('[TR16] required (overdue first), recommended, in progress and passed, each course once', () => {
    const due = aCourse({ title: 'due', requiredForDepartmentIds: [design.id], due: now + DAY });
    const late = aCourse({ title: 'late', requiredForDepartmentIds: [design.id], due: now - DAY });
    const rec = aCourse({ title: 'rec', skills: ['直播策划'] });
    const started = aCourse({ title: 'started', skills: ['直播策划'] });
    const done = aCourse({ title: 'done', requiredForDepartmentIds: [design.id] });
    const index = new AttemptIndex([
      anAttempt({ memberId: d1!.id, courseId: started.id, score: 10 }),
      anAttempt({ memberId: d1!.id, courseId: done.id, passed: true }),
      anAttempt({ memberId: d1!.id, courseId: late.id, score: 10 }),
    ]);
    const view = learningOf([due, late, rec, started, done], d1!, index, ['直播策划'], now);
    expect(view.required.map((r) => r.course.title)).toEqual(['late', 'due']);
    expect(view.recommended.map((c) => c.title)).toEqual(['rec']);
    expect(view.inProgress.map((c) => c.title)).toEqual(['started']);
    expect(view.passed.map((c) => c.title)).toEqual(['done']);
  });
});

describe('authoring permission', () => {
  it('[TR15] the boss and HR members author; other employees, heads and non-members are refused', () => {
    const org = {
      departments: [design, hr],
      members: [d1!, h1, boss, aMember({ userIds: ['gone'], active: false })],
    };
    expect(authorRefusal(org, boss.userIds[0]!)).toBeUndefined();
    expect(authorRefusal(org, h1.userIds[0]!)).toBeUndefined();
    expect(authorRefusal(org, d1!.userIds[0]!)).toBe('notAllowed');
    expect(authorRefusal(org, 'gone')).toBe('notMember');
    expect(authorRefusal(org, 'stranger')).toBe('notMember');
  });
});
