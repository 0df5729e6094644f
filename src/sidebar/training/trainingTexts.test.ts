import { describe, expect, it } from 'vitest';
import { isMessageKey, translator } from '../../i18n/translate';
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

  it('a refused CSV lists each bad line, or the file problem', () => {
    const t = translator('zh-CN');
    expect(csvProblems({ ok: false, code: 'rows', errors: [{ row: 4, code: 'tooFewOptions' }] }, t)).toEqual([
      '第 4 行：第 4 题至少需要两个选项（最多十个）。',
    ]);
    expect(csvProblems({ ok: false, code: 'columns', missing: ['题干', '答案'] }, t)).toEqual([
      '缺少列：题干、答案。',
    ]);
    expect(csvProblems({ ok: false, code: 'empty' }, t)).toEqual(['文件是空的。']);
  });
});
