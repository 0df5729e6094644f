/** Journey: the boss opens Baton on the demo company, creates a task, sees it everywhere, and it persists. */
import { afterEach, describe, expect, it } from 'vitest';
import { openPlayground, type Playground } from './browser';

let pg: Playground;
afterEach(async () => pg?.close());

const DUE = '2099-12-31';

/** 派单 → 快速新建: the one-owner form without stages. */
export async function openQuickForm(pg: Playground) {
  await pg.sidebar.getByRole('tab', { name: '派单' }).click();
  await pg.sidebar.getByText('快速新建').click();
}

async function fillNewTask(pg: Playground, title: string) {
  const { sidebar } = pg;
  await openQuickForm(pg);
  await sidebar.getByTestId('title-input').fill(title);
  await sidebar.getByTestId('department-select').click();
  await sidebar.getByRole('option', { name: '设计部' }).click();
  await sidebar.getByTestId('due-input').fill(DUE);
}

describe('new task journey', () => {
  it('shows the boss the demo company, creates a task, shows it in the grid and home, and keeps it after reload', async () => {
    pg = await openPlayground();
    const { sidebar, page } = pg;
    await expect(sidebar.getByTestId('greeting').textContent()).resolves.toContain('王建国');
    // The demo's three running special tasks (its six-month history adds a few late ones of its own).
    const special = sidebar.getByTestId('special-task');
    for (const title of ['直播课堂策划', '参赛作品收集', '品牌对外宣传'])
      await expect(special.filter({ hasText: title }).count()).resolves.toBe(1);
    await expect(
      special.filter({ hasText: '直播课堂策划' }).getByTestId('stage-chain').textContent(),
    ).resolves.toContain('策划方案 ✓ → 海报设计 ●');
    const before = await pg.tableRows('任务');

    await fillNewTask(pg, '年会筹备');
    // The department's head is suggested as the responsible person.
    await expect.poll(() => sidebar.getByTestId('responsible-select').textContent()).toContain('郭晓');
    await sidebar.getByTestId('submit').click();
    await sidebar.getByTestId('created').waitFor();

    expect(await pg.tableRows('任务')).toBe(before + 1);
    await page.getByRole('tab', { name: /^任务 \(/ }).click();
    await expect(page.locator('[data-testid="grid-任务"]').textContent()).resolves.toContain('年会筹备');
    await sidebar.getByRole('tab', { name: '首页' }).click();
    await sidebar.getByText('年会筹备').first().waitFor();

    await page.reload();
    await pg.sidebar.getByTestId('greeting').waitFor();
    await pg.sidebar.getByText('年会筹备').first().waitFor();
    expect(await pg.tableRows('任务')).toBe(before + 1);
    expect(pg.errors).toEqual([]);
  });

  it('explains each bad input inline and writes nothing', async () => {
    pg = await openPlayground();
    const { sidebar } = pg;
    await sidebar.getByTestId('greeting').waitFor();
    const before = await pg.tableRows('任务');
    await openQuickForm(pg);
    await sidebar.getByTestId('title-input').fill('   ');
    await sidebar.getByTestId('due-input').fill('2000-01-01');
    await sidebar.getByTestId('submit').click();
    await expect(sidebar.getByTestId('error-title').textContent()).resolves.toBe('请填写任务标题');
    await expect(sidebar.getByTestId('error-department').textContent()).resolves.toBe('请选择一个主责部门');
    await expect(sidebar.getByTestId('error-responsible').textContent()).resolves.toBe('请选择责任人');
    await expect(sidebar.getByTestId('error-due').textContent()).resolves.toBe('截止日期不能早于今天');
    expect(await pg.tableRows('任务')).toBe(before);
  });

  it('survives injected host failures with exactly one task written', async () => {
    pg = await openPlayground();
    const { sidebar, page } = pg;
    await sidebar.getByTestId('greeting').waitFor();
    const before = await pg.tableRows('任务');
    await fillNewTask(pg, '展会物料');
    await page.getByTestId('pg-fail').click();
    await sidebar.getByTestId('submit').click();
    await sidebar.locator('[data-testid=created], [data-testid=failed]').first().waitFor();
    if (await sidebar.getByTestId('failed').count()) await sidebar.getByTestId('submit').click();
    await sidebar.getByTestId('created').waitFor();
    expect(await pg.tableRows('任务')).toBe(before + 1);
  });
});
