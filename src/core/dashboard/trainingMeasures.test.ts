import { describe, expect, it } from 'vitest';
import { aCourse, anAttempt } from '../training/trainingBuilders';
import type { SurveyAnswer, SurveyRound } from '../training/trainingModel';
import { factsOf, may, TASK_SOURCES } from './dashboardFixtures';
import type { Scope } from './measure';
import { computeMeasure, measureById, scopeFacts, type MeasureId } from './measures';
import type { Period } from './period';
import { ALL_SOURCES, JUNE, MAY, org } from './pillarFixtures';

const c1 = aCourse({ id: 'c1', requiredForDepartmentIds: ['design'], due: may(15, 18) });
const c2 = aCourse({ id: 'c2', requiredForDepartmentIds: ['sales'], due: may(25, 18) });
const draft = aCourse({ id: 'draft', status: 'draft', requiredForDepartmentIds: ['design'], due: may(10) });
const c4 = aCourse({ id: 'c4', requiredForDepartmentIds: ['design'], due: may(40) });

const attempts = [
  anAttempt({ memberId: 'a1', courseId: 'c1', attemptNo: 1, at: may(10), passed: false }),
  anAttempt({ memberId: 'a1', courseId: 'c1', attemptNo: 2, at: may(12), passed: true }),
  anAttempt({ memberId: 'a2', courseId: 'c1', attemptNo: 1, at: may(16), passed: true }),
  anAttempt({ memberId: 'a2', courseId: 'c1', attemptNo: 2, passed: true }),
  anAttempt({ memberId: 'b1', courseId: 'c2', attemptNo: 1, at: may(20), passed: true }),
  anAttempt({ memberId: 'a1', courseId: 'c4', attemptNo: 1, at: may(30), passed: false }),
];

const round = (key: string, closesAt?: number): SurveyRound => ({
  id: key,
  key,
  title: key,
  topics: ['Excel'],
  closesAt,
  closed: false,
});
const answer = (roundKey: string, memberId: string, at: number): SurveyAnswer => ({
  id: `${roundKey}-${memberId}-${at}`,
  roundKey,
  memberId,
  topics: ['Excel'],
  wish: '',
  at,
  key: `survey/${roundKey}/${memberId}`,
});

const facts = factsOf({
  ...org,
  courses: [c1, c2, draft, c4],
  attempts,
  rounds: [round('r1', may(20)), round('r2', may(40)), round('r3')],
  answers: [
    answer('r1', 'a1', may(10)),
    answer('r1', 'b1', may(11)),
    answer('r1', 'b1', may(12)),
    answer('r1', 'gone', may(12)),
  ],
  available: ALL_SOURCES,
});

const JULY: Period = { from: JUNE.to, to: JUNE.to + 31 * 24 * 3600_000 };
const company: Scope = { kind: 'company' };
const designScope: Scope = { kind: 'department', departmentId: 'design' };
const measure = (id: MeasureId, scope: Scope = company, period: Period = MAY, f = facts) =>
  computeMeasure(measureById(id), scopeFacts(f, scope), period);

describe('[DB12] training', () => {
  it('required courses passed on time: places in courses due in the period, passed by the due date', () => {
    // c1 (due May 15) asks a1 and a2: a1 passed on May 12, a2 only on May 16; c2 asks b1, passed May 20. 2 of 3.
    const result = measure('trainingOnTime');
    expect(result).toMatchObject({ status: 'ok', sample: 3, items: ['c1'], itemKind: 'course' });
    expect(result.status === 'ok' && result.value).toBeCloseTo(2 / 3);
    expect(measure('trainingOnTime', designScope)).toMatchObject({ status: 'ok', value: 0.5, sample: 2 });
  });

  it('an attempt with no time is noted and not on time', () => {
    expect(measure('trainingOnTime')).toMatchObject({ notes: { noAttemptTime: 1 } });
  });

  it('pass at first attempt: of the first attempts in the period, the passes', () => {
    // first attempts in May: a1 c1 failed, a2 c1 passed, b1 c2 passed, a1 c4 failed: 2 of 4.
    expect(measure('firstAttemptPass')).toMatchObject({ status: 'ok', value: 0.5, sample: 4 });
    const design = measure('firstAttemptPass', designScope);
    expect(design).toMatchObject({ status: 'ok', sample: 3 });
    expect(design.status === 'ok' && design.value).toBeCloseTo(1 / 3);
  });

  it('survey participation: active members who answered each round closing in the period', () => {
    // r1 closes in May: a1 and b1 answered (b1 twice, once counted), a2 did not; the leaver is not counted.
    const result = measure('surveyParticipation');
    expect(result).toMatchObject({ status: 'ok', sample: 3, items: ['a2'], notes: { noCloseTime: 1 } });
    expect(result.status === 'ok' && result.value).toBeCloseTo(2 / 3);
    expect(measure('surveyParticipation', designScope)).toMatchObject({ status: 'ok', value: 0.5 });
  });

  it('nothing due in the period, or no training tables, is "not enough data yet"', () => {
    expect(measure('trainingOnTime', company, JULY)).toMatchObject({ status: 'noData' });
    expect(measure('surveyParticipation', company, { from: may(-30), to: may(1) })).toMatchObject({
      status: 'noData',
    });
    const unrecorded = factsOf({ ...org, available: TASK_SOURCES });
    expect(measure('firstAttemptPass', company, MAY, unrecorded)).toEqual({
      status: 'noSource',
      missing: ['learning'],
    });
  });
});
