/**
 * [SC19] The payroll files, made when the boss exports: papaparse and the XLSX writer (with fflate) are loaded
 * only then, so the sidebar's first load stays lean.
 */
import type { Cell } from '../../core/scoring/cellSafety';
import { translator } from '../../i18n/translate';
import type { PreparedPayroll } from '../../services/scoring/payrollExport';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportFile {
  name: string;
  blob: Blob;
}

function fileName(prepared: PreparedPayroll, kind: 'summary' | 'detail' | 'book', ext: string): string {
  const t = translator(prepared.locale);
  const preview = prepared.payroll.preview ? `_${t('scoring.export.file.preview')}` : '';
  return `${t(`scoring.export.file.${kind}`)}_${prepared.period}${preview}.${ext}`;
}

/** [SC19] CSV text in UTF-8 with a BOM (Excel then reads Chinese correctly), CRLF lines as Excel writes them. */
export async function csvText(rows: Cell[][]): Promise<string> {
  const { default: Papa } = await import('papaparse');
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}`;
}

/** Two CSV files (summary and detail) or one workbook with two sheets. */
export async function payrollFiles(prepared: PreparedPayroll, format: 'csv' | 'xlsx'): Promise<ExportFile[]> {
  const { summary, detail } = prepared.payroll;
  if (format === 'csv') {
    const csv = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
    return [
      { name: fileName(prepared, 'summary', 'csv'), blob: csv(await csvText(summary)) },
      { name: fileName(prepared, 'detail', 'csv'), blob: csv(await csvText(detail)) },
    ];
  }
  const { xlsxBook } = await import('./xlsxBook');
  const t = translator(prepared.locale);
  const bytes = xlsxBook([
    { name: t('scoring.export.file.summary'), rows: summary },
    { name: t('scoring.export.file.detail'), rows: detail },
  ]);
  const blob = new Blob([bytes], { type: XLSX_TYPE });
  return [{ name: fileName(prepared, 'book', 'xlsx'), blob }];
}
