import { describe, expect, it } from 'vitest';
import { DAY } from '../time';
import type { Drive } from './drive';
import { aDrive, DEADLINE, PUBLISHED } from './collectionBuilders';
import { driveProblems, extensionProblem } from './validation';

describe('drive validation', () => {
  it('[CD1] a well-formed drive has no problems', () => {
    expect(driveProblems(aDrive(), 5, PUBLISHED)).toEqual([]);
  });

  it.each([
    ['deadlinePast', { deadline: PUBLISHED - 1 }],
    ['deadlineMissing', { deadline: undefined }],
    ['titleEmpty', { title: '  ' }],
    ['sizeInvalid', { maxSizeMb: 0 }],
    ['sizeInvalid', { maxSizeMb: 10 * 1024 * 1024 }],
    ['sizeInvalid', { maxSizeMb: undefined }],
    ['formatsEmpty', { formats: [] }],
    ['filesRange', { minFiles: 3, maxFiles: 2 }],
    ['filesRange', { maxFiles: 0 }],
    ['filesRange', { maxFiles: 200 }],
    ['namingRule', { namingRule: '{部门}-{工号}' }],
    ['namingRule', { namingRule: '{姓名}/作品' }],
    ['pointsInvalid', { points: -1 }],
    ['remindersInvalid', { reminderDays: [0] }],
  ] as [string, Partial<Drive>][])('[CD1] refuses %s', (code, overrides) => {
    expect(driveProblems(aDrive(overrides), 5, PUBLISHED)).toEqual([code]);
  });

  it('[CD1] an empty audience is refused unless the drive is open to all', () => {
    expect(driveProblems(aDrive(), 0, PUBLISHED)).toEqual(['audienceEmpty']);
    expect(driveProblems(aDrive({ openToAll: true }), 0, PUBLISHED)).toEqual([]);
  });

  it('[CD2] an extension moves the deadline later and into the future', () => {
    const drive = aDrive();
    expect(extensionProblem(drive, DEADLINE + DAY, PUBLISHED)).toBeUndefined();
    expect(extensionProblem(drive, DEADLINE - DAY, PUBLISHED)).toBe('deadlinePast');
    expect(extensionProblem(drive, DEADLINE + DAY, DEADLINE + 2 * DAY)).toBe('deadlinePast');
  });
});
