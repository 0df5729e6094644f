/**
 * The dashboard journey: the boss opens 看板 on the demo company's six months of history, sees the trends,
 * switches to dark and English, drills from declines into the declined tasks, and gets the weekly digest when
 * the clock reaches Monday morning.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dayFromToday, openPlayground, rowsOf, text, type Playground } from './browser';
import { openTab } from './journeys';

let pg: Playground;
afterEach(async () => pg?.close());

const HOUR = 3_600_000;

/** Whole hours from now to the next Monday 10:00 in UTC+8 (the demo's working calendar): lands 9:30-10:30. */
function hoursToMondayMorning(): number {
  const now = Date.now();
  const local = new Date(now + 8 * HOUR);
  const daysAhead = (8 - local.getUTCDay()) % 7 || 7;
  const target =
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + daysAhead, 10) - 8 * HOUR;
  return Math.round((target - now) / HOUR);
}

/** Titles of the tasks with a decline in 任务日志, read from the local Base by record id. */
function declinedTitles(pg: Playground): Promise<string[]> {
  return pg.page.evaluate(() => {
    type Table = {
      name: string;
      fields: { id: string; name: string; property?: { options?: { id: string; name: string }[] } }[];
      records: { recordId: string; fields: Record<string, unknown> }[];
    };
    const local = (window as unknown as { __BATON_LOCAL__: { state: { tables: Table[] } } }).__BATON_LOCAL__;
    const table = (name: string) => local.state.tables.find((t) => t.name === name)!;
    const field = (t: Table, name: string) => t.fields.find((f) => f.name === name)!;
    const tasks = table('任务');
    const events = table('任务日志');
    const type = field(events, '类型');
    const declinedOption = type.property?.options?.find((o) => o.name === '拒绝')?.id;
    const ids = events.records
      .filter((r) => (r.fields[type.id] as { id?: string } | null)?.id === declinedOption)
      .flatMap(
        (r) => (r.fields[field(events, '任务').id] as { recordIds?: string[] } | null)?.recordIds ?? [],
      );
    const title = field(tasks, '标题').id;
    const textOf = (cell: unknown) =>
      Array.isArray(cell) ? cell.map((s: { text?: string }) => s.text ?? '').join('') : String(cell ?? '');
    return tasks.records.filter((r) => ids.includes(r.recordId)).map((r) => textOf(r.fields[title]));
  });
}

describe('dashboard journey', () => {
  it('the boss sees the demo trends, in dark and English, drills into declines and gets the Monday digest', async () => {
    pg = await openPlayground();
    await pg.sidebar.getByTestId('greeting').waitFor();
    await openTab(pg, '看板');
    await pg.sidebar.getByTestId('dashboard-screen').waitFor({ timeout: 20_000 });
    // VChart draws the trend on a canvas once its chunk has loaded.
    await pg.sidebar
      .getByTestId('dashboard-trend-chart')
      .locator('canvas')
      .first()
      .waitFor({ timeout: 20_000 });
    // The playground's Base has the collection tables: the card is a figure or "not enough data" for the month.
    await expect(
      pg.sidebar.getByTestId('measure-collectionRate').getAttribute('data-state'),
    ).resolves.toMatch(/^(ok|noData)$/);

    await pg.page.getByTestId('pg-theme').click();
    await pg.page.getByRole('option', { name: /Dark/ }).click();
    await expect
      .poll(() => pg.sidebar.getByTestId('dashboard-charts').getAttribute('data-chart-theme'))
      .toBe('dark');
    await pg.page.getByTestId('pg-language').click();
    await pg.page.getByRole('option', { name: 'English' }).click();
    await pg.sidebar.getByTestId('greeting').waitFor();
    await openTab(pg, 'Dashboard');
    await pg.sidebar.getByTestId('dashboard-screen').waitFor({ timeout: 20_000 });
    await expect(pg.sidebar.getByTestId('dashboard-charts').getAttribute('data-chart-theme')).resolves.toBe(
      'dark',
    );

    // The last six months, where the history's declines are.
    await pg.sidebar.getByTestId('dashboard-period').click();
    await pg.sidebar.locator('.semi-select-option').filter({ hasText: 'Custom' }).first().click();
    await pg.sidebar.getByTestId('dashboard-from').fill(dayFromToday(-200));
    await pg.sidebar.getByTestId('dashboard-to').fill(dayFromToday(0));
    const declines = pg.sidebar.getByTestId('measure-declines-value');
    await expect.poll(async () => Number(await declines.textContent())).toBeGreaterThan(0);
    await declines.click();
    const rows = pg.sidebar.getByTestId('dashboard-drill-row');
    await rows.first().waitFor();
    const titles = await rows.allTextContents();
    const declined = await declinedTitles(pg);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(declined.some((d) => title.startsWith(d))).toBe(true);
    await rows.first().locator('.semi-typography-link').click();
    await pg.sidebar.getByTestId('task-page').waitFor();
    await expect(pg.sidebar.getByTestId('task-history').textContent()).resolves.toMatch(/Declined|拒绝/);

    await pg.page.getByTestId('pg-clock').fill(String(hoursToMondayMorning()));
    const digests = async () =>
      (await rowsOf(pg, '通知'))
        .filter((n) => text(n['消息']).includes('本周'))
        .map((n) => text(n['接收人']));
    await expect.poll(digests, { timeout: 20_000 }).toContain('ou_demo01');
    expect(new Set(await digests()).size).toBe((await digests()).length);
    expect(pg.errors).toEqual([]);
  });
});
