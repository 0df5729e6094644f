import { describe, expect, it } from 'vitest';
import { DAY } from '../time';
import { aDepartment, aMember } from '../testBuilders';
import { aDrive, aSubmission, DEADLINE, PUBLISHED } from './collectionBuilders';
import { driveFigures } from './figures';

const design = aDepartment();
const people = [1, 2, 3, 4].map((i) => aMember({ name: `P${i}`, departmentId: design.id }));
const org = { departments: [design], members: people };
const drive = aDrive({ departmentIds: [design.id] });

describe('figures', () => {
  it('[CD13] collection rate by the deadline, median days to collect, compliance at first try', () => {
    const subs = [
      aSubmission(drive, people[0]!.id, { submittedAt: PUBLISHED + DAY, compliant: false }),
      aSubmission(drive, people[0]!.id, { submittedAt: PUBLISHED + 2 * DAY, version: 2 }),
      aSubmission(drive, people[1]!.id, { submittedAt: PUBLISHED + 3 * DAY }),
      aSubmission(drive, people[2]!.id, { submittedAt: DEADLINE + DAY, late: true }),
    ];
    expect(driveFigures(org, drive, subs)).toEqual({
      audience: 4,
      collectionRate: 0.5,
      medianDaysToCollect: 3,
      firstTryCompliance: 2 / 3,
    });
  });

  it('[CD13] with nothing submitted the rate is 0 and the rest unknown', () => {
    expect(driveFigures(org, drive, [])).toEqual({ audience: 4, collectionRate: 0 });
  });
});
