import { describe, expect, it } from 'vitest';
import { aDepartment, aMember } from '../testBuilders';
import { safeText } from './cellSafety';
import type { LedgerEntry } from './ledger';
import { buildPayroll, employeeNoProblems, type PayrollLabels } from './payroll';
import { DEFAULT_SCORING } from './settings';

const design = aDepartment({ id: 'design', name: '设计部' });
const he = aMember({ name: '何平', departmentId: 'design', employeeNo: 'BT002' });
const lin = aMember({ name: '林峰', departmentId: 'design', employeeNo: 'BT001' });
const left = aMember({ name: '离职', employeeNo: 'BT009', active: false });
const org = { departments: [design], members: [he, lin, left] };
const labels: PayrollLabels = {
  headers: {
    employeeNo: '工号',
    name: '姓名',
    department: '部门',
    period: '期间',
    points: '贡献分',
    amount: '折算金额',
    entries: '明细条数',
  },
  detailHeaders: ['工号', '姓名', '期间', '规则', '来源', '分数', '事项', '原因', '更正期间', '时间', '键'],
  rule: (r) => r ?? '',
  source: (s) => s ?? '',
  total: '合计',
  preview: '预览',
  time: (at) => String(at ?? ''),
};
const entry = (memberId: string, points: number, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  key: `k${memberId}${points}`,
  memberId,
  points,
  period: '2026-11',
  summary: '直播课堂策划',
  rule: 'owner',
  source: 'task',
  at: 1,
  ...extra,
});
const ledger = [
  entry(he.id, 12),
  entry(he.id, 6, { rule: 'on_time' }),
  entry(lin.id, 4),
  entry(left.id, 3),
  entry(he.id, 9, { period: '2026-10' }),
];
const build = (settings = DEFAULT_SCORING, preview = false) =>
  buildPayroll(org, ledger, '2026-11', settings, { excluded: new Set(), preview, labels });

describe('payroll export', () => {
  it('[SC19] one row per active member with a 工号, sorted by 工号, a total row, every entry in the detail', () => {
    const payroll = build();
    expect(payroll.summary).toEqual([
      ['工号', '姓名', '部门', '期间', '贡献分', '明细条数'],
      ['BT001', '林峰', '设计部', '2026-11', 4, 1],
      ['BT002', '何平', '设计部', '2026-11', 18, 2],
      ['合计', '', '', '', 22, ''],
    ]);
    expect(payroll.detail).toHaveLength(1 + 3);
    expect(payroll.totals).toEqual({ ledger: 25, file: 22, excluded: 3 });
  });

  it('[SC19] columns, headers and the amount follow the settings', () => {
    const settings = {
      ...DEFAULT_SCORING,
      rate: 10,
      columns: ['employeeNo', 'amount', 'points'] as const,
      headers: { amount: '绩效奖金' },
    };
    const payroll = build({ ...settings, columns: [...settings.columns] });
    expect(payroll.summary[0]).toEqual(['工号', '绩效奖金', '贡献分']);
    expect(payroll.summary[2]).toEqual(['BT002', 180, 18]);
  });

  it('[SC20] text that a spreadsheet would run as a formula is escaped; numbers stay numbers', () => {
    for (const text of ['=1+1', '+86', '-x', '@SUM(A1)', '\tx', '\rx'])
      expect(safeText(text)).toBe(`'${text}`);
    expect(safeText('直播')).toBe('直播');
    const evil = buildPayroll(
      { ...org, members: [{ ...he, name: '=HYPERLINK("http://x")' }] },
      [entry(he.id, -5, { summary: '@cmd' })],
      '2026-11',
      DEFAULT_SCORING,
      { excluded: new Set(), preview: false, labels },
    );
    expect(evil.summary[1]![1]).toBe(`'=HYPERLINK("http://x")`);
    expect(evil.summary[1]![4]).toBe(-5);
    expect(evil.detail[1]![6]).toBe(`'@cmd`);
  });

  it('[SC21] a missing or shared 工号 is listed; leaving those members out clears it', () => {
    const twin = aMember({ name: '林峰二', employeeNo: 'BT001' });
    const none = aMember({ name: '新人', employeeNo: ' ' });
    const problems = employeeNoProblems({ ...org, members: [...org.members, twin, none] }, new Set());
    expect(problems.map((p) => [p.name, p.problem])).toEqual([
      ['林峰', 'duplicate'],
      ['林峰二', 'duplicate'],
      ['新人', 'missing'],
    ]);
    expect(
      employeeNoProblems({ ...org, members: [...org.members, twin, none] }, new Set([twin.id, none.id])),
    ).toEqual([]);
  });

  it('[SC22] an open period is marked as a preview in the file', () => {
    const payroll = build(DEFAULT_SCORING, true);
    expect(payroll.summary[0]).toEqual(['预览']);
    expect(payroll.detail[0]).toEqual(['预览']);
  });
});
