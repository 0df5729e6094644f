import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS, neutralised, questionsFromCells } from './questionCsv';

const HEADER = ['题干', '题型', '选项', '答案', '分值', '解析'];

describe('question CSV', () => {
  it('[TR18] reads single, multiple and true/false rows with letter or number answers', () => {
    const result = questionsFromCells([
      HEADER,
      ['直播前最重要的是？', '单选', '选题|灯光|抽奖', 'A', '20', '选题决定来不来看'],
      ['互动环节包括？', '多选', '抽奖|问答|念稿', 'A,B', '', ''],
      ['直播要有脚本', '判断', '', '对', '10', ''],
      ['第二项', 'single', 'x|y', '2', '5', ''],
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.drafts.map((d) => [d.type, d.correct, d.points])).toEqual([
      ['single', [0], 20],
      ['multiple', [0, 1], 10],
      ['true_false', [0], 10],
      ['single', [1], 5],
    ]);
    expect(result.drafts[2]!.options).toEqual(['对', '错']);
  });

  it('[TR18] any bad row rejects the file and each error names its line', () => {
    const result = questionsFromCells([
      ['prompt', 'type', 'options', 'answer', 'points'],
      ['ok', 'single', 'a|b', 'A', '1'],
      ['two correct', 'single', 'a|b', 'A,B', '1'],
      ['one option', 'single', 'a', 'A', '1'],
      ['?', 'essay', 'a|b', 'A', '1'],
      ['?', 'single', 'a|b', 'maybe', '1'],
    ]);
    expect(result).toEqual({
      ok: false,
      code: 'rows',
      errors: [
        { row: 3, code: 'singleNeedsOneCorrect' },
        { row: 4, code: 'tooFewOptions' },
        { row: 5, code: 'typeUnknown' },
        { row: 6, code: 'answerUnreadable' },
      ],
    });
  });

  it('[TR18] an empty file, wrong columns and too many rows are refused as a whole', () => {
    expect(questionsFromCells([])).toEqual({ ok: false, code: 'empty' });
    expect(questionsFromCells([HEADER])).toEqual({ ok: false, code: 'empty' });
    expect(
      questionsFromCells([
        ['name', 'age'],
        ['a', '1'],
      ]),
    ).toMatchObject({ code: 'columns', missing: ['题干', '题型', '选项', '答案', '分值'] });
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ['q', '单选', 'a|b', 'A', '1', '']);
    expect(questionsFromCells([HEADER, ...many])).toEqual({ ok: false, code: 'tooManyRows' });
  });

  it('[TR18] a formula in a cell is kept as text, never as a formula', () => {
    const result = questionsFromCells([
      HEADER,
      ['=HYPERLINK("http://x")', '单选', '+1|@SUM(A1)', 'A', '1', '-2'],
    ]);
    expect(result.ok && result.drafts[0]).toMatchObject({
      prompt: `'=HYPERLINK("http://x")`,
      options: [`'+1`, `'@SUM(A1)`],
      explanation: `'-2`,
    });
    expect(neutralised('普通')).toBe('普通');
  });

  it('[TR18] ten thousand valid rows are all read', () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => [`q${i}`, '单选', 'a|b|c', 'B', '1', '']);
    const result = questionsFromCells([HEADER, ...rows]);
    expect(result.ok && result.drafts.length).toBe(MAX_IMPORT_ROWS);
  });
});
