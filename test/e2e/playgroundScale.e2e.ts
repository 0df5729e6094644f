/** The playground at scale: a person picks the 2,000-task company, works beside it, and finds it after a reload. */
import { afterEach, describe, expect, it } from 'vitest';
import { openPlayground, type Playground } from './browser';

let pg: Playground;
afterEach(async () => pg?.close());

const tasksTab = (pg: Playground) => pg.page.getByRole('tab', { name: /^任务 \(/ });

describe('playground at scale', () => {
  it('builds the 2,000-task Base in the worker, opens the sidebar on it, and keeps it across a reload', async () => {
    pg = await openPlayground();
    const { page } = pg;
    await pg.sidebar.getByTestId('greeting').waitFor();

    await page.getByTestId('pg-size').click();
    await page.locator('.semi-select-option').filter({ hasText: '2,000 任务' }).click();
    await page.getByTestId('pg-building').first().waitFor();
    await expect.poll(() => tasksTab(pg).textContent(), { timeout: 60_000 }).toBe('任务 (2000)');
    await expect(page.getByTestId('pg-size').textContent()).resolves.toContain('2,000 任务');
    await pg.sidebar.getByTestId('my-tasks').waitFor({ timeout: 30_000 });
    await expect(pg.tableRows('任务')).resolves.toBe(2000);

    // Only the rows in view are in the page.
    await tasksTab(pg).click();
    const shown = await page.locator('[data-testid="grid-任务"] tbody tr').count();
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(200);

    await page.reload();
    await expect.poll(() => tasksTab(pg).textContent(), { timeout: 30_000 }).toBe('任务 (2000)');
    await pg.sidebar.getByTestId('my-tasks').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('pg-building').count()).resolves.toBe(0);
    expect(pg.errors).toEqual([]);
  });
});
