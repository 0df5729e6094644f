import { describe, expect, it } from 'vitest';
import { aDepartment, aMember } from '../testBuilders';
import { archiveEntries, archiveName, uniqueNames, type StoredFile } from './archive';
import { aDrive, aFile, aSubmission } from './collectionBuilders';
import type { Submission } from './drive';

const design = aDepartment({ name: '设计部' });
const ann = aMember({ name: '林峰', departmentId: design.id });
const bob = aMember({ name: '何平', departmentId: design.id });
const twin = aMember({ name: '林峰', departmentId: design.id });
const org = { departments: [design], members: [ann, bob, twin] };
const tokensOf = (s: Submission): StoredFile[] =>
  s.files.map((f, i) => ({ name: f.name, detected: f.detected, token: `${s.id}-t${i}` }));

describe('archive of accepted files', () => {
  it('[CD14] only accepted newest versions go in when the drive needs review', () => {
    const drive = aDrive({ departmentIds: [design.id], needsReview: true, namingRule: '' });
    const subs = [
      aSubmission(drive, ann.id, { review: 'accepted', files: [aFile({ name: 'a.pdf' })] }),
      aSubmission(drive, bob.id, { review: 'accepted', files: [aFile({ name: 'old.pdf' })] }),
      aSubmission(drive, bob.id, { version: 2, files: [aFile({ name: 'new.pdf' })] }),
      aSubmission(drive, twin.id, { review: 'rejected', files: [aFile({ name: 'c.pdf' })] }),
    ];
    expect(archiveEntries(org, drive, subs, tokensOf).map((e) => e.entryName)).toEqual(['a.pdf']);
  });

  it('[CD14] without review a compliant newest version is accepted, one with problems is not', () => {
    const drive = aDrive({ departmentIds: [design.id] });
    const subs = [
      aSubmission(drive, ann.id, { files: [aFile({ name: 'a.pdf' })] }),
      aSubmission(drive, bob.id, { compliant: false, files: [aFile({ name: 'b.pdf' })] }),
    ];
    const entries = archiveEntries(org, drive, subs, tokensOf);
    expect(entries.map((e) => [e.person, e.fileName, e.token])).toEqual([
      ['林峰', 'a.pdf', `${subs[0]!.id}-t0`],
    ]);
  });

  it('[CD15] entries take the rule name with the detected extension, numbered, and are made unique', () => {
    const drive = aDrive({ departmentIds: [design.id], namingRule: '{部门}-{姓名}-{标题}', title: '参赛' });
    const subs = [
      aSubmission(drive, ann.id, {
        files: [aFile({ name: 'x.pdf' }), aFile({ name: 'shot.pdf', detected: 'png' })],
      }),
      aSubmission(drive, twin.id, { files: [aFile({ name: 'mine.pdf' })] }),
      aSubmission(drive, bob.id, { title: '海报', files: [aFile({ name: 'p.pdf' })] }),
    ];
    expect(archiveEntries(org, drive, subs, tokensOf).map((e) => e.entryName)).toEqual([
      '设计部-林峰-参赛-1.pdf',
      '设计部-林峰-参赛-2.png',
      '设计部-何平-海报.pdf',
      '设计部-林峰-参赛.pdf',
    ]);
  });

  it('[CD15] a taken name gets a number before its extension, letter case ignored', () => {
    expect(uniqueNames(['a.pdf', 'A.PDF', 'a.pdf', 'b', 'b'])).toEqual([
      'a.pdf',
      'A (2).PDF',
      'a (3).pdf',
      'b',
      'b (2)',
    ]);
  });

  it('[CD15] the archive is named by the title, unsafe characters made dashes', () => {
    expect(archiveName(aDrive({ title: '作品/2026: 秋' }))).toBe('作品-2026- 秋.zip');
    expect(archiveName(aDrive({ title: '  ' }))).toBe('collection.zip');
  });
});
