import { describe, expect, it } from 'vitest';
import { uniqueEntries, type LedgerEntry } from '../scoring/ledger';
import { aTask } from '../testBuilders';
import { factsOf, may, TASK_SOURCES } from './dashboardFixtures';
import type { Scope } from './measure';
import { computeMeasure, measureById, scopeFacts, type MeasureId } from './measures';
import type { Period } from './period';
import { ALL_SOURCES, JUNE, MAY, org } from './pillarFixtures';

const entry = (
  id: string,
  memberId: string,
  points: number,
  at: number | undefined,
  more: Partial<LedgerEntry> = {},
): LedgerEntry => ({
  id,
  key: `k-${id}`,
  memberId,
  rule: 'owner',
  source: 'task',
  points,
  period: '2024-05',
  at,
  summary: '',
  ...more,
});

// As the reader gives them: one entry per key.
const contributions = uniqueEntries([
  entry('e1', 'a1', 10, may(3)),
  entry('e2', 'a1', 4, may(4), { rule: 'claim', taskId: 'pool1' }),
  entry('e3', 'b1', 2, may(6), { rule: 'submission', source: 'collection' }),
  entry('e4', 'a2', 3, may(7), { rule: 'course', source: 'course' }),
  entry('e5', 'a2', 5, may(8), { rule: 'award', source: 'award' }),
  // A second runner's copy of e1's key: counted once.
  entry('e6', 'a1', 10, may(3), { key: 'k-e1' }),
  entry('e7', 'a1', -4, may(9), { rule: 'reversal', reversesId: 'e2', taskId: 'pool1' }),
  entry('e8', 'a1', 6, may(9), { taskId: 'extra1' }),
  entry('e9', 'b1', 7, undefined),
  entry('e10', 'b1', 9, may(-5)),
]);

const facts = factsOf({
  ...org,
  tasks: [aTask({ id: 'extra1', extraDuty: true }), aTask({ id: 'pool1', origin: 'claimed' })],
  contributions,
  available: ALL_SOURCES,
});

const company: Scope = { kind: 'company' };
const designScope: Scope = { kind: 'department', departmentId: 'design' };
const measure = (id: MeasureId, scope: Scope = company, period: Period = MAY, f = facts) =>
  computeMeasure(measureById(id), scopeFacts(f, scope), period);

describe('[DB13] contribution', () => {
  it('points in the period by the time of their fact, one per key, reversals deducted', () => {
    // 10 + 4 + 2 + 3 + 5 − 4 + 6 = 26; a1 16, a2 8, b1 2.
    expect(measure('pointsTotal')).toMatchObject({
      status: 'ok',
      value: 26,
      sample: 7,
      items: ['a1', 'a2', 'b1'],
      itemKind: 'member',
      notes: { noEntryTime: 1 },
    });
    expect(measure('pointsTotal', designScope)).toMatchObject({
      status: 'ok',
      value: 24,
      items: ['a1', 'a2'],
    });
  });

  it('points by source', () => {
    expect(measure('pointsTask')).toMatchObject({ status: 'ok', value: 16, items: ['a1'] });
    expect(measure('pointsSubmission')).toMatchObject({ status: 'ok', value: 2, items: ['b1'] });
    expect(measure('pointsCourse')).toMatchObject({ status: 'ok', value: 3 });
    expect(measure('pointsAward')).toMatchObject({ status: 'ok', value: 5, items: ['a2'] });
  });

  it('the spread across people: the top fifth’s share and the median per person', () => {
    // Three active people: the top fifth is one person, a1 with 16 of 26; the median of 16, 8, 2 is 8.
    const top = measure('pointsTopShare');
    expect(top).toMatchObject({ status: 'ok', sample: 3, items: ['a1'] });
    expect(top.status === 'ok' && top.value).toBeCloseTo(16 / 26);
    expect(measure('pointsMedian')).toMatchObject({ status: 'ok', value: 8 });
  });

  it('voluntary points: claims and extra-duty tasks, a reversal with the entry it reverses', () => {
    // Claim 4, its reversal −4, extra-duty 6.
    expect(measure('voluntaryPoints')).toMatchObject({ status: 'ok', value: 6, sample: 3, items: ['a1'] });
  });

  it('a period with no entries, or no ledger, is "not enough data yet"', () => {
    expect(measure('pointsTotal', company, JUNE)).toMatchObject({ status: 'noData' });
    expect(measure('voluntaryPoints', company, JUNE)).toMatchObject({ status: 'noData' });
    expect(measure('pointsTopShare', company, JUNE)).toMatchObject({ status: 'noData' });
    const unrecorded = factsOf({ ...org, available: TASK_SOURCES });
    expect(measure('pointsTotal', company, MAY, unrecorded)).toEqual({
      status: 'noSource',
      missing: ['contributions'],
    });
  });
});
