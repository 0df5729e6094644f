import { describe, expect, it } from 'vitest';
import { aDrive, aSubmission } from '../collection/collectionBuilders';
import { aCourse, anAttempt } from '../training/trainingBuilders';
import { factsOf, may } from './dashboardFixtures';
import { pillarProblems } from './digestPillars';
import { ALL_SOURCES, org } from './pillarFixtures';

const now = may(20, 10);
const late = aDrive({ id: 'late', title: '季度报表', publishedAt: may(1), deadline: may(10, 18) });
const closed = aDrive({ id: 'closed', status: 'closed', publishedAt: may(1), deadline: may(10, 18) });
const running = aDrive({ id: 'running', publishedAt: may(1), deadline: may(25, 18) });
const course = aCourse({
  id: 'safety',
  title: '安全培训',
  requiredForDepartmentIds: ['design'],
  due: may(15),
});
const later = aCourse({ id: 'later', requiredForDepartmentIds: ['design'], due: may(30) });

const facts = factsOf({
  ...org,
  drives: [late, closed, running],
  submissions: [aSubmission(late, 'a1', { submittedAt: may(9) })],
  courses: [course, later],
  attempts: [anAttempt({ memberId: 'a2', courseId: 'safety', at: may(14), passed: true })],
  available: ALL_SOURCES,
  now,
});

describe('[DB15] the digest’s collection and training lines', () => {
  it('open drives past their deadline with people owing, and courses past due with required people not passed', () => {
    // late asks a1, a2, b1 (the leaver not): a1 sent, two owe. safety is required of a1 and a2: a1 has not passed.
    expect(pillarProblems(facts, { kind: 'company' }, now)).toEqual([
      { kind: 'missing', id: 'late', title: '季度报表', count: 2 },
      { kind: 'trainingOverdue', id: 'safety', title: '安全培训', count: 1 },
    ]);
  });

  it('a department sees only its people', () => {
    expect(pillarProblems(facts, { kind: 'department', departmentId: 'sales' }, now)).toEqual([
      { kind: 'missing', id: 'late', title: '季度报表', count: 1 },
    ]);
  });

  it('nothing past due is no problem', () => {
    expect(pillarProblems(facts, { kind: 'company' }, may(5))).toEqual([]);
  });
});
