/** The catalogue's type requires a text for every code: each `@ts-expect-error` below must fail to compile. */
import { describe, expect, it } from 'vitest';
import { EN, ZH } from './catalog';
import type { CodeMessageKey, CoversCodes } from './codes';

const CODE_KEYS = [
  'health.missingTable',
  'kind.link',
  'error.schema.optionMissing',
  'manual.kanbanGroup',
  'refusal.notOpen',
  'work.refusal.wrongStatus',
  'flag.cycle',
  'status.in_review',
  'stage.cycle',
  'permission.quickCreate.notAllowed',
] as const satisfies readonly CodeMessageKey[];

describe('code texts', () => {
  it('a dictionary without the text of one code does not cover the codes', () => {
    const { 'refusal.notOpen': dropped, ...rest } = ZH;
    // @ts-expect-error: zh-CN without the text of a refusal code
    const incomplete: CoversCodes = rest;
    expect(dropped).toBeTruthy();
    expect(Object.keys(incomplete)).not.toContain('refusal.notOpen');
  });

  it('a new code without texts in the catalogue fails to compile', () => {
    // @ts-expect-error: no text says the code "refusal.brandNew"
    const withNewCode: Record<CodeMessageKey | 'refusal.brandNew', string> = ZH;
    expect(Object.keys(withNewCode)).not.toContain('refusal.brandNew');
  });

  it.each([ZH, EN])('each language has a text for codes of every kind', (dictionary) => {
    const texts: Record<string, string> = dictionary;
    expect(CODE_KEYS.filter((key) => !texts[key]?.trim())).toEqual([]);
  });
});
