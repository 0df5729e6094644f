/**
 * [CD4]-[CD6] Whether a submission's files meet the drive: every problem in a form the person can read and fix.
 * The format comes from the content (detected outside core), never from the extension alone.
 */
import type { Drive, FileFacts, FileFormat } from './drive';
import { extensionOf, followsRule, ruleName, type NamingContext } from './naming';

export type FileProblem =
  | { code: 'empty'; file: string }
  | { code: 'tooLarge'; file: string; sizeMb: number; maxMb: number }
  | { code: 'disguised'; file: string; claimed: string; actual: FileFormat | 'unknown' }
  | { code: 'wrongFormat'; file: string; actual: FileFormat | 'unknown' }
  | { code: 'naming'; file: string; expected: string }
  | { code: 'sameFile'; file: string; other: string }
  | { code: 'tooFew'; count: number; min: number }
  | { code: 'tooMany'; count: number; max: number };

const MB = 1024 * 1024;

function formatProblem(file: FileFacts, allowed: readonly FileFormat[]): FileProblem | undefined {
  const actual = file.detected ?? 'unknown';
  const claimed = extensionOf(file.name);
  if (file.detected && allowed.includes(file.detected)) return undefined;
  // The extension names an allowed format the content is not: the renamed file the person must hear about.
  if ((allowed as readonly string[]).includes(claimed))
    return { code: 'disguised', file: file.name, claimed, actual };
  return { code: 'wrongFormat', file: file.name, actual };
}

function fileProblems(
  drive: Drive,
  file: FileFacts,
  index: number,
  count: number,
  naming: NamingContext,
): FileProblem[] {
  if (file.size === 0) return [{ code: 'empty', file: file.name }];
  const problems: FileProblem[] = [];
  const maxMb = drive.maxSizeMb;
  if (maxMb !== undefined && file.size > maxMb * MB)
    problems.push({
      code: 'tooLarge',
      file: file.name,
      sizeMb: Math.ceil((file.size / MB) * 10) / 10,
      maxMb,
    });
  const format = formatProblem(file, drive.formats);
  if (format) problems.push(format);
  if (!followsRule(file.name, drive.namingRule, naming))
    problems.push({
      code: 'naming',
      file: file.name,
      expected: ruleName(drive.namingRule, naming, file, index, count),
    });
  return problems;
}

/** [CD4] Every problem of the files as a whole and of each file; none means compliant. */
export function complianceProblems(
  drive: Drive,
  files: readonly FileFacts[],
  naming: NamingContext,
): FileProblem[] {
  const problems: FileProblem[] = [];
  if (files.length < drive.minFiles)
    problems.push({ code: 'tooFew', count: files.length, min: drive.minFiles });
  if (files.length > drive.maxFiles)
    problems.push({ code: 'tooMany', count: files.length, max: drive.maxFiles });
  const seen = new Map<string, string>();
  files.forEach((file, index) => {
    problems.push(...fileProblems(drive, file, index, files.length, naming));
    const first = file.size > 0 ? seen.get(file.hash) : undefined;
    if (first !== undefined) problems.push({ code: 'sameFile', file: file.name, other: first });
    else seen.set(file.hash, file.name);
  });
  return problems;
}

/** [CD5] The files renamed by the rule, in order; names already right are kept. */
export function renamedByRule(drive: Drive, files: readonly FileFacts[], naming: NamingContext): FileFacts[] {
  return files.map((file, index) =>
    followsRule(file.name, drive.namingRule, naming)
      ? file
      : { ...file, name: ruleName(drive.namingRule, naming, file, index, files.length) },
  );
}
