/**
 * [SCU1] A minimal XLSX writer: plain values only (inline strings and numbers, no styles beyond Excel's default),
 * zipped with fflate's synchronous `zipSync`. It replaces a general library whose per-cell escaping and worker-
 * thread zip made a 5,000-row workbook miss the 500 ms export target (docs/scoring.md, "Payroll export").
 * Same sheets in, same bytes out: the zip entries carry a fixed date.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Cell } from '../../core/scoring/cellSafety';

export interface SheetData {
  name: string;
  rows: readonly (readonly Cell[])[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** A fixed local date, so the same rows give the same bytes (DOS dates start in 1980). */
const FIXED_DATE = new Date(2000, 0, 1);

// XML 1.0 forbids these control characters outright; they cannot be escaped, only dropped.
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escaped for XML text and attributes; most cells need nothing, so one test decides the fast path. */
export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(INVALID, '').replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}

/** A, B, …, Z, AA, … for a 0-based column. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function cellXml(ref: string, cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? `<c r="${ref}"><v>${cell}</v></c>` : '';
  if (cell === '') return '';
  const space = cell.trim() === cell ? '' : ' xml:space="preserve"';
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${xmlText(cell)}</t></is></c>`;
}

function sheetXml(rows: SheetData['rows']): string {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const columns = Array.from({ length: width }, (_, i) => columnName(i));
  const parts: string[] = [`${HEAD}<worksheet xmlns="${MAIN}"><sheetData>`];
  rows.forEach((row, r) => {
    let cells = '';
    for (let c = 0; c < row.length; c++) cells += cellXml(`${columns[c]}${r + 1}`, row[c]!);
    parts.push(`<row r="${r + 1}">${cells}</row>`);
  });
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function packageParts(sheets: readonly SheetData[]): Record<string, string> {
  const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheetType}.worksheet+xml"/>`,
    )
    .join('');
  const sheetRels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const entries = sheets
    .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  return {
    '[Content_Types].xml':
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${sheetType}.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${sheetType}.styles+xml"/>${overrides}</Types>`,
    '_rels/.rels': `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${entries}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${HEAD}<Relationships xmlns="${PKG_REL}">${sheetRels}` +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
  };
}

/** The workbook's bytes: one worksheet per entry of `sheets`, in order. */
export function xlsxBook(sheets: readonly SheetData[]) {
  const files: Zippable = {};
  for (const [path, xml] of Object.entries(packageParts(sheets))) files[path] = strToU8(xml);
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows));
  });
  return zipSync(files, { mtime: FIXED_DATE, level: 1 });
}
