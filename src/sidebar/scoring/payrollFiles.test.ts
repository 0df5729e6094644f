import readXlsxFile from 'read-excel-file/universal';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { personId, TEST_NOW } from '../../../test/support/baseFixture';
import { acceptedDemo } from '../../../test/support/scoringKit';
import { closePeriod } from '../../services/scoring/scoringActions';
import { preparePayroll } from '../../services/scoring/payrollExport';
import { payrollFiles } from './payrollFiles';

const BOSS = personId('王建国');
const HEAD = personId('郭晓');
const zh = { locale: 'zh-CN' as const };

async function closedNovember() {
  const demo = await acceptedDemo();
  await closePeriod(demo.store, await demo.store.loadCore(), BOSS, '2026-11', TEST_NOW);
  return { ...demo, data: await demo.store.loadCore() };
}

describe('payroll export', () => {
  it('[SC19] CSV: UTF-8 with a BOM, the same bytes twice, totals equal to the ledger', async () => {
    const { store, data } = await closedNovember();
    const prepared = await preparePayroll(store, data, BOSS, '2026-11', TEST_NOW, zh);
    if (!prepared.ok) throw new Error(prepared.code);
    const [summary, detail] = await payrollFiles(prepared.value, 'csv');
    expect(summary!.name).toBe('贡献汇总_2026-11.csv');
    expect(detail!.name).toBe('贡献明细_2026-11.csv');
    const bytes = new Uint8Array(await summary!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const again = await payrollFiles(prepared.value, 'csv');
    expect(new Uint8Array(await again[0]!.blob.arrayBuffer())).toEqual(bytes);
    const rows = Papa.parse<string[]>(await summary!.blob.text()).data;
    expect(rows[0]).toEqual(['工号', '姓名', '部门', '期间', '贡献分', '明细条数']);
    expect(rows).toHaveLength(1 + data.members.filter((m) => m.active).length + 1);
    const total = rows.at(-1)!;
    const { totals } = prepared.value.payroll;
    expect(totals.file).toBe(totals.ledger);
    expect(Number(total[4])).toBe(totals.ledger);
    expect(rows.slice(1, -1).reduce((s, r) => s + Number(r[4]), 0)).toBeCloseTo(totals.ledger, 2);
  });

  it('[SC19][SCU1] XLSX: two sheets read back with the same rows and totals, the same bytes twice', async () => {
    const { store, data } = await closedNovember();
    const prepared = await preparePayroll(store, data, BOSS, '2026-11', TEST_NOW, zh);
    if (!prepared.ok) throw new Error(prepared.code);
    const [book] = await payrollFiles(prepared.value, 'xlsx');
    expect(book!.name).toBe('贡献分_2026-11.xlsx');
    const sheets = await readXlsxFile(book!.blob, { trim: false });
    const asRead = (rows: (string | number)[][]) => rows.map((r) => r.map((c) => (c === '' ? null : c)));
    expect(sheets.map((s) => s.sheet)).toEqual(['贡献汇总', '贡献明细']);
    expect(sheets[0]!.data).toEqual(asRead(prepared.value.payroll.summary));
    expect(sheets[1]!.data).toEqual(asRead(prepared.value.payroll.detail));
    expect(sheets[0]!.data.at(-1)![4]).toBe(prepared.value.payroll.totals.ledger);
    const [again] = await payrollFiles(prepared.value, 'xlsx');
    const bytes = new Uint8Array(await book!.blob.arrayBuffer());
    expect(new Uint8Array(await again!.blob.arrayBuffer())).toEqual(bytes);
  });

  it('[SC21] a missing 工号 refuses with the list; leaving the member out exports', async () => {
    const { store, data } = await closedNovember();
    const he = data.members.find((m) => m.name === '何平')!;
    const broken = {
      ...data,
      members: data.members.map((m) => (m.id === he.id ? { ...m, employeeNo: '' } : m)),
    };
    const refused = await preparePayroll(store, broken, BOSS, '2026-11', TEST_NOW, zh);
    expect(refused).toMatchObject({
      ok: false,
      code: 'employeeNo',
      problems: [{ name: '何平', problem: 'missing' }],
    });
    const excluded = await preparePayroll(store, broken, BOSS, '2026-11', TEST_NOW, {
      ...zh,
      excluded: new Set([he.id]),
    });
    expect(excluded.ok).toBe(true);
  });

  it('[SC22][SC18] an open period exports as a preview; only the boss exports', async () => {
    const { store } = await acceptedDemo();
    const data = await store.loadCore();
    expect(await preparePayroll(store, data, HEAD, '2026-11', TEST_NOW, zh)).toEqual({
      ok: false,
      code: 'notAllowed',
    });
    const prepared = await preparePayroll(store, data, BOSS, '2026-11', TEST_NOW, zh);
    if (!prepared.ok) throw new Error(prepared.code);
    const [book] = await payrollFiles(prepared.value, 'xlsx');
    expect(book!.name).toBe('贡献分_2026-11_预览.xlsx');
    expect(prepared.value.payroll.summary[0]![0]).toContain('预览');
  });
});
