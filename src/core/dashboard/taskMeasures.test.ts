import { describe, expect, it } from 'vitest';
import { aDepartment, aMember, aStage, aTask } from '../testBuilders';
import { factsOf, may } from './dashboardFixtures';
import { computeMeasure, measureById, scopeFacts, type MeasureId } from './measures';
import { periodOf, type Period } from './period';

const MAY: Period = { from: may(1), to: may(32) };
const JUNE: Period = { from: may(32), to: Date.UTC(2024, 6, 1, -8) };
const design = aDepartment({ id: 'design' });

function measure(id: MeasureId, facts: ReturnType<typeof factsOf>, period = MAY) {
  return computeMeasure(measureById(id), scopeFacts(facts, { kind: 'company' }), period);
}

describe('time to assign', () => {
  const parent = aTask({ id: 'parent', createdAt: may(1, 9), acknowledgedAt: may(20, 9) });
  const facts = factsOf({
    tasks: [
      aTask({ id: 'a', createdAt: may(6, 9), acknowledgedAt: may(6, 10) }),
      aTask({ id: 'b', createdAt: may(3, 17), acknowledgedAt: may(6, 11) }),
      aTask({ id: 'c', publishedAt: may(1, 9), createdAt: may(1, 8), acknowledgedAt: may(2, 9) }),
      aTask({ id: 'april', createdAt: may(-5, 9), acknowledgedAt: may(-5, 10) }),
      aTask({ id: 'noStart', acknowledgedAt: may(7, 10) }),
      aTask({ id: 'typedBack', createdAt: may(8, 10), acknowledgedAt: may(8, 9) }),
      aStage(parent, { id: 'stage', createdAt: may(6, 9), acknowledgedAt: may(9, 9) }),
    ],
  });

  it('[DB3] median and p90 of working hours from publish or create to acknowledgement, special tasks only', () => {
    // a: 1 h; b: Fri 17-18 + Mon 9-11 = 3 h; c: from publishing Wed 9:00 to Thu 9:00 = 9 h; the stage is not counted.
    const median = measure('assignMedian', facts);
    expect(median).toMatchObject({ status: 'ok', value: 3, sample: 3 });
    expect(median.status === 'ok' && [...median.items].sort()).toEqual(['a', 'b', 'c']);
    expect(measure('assignP90', facts)).toMatchObject({ status: 'ok', value: 9 });
  });

  it('[DB3] a task with no start and one acknowledged before it started are noted, not counted', () => {
    expect(measure('assignMedian', facts)).toMatchObject({ notes: { noStart: 1, badTimes: 1 } });
  });

  it('[DB3] a period with no acknowledgement has no figure', () => {
    expect(measure('assignMedian', facts, JUNE)).toEqual({ status: 'noData', notes: {} });
  });
});

