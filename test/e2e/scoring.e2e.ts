/**
 * Journey of contribution scoring: the livestream task's last stage is accepted, its points land in 贡献 and on
 * the owner's record, opened from his name on the task page and on 贡献; the boss closes the month and exports it as CSV and Excel, and both files read back with
 * the rows, the totals and an escaped formula cell.
 */
import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import { actAs, openPlayground, rowsOf, text, type Playground } from './browser';
import { openTab } from './journeys';

let pg: Playground;
afterEach(async () => pg?.close());

const TASK = '直播课堂策划';
const FORMULA_NAME = '=HYPERLINK("http://x")';

/** Grid edits: the livestream's stages done but the last, waiting for acceptance; one name typed as a formula. */
async function prepareInGrid(pg: Playground) {
  await pg.page.evaluate(
    async ({ task, formulaName }) => {
      type Field = { id: string; name: string; property?: { options?: { id: string; name: string }[] } };
      type Table = {
        id: string;
        name: string;
        fields: Field[];
        records: { recordId: string; fields: Record<string, unknown> }[];
      };
      const local = (
        window as unknown as {
          __BATON_LOCAL__: {
            state: () => Promise<{ tables: Table[] }>;
            editCell: (t: string, r: string, f: string, v: unknown) => Promise<void>;
          };
        }
      ).__BATON_LOCAL__;
      const { tables } = await local.state();
      const table = (name: string) => tables.find((t) => t.name === name)!;
      const field = (t: Table, name: string) => t.fields.find((f) => f.name === name)!;
      const plain = (v: unknown) =>
        Array.isArray(v) ? v.map((s: { text?: string }) => s.text ?? '').join('') : '';
      const tasks = table('任务');
      const title = field(tasks, '标题');
      const status = field(tasks, '状态');
      const option = (name: string) => status.property!.options!.find((o) => o.name === name)!;
      const parent = tasks.records.find((r) => plain(r.fields[title.id]) === task)!;
      const parentField = field(tasks, '所属专项');
      const stages = tasks.records.filter(
        (r) =>
          (r.fields[parentField.id] as { recordIds?: string[] } | null)?.recordIds?.[0] === parent.recordId,
      );
      const now = Date.now();
      for (const stage of stages) {
        const last = plain(stage.fields[title.id]) === '正式直播';
        await local.editCell(tasks.id, stage.recordId, status.id, last ? option('待验收') : option('已完成'));
        if (last)
          await local.editCell(tasks.id, stage.recordId, field(tasks, '提交验收时间').id, now - 60_000);
        else await local.editCell(tasks.id, stage.recordId, field(tasks, '完成时间').id, now - 3_600_000);
      }
      const members = table('成员');
      const name = field(members, '姓名');
      const liu = members.records.find((r) => plain(r.fields[name.id]) === '刘洋')!;
      await local.editCell(members.id, liu.recordId, name.id, [{ type: 'text', text: formulaName }]);
    },
    { task: TASK, formulaName: FORMULA_NAME },
  );
}

const month = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};

/** Entries derived from tasks: the demo's drive and course entries fall on the days before, maybe last month. */
async function derivedEntries(pg: Playground) {
  return (await rowsOf(pg, '贡献')).filter((r) => /^sc:[^|]*\|(task|stage):/.test(text(r['幂等键'])));
}

