import { describe, expect, it } from 'vitest';
import { aCourse, anAttempt } from '../training/trainingBuilders';
import type { Attempt, Course } from '../training/trainingModel';
import { deriveWanted } from './rules';
import { scoringOrg } from './scoringFixture';
import { DEFAULT_SCORING } from './settings';

const org = scoringOrg();
const plan = org.id('plan');
const poster = org.id('poster');
const NOV = Date.UTC(2026, 10, 10);
const DEC = Date.UTC(2026, 11, 10);

const derive = (courses: Course[], attempts: Attempt[]) =>
  deriveWanted({ departments: [], members: org.members, tasks: [], courses, attempts }, DEFAULT_SCORING);
const lines = (courses: Course[], attempts: Attempt[]) =>
  derive(courses, attempts).wanted.map((w) => [w.fact, w.memberId, w.rule, w.source, w.points, w.period]);

describe('courses as a source of points', () => {
  const course = aCourse({ id: 'c1', title: '安全培训', points: 3 });
  const attempt = (memberId: string, extra: Partial<Attempt>) =>
    anAttempt({ courseId: 'c1', memberId, ...extra });

  it('[SC24] a pass earns the course’s points once per member, in the period of the first pass', () => {
    const attempts = [
      attempt(plan, { attemptNo: 1, passed: false, at: NOV - 1 }),
      attempt(plan, { attemptNo: 2, passed: true, at: DEC }),
      attempt(plan, { attemptNo: 3, passed: true, at: NOV }),
      attempt(poster, { attemptNo: 1, passed: false, at: NOV }),
    ];
    expect(lines([course], attempts)).toEqual([['course:c1', plan, 'course', 'course', 3, '2026-11']]);
  });

  it('[SC24] an invalidated pass (通过 unticked) or a course without points earns nothing', () => {
    expect(lines([course], [attempt(plan, { passed: false, at: NOV })])).toEqual([]);
    expect(lines([{ ...course, points: undefined }], [attempt(plan, { passed: true, at: NOV })])).toEqual([]);
    expect(lines([], [attempt(plan, { passed: true, at: NOV })])).toEqual([]);
  });

  it('[SC24][SC8] points not sensible, a pass with no time, a person not in 成员: flagged, the rest scored', () => {
    const bad = derive([{ ...course, points: -3 }], [attempt(plan, { passed: true, at: NOV })]);
    expect(bad.wanted).toEqual([]);
    expect(bad.flags).toEqual([{ fact: 'course:c1', title: '安全培训', problem: 'negative' }]);
    const mixed = derive(
      [course],
      [
        attempt(plan, { passed: true }),
        attempt('rec_gone', { passed: true, at: NOV }),
        attempt(poster, { passed: true, at: NOV }),
      ],
    );
    expect(mixed.flags.map((f) => f.problem)).toEqual(['noDate', 'unknownPerson']);
    expect(mixed.wanted.map((w) => w.memberId)).toEqual([poster]);
  });
});
