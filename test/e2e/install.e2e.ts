/** Journey: a Base with none of Baton's tables gets installed in one click, and the first user becomes boss. */
import { afterEach, describe, expect, it } from 'vitest';
import { openPlayground, type Playground } from './browser';

let pg: Playground;
afterEach(async () => pg?.close());

describe('install journey', () => {
  it('installs every table on an empty Base, registers the boss, and a second install changes nothing', async () => {
    pg = await openPlayground();
    const { sidebar, page } = pg;
    await sidebar.getByTestId('greeting').waitFor();
    await page.getByTestId('pg-empty').click();
    await page.getByTestId('empty-base').waitFor();

    await pg.sidebar.getByTestId('install-button').click();
    await pg.sidebar.getByTestId('not-member').waitFor();
    const tableNames = await page.evaluate(() =>
      (
        window as unknown as { __BATON_LOCAL__: { state: { tables: { name: string }[] } } }
      ).__BATON_LOCAL__.state.tables.map((t) => t.name),
    );
    expect(tableNames).toEqual(
      expect.arrayContaining([
        '部门',
        '成员',
        '任务',
        '任务日志',
        '收集',
        '提交',
        '课程',
        '题目',
        '学习记录',
        '需求调研',
        '贡献',
        '通知',
        '设置',
      ]),
    );
    await expect(page.locator('[data-testid=pg-base]').textContent()).resolves.toContain('设置 (1)');

    await pg.sidebar.getByTestId('boss-name').fill('王建国');
    await pg.sidebar.getByTestId('register-boss').click();
    await pg.sidebar.getByTestId('greeting').waitFor();
    expect(await pg.tableRows('成员')).toBe(1);

    const snapshot = await page.evaluate(() =>
      JSON.stringify(
        (window as unknown as { __BATON_LOCAL__: { state: { tables: unknown } } }).__BATON_LOCAL__.state
          .tables,
      ),
    );
    await pg.sidebar.getByRole('tab', { name: '检查' }).click();
    await pg.sidebar.getByTestId('health-ok').waitFor();
    await expect(pg.sidebar.getByTestId('manual-steps').textContent()).resolves.toContain('任务看板');
    const after = await page.evaluate(() =>
      JSON.stringify(
        (window as unknown as { __BATON_LOCAL__: { state: { tables: unknown } } }).__BATON_LOCAL__.state
          .tables,
      ),
    );
    expect(after).toBe(snapshot);
  });
});
