/**
 * [SC19]-[SC22] The payroll export of one period: one summary row per active member with a 工号, every entry
 * behind the totals, checked before anything is produced (a missing or duplicate 工号 refuses the export until
 * fixed or explicitly excluded), with the file's totals compared against the ledger's.
 */
import type { Member } from '../model';
import type { Org } from '../org';
import { safeCell, type Cell } from './cellSafety';
import type { ContributionRule, ContributionSource } from './facts';
import { uniqueEntries, type LedgerEntry } from './ledger';
import type { ExportColumn, ScoringSettings } from './settings';

export interface EmployeeNoProblem {
  memberId: string;
  name: string;
  problem: 'missing' | 'duplicate';
  employeeNo: string;
}

/** What the file's words are: headers and labels in the Base's language, from the caller. */
export interface PayrollLabels {
  headers: Record<ExportColumn, string>;
  detailHeaders: string[];
  rule: (rule: ContributionRule | undefined) => string;
  source: (source: ContributionSource | undefined) => string;
  total: string;
  preview: string;
  time: (at: number | undefined) => string;
}

export interface Payroll {
  summary: Cell[][];
  detail: Cell[][];
  /** The ledger's total for the period, the file's, and what excluded members held. */
  totals: { ledger: number; file: number; excluded: number };
  preview: boolean;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** [SC21] Active members whose 工号 is missing or shared, unless excluded. */
export function employeeNoProblems(org: Org, excluded: ReadonlySet<string>): EmployeeNoProblem[] {
  const active = org.members.filter((m) => m.active && !excluded.has(m.id));
  const count = new Map<string, number>();
  for (const m of active) count.set(m.employeeNo.trim(), (count.get(m.employeeNo.trim()) ?? 0) + 1);
  return active.flatMap((m): EmployeeNoProblem[] => {
    const no = m.employeeNo.trim();
    if (no === '') return [{ memberId: m.id, name: m.name, problem: 'missing', employeeNo: '' }];
    return (count.get(no) ?? 0) > 1
      ? [{ memberId: m.id, name: m.name, problem: 'duplicate', employeeNo: no }]
      : [];
  });
}

function summaryCell(
  column: ExportColumn,
  member: Member,
  org: Org,
  period: string,
  points: number,
  entries: number,
  rate: number | undefined,
): Cell {
  switch (column) {
    case 'employeeNo':
      return member.employeeNo.trim();
    case 'name':
      return member.name;
    case 'department':
      return org.departments.find((d) => d.id === member.departmentId)?.name ?? '';
    case 'period':
      return period;
    case 'points':
      return points;
    case 'amount':
      return rate === undefined ? '' : round(points * rate);
    case 'entries':
      return entries;
  }
}

/** The columns in use: the amount only when a rate is set. */
export const columnsOf = (settings: ScoringSettings): ExportColumn[] =>
  settings.columns.filter((c) => c !== 'amount' || settings.rate !== undefined);

/** [SC19] The file's rows, sorted by 工号 so the same period always gives the same bytes. */
export function buildPayroll(
  org: Org,
  ledger: LedgerEntry[],
  period: string,
  settings: ScoringSettings,
  options: { excluded: ReadonlySet<string>; preview: boolean; labels: PayrollLabels },
): Payroll {
  const { excluded, preview, labels } = options;
  const inPeriod = uniqueEntries(ledger).filter((e) => e.period === period);
  const members = org.members
    .filter((m) => m.active && !excluded.has(m.id) && m.employeeNo.trim() !== '')
    .sort((a, b) => a.employeeNo.trim().localeCompare(b.employeeNo.trim()) || a.id.localeCompare(b.id));
  const included = new Set(members.map((m) => m.id));
  const mine = (m: Member) => inPeriod.filter((e) => e.memberId === m.id);
  const columns = columnsOf(settings);
  const rows = members.map((m) => {
    const entries = mine(m);
    const points = round(entries.reduce((s, e) => s + e.points, 0));
    return columns.map((c) => summaryCell(c, m, org, period, points, entries.length, settings.rate));
  });
  const file = round(
    inPeriod.filter((e) => included.has(e.memberId ?? '')).reduce((s, e) => s + e.points, 0),
  );
  const ledgerTotal = round(inPeriod.reduce((s, e) => s + e.points, 0));
  const totalRow = columns.map((c, i) => (i === 0 ? labels.total : c === 'points' ? file : ''));
  const summary = [
    ...(preview ? [[labels.preview]] : []),
    columns.map((c) => settings.headers[c] ?? labels.headers[c]),
    ...rows,
    totalRow,
  ];
  const detail = [
    ...(preview ? [[labels.preview]] : []),
    labels.detailHeaders,
    ...members.flatMap((m) => detailRows(m, mine(m), labels)),
  ];
  return {
    summary: summary.map((r) => r.map(safeCell)),
    detail: detail.map((r) => r.map(safeCell)),
    totals: { ledger: ledgerTotal, file, excluded: round(ledgerTotal - file) },
    preview,
  };
}

function detailRows(member: Member, entries: LedgerEntry[], labels: PayrollLabels): Cell[][] {
  return [...entries]
    .sort((a, b) => (a.at ?? 0) - (b.at ?? 0) || a.key.localeCompare(b.key))
    .map((e) => [
      member.employeeNo.trim(),
      member.name,
      e.period,
      labels.rule(e.rule),
      labels.source(e.source),
      e.points,
      e.summary,
      e.reason ?? '',
      e.corrects ?? '',
      labels.time(e.at),
      e.key,
    ]);
}
