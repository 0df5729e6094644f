/**
 * Questions from a table of cells (a parsed CSV): the header names the columns in Chinese or English, every row
 * is checked, and any error rejects the whole file. Rule [TR18].
 */
import { questionRefusal, type QuestionRefusal } from './questions';
import type { QuestionDraft, QuestionType } from './trainingModel';

export const CSV_COLUMNS = ['prompt', 'type', 'options', 'answer', 'points', 'explanation'] as const;
type Column = (typeof CSV_COLUMNS)[number];

const HEADER_NAMES: Record<Column, string[]> = {
  prompt: ['题干', 'prompt', 'question'],
  type: ['题型', 'type'],
  options: ['选项', 'options'],
  answer: ['答案', 'answer', 'correct'],
  points: ['分值', 'points'],
  explanation: ['解析', 'explanation'],
};

const TYPE_NAMES: Record<string, QuestionType> = {
  单选: 'single',
  single: 'single',
  多选: 'multiple',
  multiple: 'multiple',
  判断: 'true_false',
  true_false: 'true_false',
  truefalse: 'true_false',
};

export const MAX_IMPORT_ROWS = 10_000;

export type CsvRowError = QuestionRefusal | 'typeUnknown' | 'answerUnreadable';
export type CsvResult =
  | { ok: true; drafts: QuestionDraft[] }
  | { ok: false; code: 'empty' | 'columns' | 'tooManyRows'; missing?: string[] }
  | { ok: false; code: 'rows'; errors: { row: number; code: CsvRowError }[] };

/** A cell a spreadsheet would run as a formula starts with a quote instead, so exporting it later is harmless. */
export const neutralised = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

function columnsOf(header: string[]): Record<Column, number> | string[] {
  const normal = header.map((h) => h.trim().toLowerCase());
  const found = {} as Record<Column, number>;
  const missing: string[] = [];
  for (const column of CSV_COLUMNS) {
    const index = normal.findIndex((h) => HEADER_NAMES[column].includes(h));
    if (index < 0 && column !== 'explanation') missing.push(HEADER_NAMES[column][0]!);
    found[column] = index;
  }
  return missing.length ? missing : found;
}

/** Answers as letters (A, C / A、C / AC) or 1-based numbers; true/false also as 对/错, true/false. */
function answerOf(text: string, type: QuestionType): number[] | undefined {
  const t = text.trim().toUpperCase();
  if (type === 'true_false' && /^(对|正确|TRUE|T|是)$/.test(t)) return [0];
  if (type === 'true_false' && /^(错|错误|FALSE|F|否)$/.test(t)) return [1];
  if (/^[A-J](\s*[,，、;\s]?\s*[A-J])*$/.test(t))
    return [...t.replace(/[^A-J]/g, '')].map((c) => c.charCodeAt(0) - 65);
  if (/^\d+(\s*[,，、;]\s*\d+)*$/.test(t)) return t.split(/[,，、;]/).map((n) => Number(n.trim()) - 1);
  return undefined;
}

function rowDraft(cells: string[], at: Record<Column, number>): QuestionDraft | CsvRowError {
  const cell = (c: Column) => (at[c] >= 0 ? (cells[at[c]] ?? '').trim() : '');
  const type = TYPE_NAMES[cell('type').toLowerCase()];
  if (!type) return 'typeUnknown';
  const options =
    type === 'true_false' && cell('options') === ''
      ? ['对', '错']
      : cell('options')
          .split('|')
          .map((o) => o.trim());
  const correct = answerOf(cell('answer'), type);
  if (!correct) return 'answerUnreadable';
  const draft: QuestionDraft = {
    prompt: neutralised(cell('prompt')),
    type,
    options: options.map(neutralised),
    correct,
    points: cell('points') === '' ? 10 : Number(cell('points')),
    explanation: neutralised(cell('explanation')),
  };
  return questionRefusal(draft) ?? draft;
}

/** [TR18] Every row becomes a question or an error with its line number (the header is line 1). */
export function questionsFromCells(table: string[][]): CsvResult {
  const rows = table.filter((r) => r.some((c) => c.trim() !== ''));
  if (rows.length < 2) return { ok: false, code: 'empty' };
  if (rows.length - 1 > MAX_IMPORT_ROWS) return { ok: false, code: 'tooManyRows' };
  const at = columnsOf(rows[0]!);
  if (Array.isArray(at)) return { ok: false, code: 'columns', missing: at };
  const drafts: QuestionDraft[] = [];
  const errors: { row: number; code: CsvRowError }[] = [];
  rows.slice(1).forEach((cells, i) => {
    const result = rowDraft(cells, at);
    if (typeof result === 'string') errors.push({ row: i + 2, code: result });
    else drafts.push(result);
  });
  return errors.length ? { ok: false, code: 'rows', errors } : { ok: true, drafts };
}
