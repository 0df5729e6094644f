import { describe, expect, it } from 'vitest';
import { EN as enUS, ZH as zhCN } from './catalog';
import { isMessageKey, translator, type MessageKey } from './translate';

const zhKeys = Object.keys(zhCN).sort();
const enKeys = Object.keys(enUS).sort();
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))].sort();
// CJK ideographs, kana, hangul, CJK punctuation (「」。) and full-width forms (，：).
const CJK = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]/;

describe('dictionaries', () => {
  it('every zh-CN key exists in en-US', () => {
    expect(zhKeys.filter((k) => !(k in enUS))).toEqual([]);
  });

  it('every en-US key exists in zh-CN', () => {
    expect(enKeys.filter((k) => !(k in zhCN))).toEqual([]);
  });

  it('each key uses the same placeholders in both languages', () => {
    const mismatched = zhKeys.filter((key) => {
      const k = key as MessageKey;
      return placeholders(zhCN[k]).join() !== placeholders(enUS[k] ?? '').join();
    });
    expect(mismatched).toEqual([]);
  });

  it('no placeholder is malformed (single braces or spaces inside)', () => {
    const bad = /\{\s*\w+\s*\}(?!\})|\{\{\s+\w+|\w+\s+\}\}/;
    for (const dictionary of [zhCN, enUS])
      for (const [key, value] of Object.entries(dictionary)) expect(bad.test(value), key).toBe(false);
  });

  it('no en-US text contains Chinese or other CJK characters', () => {
    const offenders = Object.entries(enUS).filter(([, value]) => CJK.test(value));
    expect(offenders).toEqual([]);
  });

  it('every zh-CN and en-US text is non-empty', () => {
    expect(Object.entries(zhCN).filter(([, value]) => !value.trim())).toEqual([]);
    expect(Object.entries(enUS).filter(([, value]) => !value.trim())).toEqual([]);
  });
});

describe('translator', () => {
  it('fills named parameters, numbers included', () => {
    expect(translator('en-US')('home.greeting', { name: 'Ann' })).toBe('Hello, Ann');
    expect(translator('zh-CN')('home.greeting', { name: '安' })).toBe('安，你好');
    expect(translator('en-US')('home.progress', { done: 2, total: 5 })).toBe('2/5 stages done');
    expect(translator('zh-CN')('home.progress', { done: 0, total: 3 })).toBe('0/3 阶段完成');
  });

  it('fills every occurrence and leaves text without placeholders as it is', () => {
    expect(translator('en-US')('health.fieldRenamed', { table: 'T', field: 'F', name: 'N' })).toBe(
      'Field "F" of table "T" was renamed to "N": still works',
    );
    expect(translator('zh-CN')('nav.home')).toBe(zhCN['nav.home']);
  });

  it('leaves a placeholder visible when its parameter is missing, rather than printing undefined', () => {
    const text = translator('en-US')('home.greeting');
    expect(text).toBe('Hello, {{name}}');
    expect(text).not.toContain('undefined');
  });

  it('does not interpret replacement patterns in parameter values', () => {
    expect(translator('en-US')('home.greeting', { name: '$& $1 $$' })).toBe('Hello, $& $1 $$');
  });

  it('with every placeholder given, no key of either language keeps braces', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const t = translator(locale);
      for (const key of zhKeys as MessageKey[]) {
        const params = Object.fromEntries(placeholders(zhCN[key]).map((p) => [p, 'x']));
        expect(t(key, params), `${locale} ${key}`).not.toMatch(/\{\{|\}\}/);
      }
    }
  });

  it('isMessageKey knows the keys and nothing else', () => {
    expect(zhKeys.every(isMessageKey)).toBe(true);
    expect(isMessageKey('home.nope')).toBe(false);
    expect(isMessageKey('')).toBe(false);
  });

  it('BUG: isMessageKey rejects inherited Object properties (toString, constructor), which are not messages', () => {
    // `key in zhCN` walks the prototype chain; translating such a "key" would throw.
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey('constructor')).toBe(false);
  });
});
