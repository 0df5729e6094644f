/**
 * [SC20] Text cells safe against formula injection: a spreadsheet treats text starting with =, +, -, @, tab or CR
 * as a formula, so such text is prefixed with an apostrophe (shown as text, never evaluated). Numbers stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type Cell = string | number;

export const safeCell = (cell: Cell): Cell => (typeof cell === 'string' ? safeText(cell) : cell);