describe('completion and on time', () => {
  const facts = factsOf({
    now: may(10, 12),
    departments: [design],
    tasks: [
      aTask({
        id: 't1',
        status: 'done',
        due: may(5),
        completedAt: may(5, 17),
        primaryDepartmentId: 'design',
      }),
      aTask({
        id: 't2',
        status: 'done',
        due: may(6),
        completedAt: may(8, 10),
        primaryDepartmentId: 'design',
      }),
      aTask({ id: 't3', status: 'in_progress', due: may(7), createdAt: may(1) }),
      aTask({ id: 't4', status: 'cancelled', due: may(8) }),
      aTask({ id: 't5', status: 'in_progress', createdAt: may(2) }),
      aTask({ id: 't6', status: 'done', due: may(9), primaryDepartmentId: 'gone' }),
    ],
  });

  it('[DB4] completion: done of the special tasks due in the period, cancelled left out; the items are the not done', () => {
    const r = measure('completionRate', facts);
    expect(r).toMatchObject({ status: 'ok', value: 0.75, sample: 4, items: ['t3'] });
  });

  it('[DB4] a task done after the period ended counts as not done for that period', () => {
    const late = factsOf({
      tasks: [aTask({ id: 'late', status: 'done', due: may(20), completedAt: may(33) })],
    });
    expect(measure('completionRate', late)).toMatchObject({ value: 0, items: ['late'] });
    expect(measure('completionRate', late, { from: may(1), to: may(40) })).toMatchObject({ value: 1 });
  });

  it('[DB4] on time: done by the end of the due day; a done task with no 完成时间 is noted and not judged', () => {
    const r = measure('onTimeRate', facts);
    expect(r).toMatchObject({ status: 'ok', sample: 3, items: ['t2', 't3'] });
    expect(r.status === 'ok' && r.value).toBeCloseTo(1 / 3);
    expect(r).toMatchObject({ notes: { noCompletedAt: 1, noDue: 1, unknownDepartment: 1 } });
  });

  it('[DB4] overdue now: due before today, not done, not cancelled', () => {
    expect(measure('overdue', facts)).toMatchObject({ status: 'ok', value: 1, items: ['t3'] });
  });

  it('[DB4] a department sees only its tasks; a period with nothing due has no figure', () => {
    const dept = scopeFacts(facts, { kind: 'department', departmentId: 'design' });
    expect(computeMeasure(measureById('completionRate'), dept, MAY)).toMatchObject({ value: 1, sample: 2 });
    expect(measure('completionRate', facts, JUNE).status).toBe('noData');
  });
});

describe('voluntary uptake', () => {
  const m1 = aMember({ id: 'm1', userIds: ['u1'], departmentId: 'design' });
  const m2 = aMember({ id: 'm2', userIds: ['u2'], departmentId: 'design' });
  const leaver = aMember({ id: 'm3', userIds: ['u3'], departmentId: 'design', active: false });
  const oldLeaver = aMember({ id: 'm4', userIds: ['u4'], departmentId: 'design', active: false });
  const facts = factsOf({
    members: [m1, m2, leaver, oldLeaver],
    tasks: [
      aTask({
        id: 'p1',
        publishedAt: may(2),
        origin: 'claimed',
        responsibleUserIds: ['u1'],
        acknowledgedAt: may(3),
      }),
      aTask({ id: 'p2', publishedAt: may(4), status: 'open' }),
      aTask({
        id: 'p3',
        publishedAt: may(5),
        origin: 'claimed',
        responsibleUserIds: ['u9'],
        acknowledgedAt: may(5),
      }),
      aTask({ id: 'p4', publishedAt: may(-3), status: 'open' }),
      aTask({ id: 'withdrawn', publishedAt: may(-2), status: 'cancelled' }),
      aTask({ id: 'x', extraDuty: true, responsibleUserIds: ['u3'], acknowledgedAt: may(4) }),
      aTask({ id: 'old', extraDuty: true, responsibleUserIds: ['u4'], acknowledgedAt: may(-20) }),
    ],
  });

  it('[DB5] pool claim rate: claimed of the pool tasks published in the period; the items are the unclaimed', () => {
    const r = measure('poolClaimRate', facts);
    expect(r).toMatchObject({ status: 'ok', sample: 3, items: ['p2'] });
    expect(r.status === 'ok' && r.value).toBeCloseTo(2 / 3);
  });

  it('[DB5] members who took voluntary or extra work: a member who left mid-period counts where they acted', () => {
    const r = measure('voluntaryShare', facts);
    expect(r).toMatchObject({ status: 'ok', sample: 3, items: ['m1', 'm3'], itemKind: 'member' });
    expect(r.status === 'ok' && r.value).toBeCloseTo(2 / 3);
  });

  it('[DB5] points from voluntary work need the 贡献 ledger: not enough data yet', () => {
    expect(measure('voluntaryPoints', facts)).toEqual({ status: 'noSource', missing: ['contributions'] });
  });

  it('[DB1][DB5] the quarter holds both months of data; a pool task withdrawn unclaimed counts as not claimed', () => {
    const quarter = periodOf({ kind: 'quarter' }, may(10), 480) as Period;
    expect(measure('poolClaimRate', facts, quarter)).toMatchObject({ sample: 5 });
  });
});
