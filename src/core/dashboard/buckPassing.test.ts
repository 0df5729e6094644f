import { describe, expect, it } from 'vitest';
import { aMember, aTask } from '../testBuilders';
import { anEvent, factsOf, may } from './dashboardFixtures';
import {
  computeAll,
  computeMeasure,
  measureById,
  MEASURES,
  scopeFacts,
  trendOf,
  type MeasureId,
} from './measures';
import { trendMonths, type Period } from './period';

const MAY: Period = { from: may(1), to: may(32) };
const members = [
  aMember({ userIds: ['u1'], departmentId: 'A' }),
  aMember({ userIds: ['u2'], departmentId: 'B' }),
  aMember({ userIds: ['u3'], departmentId: 'A', active: false }),
];
// k: declined in A, reassigned, taken in B, declined in B, taken in A again: two moves between departments.
const k = aTask({ id: 'k', createdAt: may(6, 9), acknowledgedAt: may(7, 10), primaryDepartmentId: 'A' });
// l: assigned Thursday 17:00 and still not acknowledged at Friday noon.
const l = aTask({ id: 'l', status: 'assigned', createdAt: may(9, 17), primaryDepartmentId: 'B' });
// m: its history deleted by hand; its 确认时间 still ends the wait.
const m = aTask({ id: 'm', createdAt: may(8, 9), acknowledgedAt: may(8, 11), primaryDepartmentId: 'A' });
// n: declined in April, then cancelled.
const n = aTask({ id: 'n', status: 'cancelled', createdAt: may(-10, 9), primaryDepartmentId: 'B' });
const events = [
  anEvent('k', 'created', may(6, 9), 'boss'),
  anEvent('k', 'declined', may(6, 10), 'u1'),
  anEvent('k', 'reassigned', may(6, 11), 'head'),
  anEvent('k', 'acknowledged', may(6, 13), 'u2'),
  anEvent('k', 'declined', may(7, 9), 'u2'),
  anEvent('k', 'acknowledged', may(7, 10), 'u3'),
  anEvent('k', undefined, may(7, 11), 'u1'),
  anEvent('deleted-task', 'declined', may(7, 12), 'u1'),
  anEvent('n', 'declined', may(-2, 12), 'u2'),
];
const facts = factsOf({ tasks: [k, l, m, n], events, members, now: may(10, 12) });
const company = scopeFacts(facts, { kind: 'company' });
const measure = (id: MeasureId, period = MAY) => computeMeasure(measureById(id), company, period);

describe('buck-passing signals', () => {
  it('[DB6] declines and reassignments are the events of the period, with the tasks behind them', () => {
    expect(measure('declines')).toMatchObject({ status: 'ok', value: 2, items: ['k'] });
    expect(measure('reassignments')).toMatchObject({ status: 'ok', value: 1, items: ['k'] });
  });

  it('[DB6] events typed without a type, or for a task deleted since, are skipped and noted', () => {
    expect(measure('declines')).toMatchObject({ notes: { eventsIgnored: 2 } });
  });

  it('[DB6] a task that passed between departments twice bounced (a member who left keeps their department)', () => {
    expect(measure('bounced')).toMatchObject({ status: 'ok', value: 1, items: ['k'] });
  });

  it('[DB6] hours with no acknowledged owner: k 4 h + 1 h, l 1 h + 3 h, m 2 h from its 确认时间', () => {
    expect(measure('unownedHours')).toMatchObject({ status: 'ok', value: 11, items: ['k', 'l', 'm'] });
  });

  it('[DB6] a department sees its own tasks only', () => {
    const b = scopeFacts(facts, { kind: 'department', departmentId: 'B' });
    expect(computeMeasure(measureById('unownedHours'), b, MAY)).toMatchObject({ value: 4, items: ['l'] });
    expect(computeMeasure(measureById('declines'), b, MAY)).toMatchObject({ value: 0, items: [] });
  });
});

describe('the measure table', () => {
  it('[DB7] measures whose sources are not recorded yet show "not enough data", never zero', () => {
    const results = computeAll(company, MAY);
    expect(results.collectionRate).toEqual({ status: 'noSource', missing: ['collections', 'submissions'] });
    expect(results.pointsTotal).toEqual({ status: 'noSource', missing: ['contributions'] });
  });

  it('[DB7] an empty Base has no figure anywhere: no zero, no NaN', () => {
    const empty = scopeFacts(factsOf({}), { kind: 'company' });
    for (const m of MEASURES) expect(computeMeasure(m, empty, MAY).status).not.toBe('ok');
  });

  it('[DB7] a task from a deleted department still counts for the company, never for a department', () => {
    const orphan = factsOf({ tasks: [aTask({ primaryDepartmentId: 'gone', due: may(5), status: 'done' })] });
    expect(scopeFacts(orphan, { kind: 'company' }).orphanTasks).toBe(1);
    expect(scopeFacts(orphan, { kind: 'department', departmentId: 'A' }).tasks).toEqual([]);
  });

  it('[DB1] the trend has one value per month, undefined where the month has no data', () => {
    const trend = trendOf(company, trendMonths(MAY.to, 480));
    expect(trend.declines).toHaveLength(12);
    expect(trend.declines[11]).toBe(2);
    expect(trend.declines[10]).toBe(1);
    expect(trend.declines[0]).toBeUndefined();
  });
});
