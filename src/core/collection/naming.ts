/**
 * The naming rule of a drive, e.g. `{部门}-{姓名}-{标题}`: checked on each file and offered as an automatic
 * rename. Placeholders are the department, the person's name and the title (the work's, else the drive's).
 */
import type { FileFormat } from './drive';

export interface NamingContext {
  department: string;
  name: string;
  title: string;
}

const PLACEHOLDERS: Record<string, keyof NamingContext> = {
  部门: 'department',
  姓名: 'name',
  标题: 'title',
  department: 'department',
  name: 'name',
  title: 'title',
};

const TOKEN = /\{([^{}]*)\}/g;
/** Characters a file name may not hold on the systems people download to. */
const UNSAFE = /[\\/:*?"<>|]/g;

/** Why a rule cannot be used: an unknown placeholder or unsafe characters; undefined when fine or empty. */
export function namingRuleProblem(rule: string): 'unknownPlaceholder' | 'unsafe' | undefined {
  for (const [, name] of rule.matchAll(TOKEN)) if (!(name! in PLACEHOLDERS)) return 'unknownPlaceholder';
  if (rule.replace(TOKEN, '').match(UNSAFE)) return 'unsafe';
  return undefined;
}

/** The lower-case extension of a file name, `jpeg` read as `jpg`; empty when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const ext = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  return ext === 'jpeg' ? 'jpg' : ext;
}

const stemOf = (fileName: string) => {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
};

/** The stem the rule asks for, with unsafe characters in the values made dashes. */
export function expectedStem(rule: string, context: NamingContext): string {
  return rule.replace(TOKEN, (_, name: string) => context[PLACEHOLDERS[name]!].trim().replace(UNSAFE, '-'));
}

/** [CD5] A name follows the rule when its stem is the rule's, alone or with `-2`, `-3`… for several files. */
export function followsRule(fileName: string, rule: string, context: NamingContext): boolean {
  if (!rule) return true;
  const expected = expectedStem(rule, context);
  const stem = stemOf(fileName);
  if (stem === expected) return true;
  return stem.startsWith(`${expected}-`) && /^\d+$/.test(stem.slice(expected.length + 1));
}

/**
 * [CD5] The name the rule gives the file at `index` of `count`: numbered only when there are several; the
 * extension is the one the content shows when known.
 */
export function ruleName(
  rule: string,
  context: NamingContext,
  file: { name: string; detected?: FileFormat },
  index: number,
  count: number,
): string {
  if (!rule) return file.name;
  const ext = file.detected ?? extensionOf(file.name);
  const stem = expectedStem(rule, context) + (count > 1 ? `-${index + 1}` : '');
  return ext ? `${stem}.${ext}` : stem;
}
