import { describe, expect, it } from 'vitest';
import { isMessageKey, translator } from '../../i18n/translate';
import type { CsvResult } from '../../core/training/questionCsv';
import { csvProblems, trainingRefusal } from '../kernel/commands/trainingCommands';

// Every code a training service or the CSV check can answer with; the refusal text is looked up by name.
const CODES = [
  'notMember',
  'notAllowed',
  'promptRequired',
  'tooFewOptions',
  'emptyOption',
  'duplicateOption',
  'correctOutOfRange',
  'singleNeedsOneCorrect',
  'multipleNeedsCorrect',
  'trueFalseTwoOptions',
  'pointsInvalid',
  'typeUnknown',
  'answerUnreadable',
  'noQuestions',
  'passMarkInvalid',
  'passMarkAboveTotal',
  'maxAttemptsInvalid',
  'titleRequired',
  'videoLinkInvalid',
  'courseGone',
  'notPublished',
  'alreadyPassed',
  'noAttemptsLeft',
  'staleAttempt',
  'roundClosed',
  'roundGone',
  'noChoice',
  'unknownTopic',
  'roundInvalid',
  'csvInvalid',
] as const;

describe('training texts', () => {
  it('every refusal code has its sentence in both languages, naming the question', () => {
    for (const code of CODES) expect(isMessageKey(`training.refusal.${code}`), code).toBe(true);
    expect(trainingRefusal('singleNeedsOneCorrect', translator('zh-CN'), '3')).toContain('第 3 题');
    expect(trainingRefusal('passMarkAboveTotal', translator('en-US'))).toContain('pass mark');
  });

  it('[TR20] a refused CSV names each bad line once, never as a question number, in both languages', () => {
    const t = translator('zh-CN');
    const rows: CsvResult = {
      ok: false,
      code: 'rows',
      errors: [
        { row: 4, code: 'tooFewOptions' },
        { row: 7, code: 'typeUnknown' },
      ],
    };
    expect(csvProblems(rows, t)).toEqual([
      '第 4 行：至少需要两个选项（最多十个）。',
      '第 7 行：题型不是单选、多选或判断。',
    ]);
    expect(csvProblems(rows, translator('en-US'))).toEqual([
      'Line 4: needs two to ten options.',
      'Line 7: the type is not single, multiple or true/false.',
    ]);
    expect(csvProblems({ ok: false, code: 'columns', missing: ['题干', '答案'] }, t)).toEqual([
      '缺少列：题干、答案。',
    ]);
    expect(csvProblems({ ok: false, code: 'empty' }, t)).toEqual(['文件是空的。']);
  });
});
