import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import { inBaseNames } from './schemaNames';

describe('names as the Base has them', () => {
  it('[EV15] an English manual step names the views, fields and options of a Chinese-installed Base', () => {
    const step = translator('en-US')('manual.kanbanGroup');
    expect(step).toContain('"Task board"');
    const inBase = inBaseNames(step, 'en-US', 'zh-CN');
    expect(inBase).toContain('"任务看板"');
    expect(inBase).toContain('"状态"');
    expect(inBase).not.toContain('Task board');
    expect(inBase.startsWith('Open the')).toBe(true);
  });

  it('[EV15] the same language, or a quoted word that is not a schema name, is left as it is', () => {
    const step = translator('zh-CN')('manual.kanbanGroup');
    expect(inBaseNames(step, 'zh-CN', 'zh-CN')).toBe(step);
    expect(inBaseNames('Say "hello" to "Task board"', 'en-US', 'zh-CN')).toBe('Say "hello" to "任务看板"');
    expect(inBaseNames('打开「任务看板」', 'zh-CN', 'en-US')).toBe('打开「Task board」');
  });
});
