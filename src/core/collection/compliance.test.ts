import { describe, expect, it } from 'vitest';
import { aDrive, aFile } from './collectionBuilders';
import { complianceProblems, renamedByRule } from './compliance';
import { followsRule, ruleName } from './naming';

const naming = { department: '设计部', name: '王芳', title: '海报' };
const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('compliance', () => {
  it('[CD4] a compliant file has no problems', () => {
    expect(complianceProblems(aDrive(), [aFile()], naming)).toEqual([]);
  });

  it('[CD4] a PNG renamed to .pdf is disguised: the content decides', () => {
    const problems = complianceProblems(aDrive(), [aFile({ name: 'a.pdf', detected: 'png' })], naming);
    expect(problems).toEqual([{ code: 'disguised', file: 'a.pdf', claimed: 'pdf', actual: 'png' }]);
  });

  it('[CD4] an unknown content or a format not allowed is wrong', () => {
    expect(
      codes(complianceProblems(aDrive(), [aFile({ name: 'x.exe', detected: undefined })], naming)),
    ).toEqual(['wrongFormat']);
    expect(codes(complianceProblems(aDrive(), [aFile({ name: 'x.png', detected: 'png' })], naming))).toEqual([
      'wrongFormat',
    ]);
  });

  it('[CD4] size, empty file, count and the same file twice', () => {
    const drive = aDrive({ maxSizeMb: 1, minFiles: 1, maxFiles: 2 });
    expect(codes(complianceProblems(drive, [aFile({ size: 2 * 1024 * 1024 })], naming))).toEqual([
      'tooLarge',
    ]);
    expect(codes(complianceProblems(drive, [aFile({ size: 0 })], naming))).toEqual(['empty']);
    expect(codes(complianceProblems(drive, [], naming))).toEqual(['tooFew']);
    expect(codes(complianceProblems(drive, [aFile(), aFile(), aFile()], naming))).toEqual(['tooMany']);
    const twice = [aFile({ name: 'a.pdf', hash: 'same' }), aFile({ name: 'b.pdf', hash: 'same' })];
    expect(complianceProblems(drive, twice, naming)).toEqual([
      { code: 'sameFile', file: 'b.pdf', other: 'a.pdf' },
    ]);
  });

  it('[CD5] the naming rule is checked and offered as a rename', () => {
    const drive = aDrive({ namingRule: '{部门}-{姓名}-{标题}', maxFiles: 2 });
    expect(followsRule('设计部-王芳-海报.pdf', drive.namingRule, naming)).toBe(true);
    expect(followsRule('设计部-王芳-海报-2.pdf', drive.namingRule, naming)).toBe(true);
    expect(followsRule('poster.pdf', drive.namingRule, naming)).toBe(false);
    const problems = complianceProblems(drive, [aFile({ name: 'poster.pdf' })], naming);
    expect(problems).toEqual([{ code: 'naming', file: 'poster.pdf', expected: '设计部-王芳-海报.pdf' }]);
    const renamed = renamedByRule(drive, [aFile({ name: 'a.pdf' }), aFile({ name: 'b.PDF' })], naming);
    expect(renamed.map((f) => f.name)).toEqual(['设计部-王芳-海报-1.pdf', '设计部-王芳-海报-2.pdf']);
    expect(complianceProblems(drive, renamed, naming)).toEqual([]);
  });

  it('[CD5] unsafe characters in a value become dashes in the name', () => {
    expect(ruleName('{姓名}-{标题}', { ...naming, title: 'a/b' }, aFile(), 0, 1)).toBe('王芳-a-b.pdf');
  });
});
