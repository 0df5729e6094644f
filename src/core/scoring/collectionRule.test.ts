import { describe, expect, it } from 'vitest';
import { aDrive, aSubmission, DEADLINE, PUBLISHED } from '../collection/collectionBuilders';
import type { Drive, Submission } from '../collection/drive';
import { DAY } from '../time';
import { deriveWanted } from './rules';
import { scoringOrg } from './scoringFixture';
import { DEFAULT_SCORING } from './settings';

const org = scoringOrg();
const plan = org.id('plan');
const poster = org.id('poster');

const derive = (drives: Drive[], submissions: Submission[]) =>
  deriveWanted({ departments: [], members: org.members, tasks: [], drives, submissions }, DEFAULT_SCORING);
const lines = (drives: Drive[], submissions: Submission[]) =>
  derive(drives, submissions).wanted.map((w) => [w.fact, w.memberId, w.rule, w.source, w.points, w.period]);

describe('collection drives as a source of points', () => {
  const drive = aDrive({ id: 'd1', points: 5 });

  it('[SC23] a compliant version made by the deadline earns the drive’s points once per member, at its period', () => {
    const subs = [
      aSubmission(drive, plan, { version: 1 }),
      aSubmission(drive, plan, { version: 2, submittedAt: PUBLISHED + 2 * DAY }),
      aSubmission(drive, poster, { version: 1, submittedAt: DEADLINE }),
    ];
    expect(lines([drive], subs)).toEqual([
      ['collection:d1', plan, 'submission', 'collection', 5, '2026-11'],
      ['collection:d1', poster, 'submission', 'collection', 5, '2026-11'],
    ]);
  });

  it('[SC23] late, non-compliant or unchecked versions earn nothing; a drive without points earns nothing', () => {
    const subs = [
      aSubmission(drive, plan, { submittedAt: DEADLINE + 1 }),
      aSubmission(drive, poster, { compliant: false }),
    ];
    expect(lines([drive], subs)).toEqual([]);
    expect(lines([{ ...drive, points: undefined }], [aSubmission(drive, plan)])).toEqual([]);
  });

  it('[SC23] a newest version sent back earns nothing until a compliant one comes in on time', () => {
    const first = aSubmission(drive, plan, { version: 1, review: 'rejected' });
    expect(lines([drive], [first])).toEqual([]);
    const fixed = aSubmission(drive, plan, { version: 2, submittedAt: PUBLISHED + 3 * DAY });
    expect(derive([drive], [first, fixed]).wanted.map((w) => w.at)).toEqual([PUBLISHED + 3 * DAY]);
    const accepted = aSubmission(drive, plan, { version: 1 });
    const sentBackLater = aSubmission(drive, plan, { version: 2, review: 'rejected' });
    expect(lines([drive], [accepted, sentBackLater])).toEqual([]);
  });

  it('[SC23][SC8] a drive’s points that are negative or above the maximum are flagged, not scored', () => {
    for (const [points, problem] of [
      [-5, 'negative'],
      [5000, 'absurd'],
    ] as const) {
      const bad = { ...drive, points };
      const derived = derive([bad], [aSubmission(bad, plan)]);
      expect(derived.wanted).toEqual([]);
      expect(derived.flags).toEqual([{ fact: 'collection:d1', title: '参赛作品', problem }]);
    }
  });

  it('[SC23][SC8] a submitter not in 成员 is flagged; the others still score', () => {
    const derived = derive([drive], [aSubmission(drive, 'rec_gone'), aSubmission(drive, plan)]);
    expect(derived.flags).toEqual([{ fact: 'collection:d1', title: '参赛作品', problem: 'unknownPerson' }]);
    expect(derived.wanted.map((w) => w.memberId)).toEqual([plan]);
  });
});
