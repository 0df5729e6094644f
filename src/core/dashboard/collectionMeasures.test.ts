import { describe, expect, it } from 'vitest';
import { aDrive, aSubmission } from '../collection/collectionBuilders';
import { factsOf, may, TASK_SOURCES } from './dashboardFixtures';
import type { Scope } from './measure';
import { computeMeasure, measureById, scopeFacts, type MeasureId } from './measures';
import type { Period } from './period';
import { ALL_SOURCES, JUNE, MAY, org } from './pillarFixtures';

const drive1 = aDrive({ id: 'drive1', publishedAt: may(1, 9), deadline: may(10, 18) });
const drive2 = aDrive({
  id: 'drive2',
  departmentIds: ['sales'],
  publishedAt: may(5, 9),
  deadline: may(20, 18),
});
const april = aDrive({ id: 'april', publishedAt: may(-20, 9), deadline: may(-5, 18) });
const open = aDrive({ id: 'open', deadline: undefined });
const draft = aDrive({ id: 'draft', status: 'draft', deadline: may(12, 18) });

const submissions = [
  aSubmission(drive1, 'a1', { submittedAt: may(3, 9), compliant: false, version: 1 }),
  aSubmission(drive1, 'a1', { submittedAt: may(4, 9), compliant: true, version: 2 }),
  aSubmission(drive1, 'a2', { submittedAt: may(11, 9), compliant: true, version: 1 }),
  aSubmission(drive2, 'b1', { submittedAt: may(6, 9), compliant: true, version: 1 }),
  aSubmission(april, 'b1', { submittedAt: may(-10, 9), compliant: false, version: 1 }),
];

const facts = factsOf({
  ...org,
  drives: [drive1, drive2, april, open, draft],
  submissions,
  available: ALL_SOURCES,
});

const company: Scope = { kind: 'company' };
const designScope: Scope = { kind: 'department', departmentId: 'design' };

const measure = (id: MeasureId, scope: Scope = company, period: Period = MAY, f = facts) =>
  computeMeasure(measureById(id), scopeFacts(f, scope), period);

describe('[DB11] collection', () => {
  it('collection rate: of everyone asked by the drives due in the period, who sent a first version by the deadline', () => {
    // drive1 asks a1, a2, b1 (everyone active): only a1 by the deadline; drive2 asks b1, on time. 2 of 4.
    expect(measure('collectionRate')).toMatchObject({
      status: 'ok',
      value: 0.5,
      sample: 4,
      items: ['drive1'],
      itemKind: 'drive',
    });
  });

  it('days to collect: the median of the drives’ own medians', () => {
    // drive1: a1 after 2 days, a2 after 10 → 6; drive2: b1 after 1 → 1; median of 6 and 1 is 3.5.
    expect(measure('collectDays')).toMatchObject({ status: 'ok', value: 3.5, sample: 2 });
  });

  it('compliance at first try: of the first versions, the compliant ones', () => {
    // drive1: a1's first was not compliant, a2's was; drive2: b1's was. 2 of 3.
    const result = measure('firstTryCompliance');
    expect(result).toMatchObject({ status: 'ok', sample: 3, items: ['drive1'] });
    expect(result.status === 'ok' && result.value).toBeCloseTo(2 / 3);
  });

  it('a department counts only its people', () => {
    // design: drive1 asks a1 and a2 (1 on time); drive2 asks nobody of design.
    expect(measure('collectionRate', designScope)).toMatchObject({ status: 'ok', value: 0.5, sample: 2 });
    expect(measure('collectDays', designScope)).toMatchObject({ status: 'ok', value: 6, sample: 1 });
    expect(measure('firstTryCompliance', designScope)).toMatchObject({ status: 'ok', value: 0.5 });
  });

  it('a drive with no deadline is noted; drafts and other months are not counted', () => {
    expect(measure('collectionRate')).toMatchObject({ notes: { noDeadline: 1 } });
    // April's drive asked the same three; only b1 sent something (not compliant, still collected).
    const april = measure('collectionRate', company, { from: may(-30), to: may(1) });
    expect(april).toMatchObject({ status: 'ok', sample: 3, items: ['april'] });
    expect(april.status === 'ok' && april.value).toBeCloseTo(1 / 3);
  });

  it('a period with no drive due, or a Base without the tables, is "not enough data yet"', () => {
    expect(measure('collectionRate', company, JUNE)).toMatchObject({ status: 'noData' });
    expect(measure('collectDays', company, JUNE)).toMatchObject({ status: 'noData' });
    const unrecorded = factsOf({ ...org, available: TASK_SOURCES });
    expect(measure('collectionRate', company, MAY, unrecorded)).toEqual({
      status: 'noSource',
      missing: ['collections', 'submissions'],
    });
  });
});