describe('scoring journey', () => {
  it('accepts the livestream, scores it, closes the month and exports CSV and Excel', async () => {
    pg = await openPlayground();
    await pg.sidebar.getByTestId('greeting').waitFor();
    await prepareInGrid(pg);

    // 张伟 (市场部, responsible for the task) accepts the last stage: the task is done and scored.
    await actAs(pg, '张伟');
    await pg.sidebar.getByRole('tab', { name: '首页' }).click();
    await pg.sidebar.getByTestId('my-task').filter({ hasText: TASK }).first().click();
    await pg.sidebar.getByTestId('task-page').waitFor();
    await pg.sidebar
      .locator('[data-testid=task-stage][data-stage-title="正式直播"]')
      .getByTestId('stage-accept')
      .click();
    await expect.poll(async () => (await derivedEntries(pg)).length, { timeout: 30_000 }).toBeGreaterThan(0);
    const entries = await derivedEntries(pg);
    expect(entries.every((e) => text(e['期间']) === month())).toBe(true);

    // His name on the task page (outside 贡献) opens his record, which shows the task; back returns to the task.
    await pg.sidebar.getByTestId('task-responsible').getByRole('button', { name: '张伟' }).click();
    const fromName = pg.sidebar.getByTestId('record-page');
    await expect
      .poll(async () => (await fromName.getByTestId('scoring-record').textContent()) ?? '', {
        timeout: 15_000,
      })
      .toContain(TASK);
    await fromName.getByTestId('record-extras').waitFor();
    await fromName.getByTestId('record-back').click();
    await pg.sidebar.getByTestId('task-page').waitFor();

    // His record on 贡献 shows the task too.
    await pg.sidebar
      .getByTestId('task-back')
      .click()
      .catch(() => undefined);
    await openTab(pg, '贡献');
    const record = pg.sidebar.getByTestId('scoring-record');
    await expect.poll(async () => (await record.textContent()) ?? '', { timeout: 15_000 }).toContain(TASK);

    // The boss closes the month and exports it.
    await actAs(pg, '王建国');
    await openTab(pg, '贡献');
    await pg.sidebar.getByTestId('scoring-close').filter({ hasText: month() }).click();
    await pg.sidebar.getByTestId('scoring-outcome').filter({ hasText: '已结账' }).waitFor();
    await pg.sidebar.getByTestId('scoring-export-open').click();
    const exportPeriod = pg.sidebar.getByTestId('export-period');
    await expect.poll(async () => (await exportPeriod.textContent()) ?? '').toContain(month());
    await pg.sidebar.getByTestId('export-totals').waitFor();
    const totalsLine = (await pg.sidebar.getByTestId('export-totals').textContent()) ?? '';
    const [, fileTotal, ledgerTotal] = /文件合计 (\S+) 分，与贡献表本期合计 (\S+) 分/.exec(totalsLine)!;
    expect(fileTotal).toBe(ledgerTotal);

    // Every download in order: the CSV export gives two files (totals, then entries), the Excel one file.
    const downloads: Download[] = [];
    pg.page.on('download', (d) => downloads.push(d));
    await pg.sidebar.getByTestId('export-csv').click();
    await expect.poll(() => downloads.length).toBe(2);
    const [summaryFile, detailFile] = downloads;
    expect(detailFile!.suggestedFilename()).toBe(`贡献明细_${month()}.csv`);
    expect(summaryFile!.suggestedFilename()).toBe(`贡献汇总_${month()}.csv`);
    const csv = readFileSync((await summaryFile!.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(csv.subarray(3).toString('utf8')).data;
    expect(rows[0]).toEqual(['工号', '姓名', '部门', '期间', '贡献分', '明细条数']);
    expect(rows).toHaveLength(1 + 40 + 1);
    expect(rows.at(-1)![4]).toBe(fileTotal);
    expect(rows.some((r) => r[1] === `'${FORMULA_NAME}`)).toBe(true);

    await pg.sidebar.getByTestId('export-xlsx').click();
    await expect.poll(() => downloads.length).toBe(3);
    const book = downloads[2]!;
    expect(book.suggestedFilename()).toBe(`贡献分_${month()}.xlsx`);
    const sheets = await readXlsxFile(readFileSync((await book.path())!));
    expect(sheets.map((s) => s.sheet)).toEqual(['贡献汇总', '贡献明细']);
    const summary = sheets[0]!.data;
    expect(summary).toHaveLength(1 + 40 + 1);
    expect(String(summary.at(-1)![4])).toBe(fileTotal);
    expect(summary.some((r) => r[1] === `'${FORMULA_NAME}`)).toBe(true);
    expect(sheets[1]!.data.length).toBeGreaterThan(entries.length);
    expect(pg.errors).toEqual([]);
  });
});
