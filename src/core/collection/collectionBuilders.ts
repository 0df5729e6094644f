/** Builders for collection tests: a drive and submissions with sensible defaults. */
import { DAY } from '../time';
import { driveDefaults, type Drive, type FileFacts, type Submission } from './drive';

let counter = 0;

export const PUBLISHED = Date.UTC(2026, 10, 2, 1, 0, 0);
export const DEADLINE = PUBLISHED + 7 * DAY;

export function aDrive(overrides: Partial<Drive> = {}): Drive {
  return {
    ...driveDefaults({
      title: '参赛作品',
      formats: ['pdf'],
      maxSizeMb: 20,
      deadline: DEADLINE,
      status: 'open',
      publishedAt: PUBLISHED,
      organizerUserIds: ['ou_hr'],
    }),
    id: overrides.id ?? `drive${++counter}`,
    ...overrides,
  };
}

export function aFile(overrides: Partial<FileFacts> = {}): FileFacts {
  return { name: 'work.pdf', size: 1000, detected: 'pdf', hash: `h${++counter}`, ...overrides };
}

export function aSubmission(drive: Drive, memberId: string, overrides: Partial<Submission> = {}): Submission {
  return {
    id: `sub${++counter}`,
    driveId: drive.id,
    memberId,
    title: '',
    files: [aFile()],
    submittedAt: PUBLISHED + DAY,
    compliant: true,
    problems: '',
    reviewReason: '',
    version: 1,
    late: false,
    checkedAt: PUBLISHED + DAY,
    ...overrides,
  };
}
