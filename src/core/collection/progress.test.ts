import { describe, expect, it } from 'vitest';
import { aDepartment, aMember } from '../testBuilders';
import { aDrive, aSubmission, DEADLINE } from './collectionBuilders';
import { driveProgress } from './progress';

const design = aDepartment({ name: '设计部' });
const market = aDepartment({ name: '市场部' });
const ann = aMember({ name: 'Ann', departmentId: design.id });
const bob = aMember({ name: 'Bob', departmentId: design.id });
const cat = aMember({ name: 'Cat', departmentId: market.id });
const out = aMember({ name: 'Out' });
const org = { departments: [design, market], members: [ann, bob, cat, out] };
const drive = aDrive({ departmentIds: [design.id, market.id] });

describe('drive progress', () => {
  it('[CD12] states from the newest version, counted in total and by department', () => {
    const subs = [
      aSubmission(drive, ann.id, { compliant: false }),
      aSubmission(drive, ann.id, { version: 2 }),
      aSubmission(drive, bob.id, { compliant: false, late: true, submittedAt: DEADLINE + 1 }),
      aSubmission(aDrive(), cat.id),
    ];
    const progress = driveProgress(org, drive, subs);
    expect(progress.rows.map((r) => [r.member.name, r.state, r.versions])).toEqual([
      ['Ann', 'compliant', 2],
      ['Bob', 'problems', 1],
      ['Cat', 'missing', 0],
    ]);
    expect(progress.total).toEqual({ audience: 3, submitted: 2, compliant: 1, missing: 1, late: 1 });
    expect(progress.byDepartment).toEqual([
      { departmentId: design.id, counts: { audience: 2, submitted: 2, compliant: 1, missing: 0, late: 1 } },
      { departmentId: market.id, counts: { audience: 1, submitted: 0, compliant: 0, missing: 1, late: 0 } },
    ]);
  });

  it('[CD12] a sent-back person counts as missing; a submitter outside the audience gets a row', () => {
    const subs = [aSubmission(drive, ann.id, { review: 'rejected' }), aSubmission(drive, out.id)];
    const progress = driveProgress(org, { ...drive, openToAll: true }, subs);
    expect(progress.rows.map((r) => [r.member.name, r.state])).toEqual([
      ['Ann', 'sentBack'],
      ['Bob', 'missing'],
      ['Cat', 'missing'],
      ['Out', 'compliant'],
    ]);
    expect(progress.total.missing).toBe(3);
  });
});
