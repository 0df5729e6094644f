/**
 * The dashboard journey: the boss opens 看板 on the demo company's six months of history, sees the trends (and
 * nothing wider than a 320 px sidebar), switches to dark and English, reads an English trend whose month agrees
 * with its card, drills from declines into the declined tasks, and gets the weekly digest when the clock
 * reaches Monday 9:00, the start of the working day.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dayFromToday, openPlayground, rowsOf, text, type Playground } from './browser';
import { openTab } from './journeys';

let pg: Playground;
afterEach(async () => pg?.close());

const HOUR = 3_600_000;

/** Hours from now to the next Monday 9:00 in UTC+8 (the demo calendar's first working hour), to the ms. */
function hoursToMondayNine(): string {
  const now = Date.now();
  const local = new Date(now + 8 * HOUR);
  const daysAhead = (8 - local.getUTCDay()) % 7 || 7;
  const target =
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + daysAhead, 9) - 8 * HOUR;
  // Rounded up: the clock lands on 9:00 itself or a few milliseconds after, never before.
  return (Math.ceil(((target - now) / HOUR) * 1e7) / 1e7).toFixed(7);
}

/** How far the dashboard and the sidebar's page are wider than they show (0 or less: no horizontal scroll). */
function overflow(pg: Playground) {
  return pg.sidebar.getByTestId('dashboard-screen').evaluate((el) => {
    const page = document.scrollingElement!;
    return Math.max(el.scrollWidth - el.clientWidth, page.scrollWidth - page.clientWidth);
  });
}

/** Titles of the tasks with a decline in 任务日志, read from the local Base by record id. */
function declinedTitles(pg: Playground): Promise<string[]> {
  return pg.page.evaluate(async () => {
    type Table = {
      name: string;
      fields: { id: string; name: string; property?: { options?: { id: string; name: string }[] } }[];
      records: { recordId: string; fields: Record<string, unknown> }[];
    };
    const local = (window as unknown as { __BATON_LOCAL__: { state: () => Promise<{ tables: Table[] }> } })
      .__BATON_LOCAL__;
    const { tables } = await local.state();
    const table = (name: string) => tables.find((t) => t.name === name)!;
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
    // The narrowest sidebar: nothing scrolls sideways.
    const frame = pg.page.getByTestId('sidebar-frame');
    await frame.evaluate((f) => ((f as HTMLElement).style.width = '320px'));
    await expect.poll(() => pg.sidebar.locator('body').evaluate(() => window.innerWidth)).toBe(320);
    await expect.poll(() => overflow(pg)).toBeLessThanOrEqual(0);
    await frame.evaluate((f) => ((f as HTMLElement).style.width = ''));
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

    // The trend in English; its last month is this month, the card's period.
    await pg.sidebar.getByTestId('dashboard-chart-measure').click();
    await pg.sidebar
      .locator('.semi-select-option')
      .filter({ hasText: /^Declines$/ })
      .first()
      .click();
    const trend = pg.sidebar.getByTestId('dashboard-trend-chart');
    await expect.poll(() => trend.getAttribute('aria-label')).toMatch(/^Last 12 months · Declines: /);
    const months = (await trend.getAttribute('aria-label'))!.split(': ')[1]!.split(', ');
    expect(months).toHaveLength(12);
    const thisMonth = Number(months.at(-1)!.split(' ')[1]);
    expect(thisMonth).toBe(Number(await pg.sidebar.getByTestId('measure-declines-value').textContent()));

    // The last six months, where the history's declines are.
    await pg.sidebar.getByTestId('dashboard-period').click();
    await pg.sidebar.locator('.semi-select-option').filter({ hasText: 'Custom' }).first().click();
    await pg.sidebar.getByTestId('dashboard-from').fill(dayFromToday(-200));
    await pg.sidebar.getByTestId('dashboard-to').fill(dayFromToday(0));
    const declines = pg.sidebar.getByTestId('measure-declines-value');
    await expect.poll(async () => Number(await declines.textContent())).toBeGreaterThan(0);
    // The history's 贡献: people by points and departments by source, drawn by VChart too.
    for (const chart of ['dashboard-spread-chart', 'dashboard-source-chart'])
      await pg.sidebar.getByTestId(chart).locator('canvas').first().waitFor({ timeout: 20_000 });
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

    await pg.page.getByTestId('pg-clock').fill(hoursToMondayNine());
    const digests = async () =>
      (await rowsOf(pg, '通知'))
        .filter((n) => text(n['消息']).includes('本周'))
        .map((n) => text(n['接收人']));
    await expect.poll(digests, { timeout: 20_000 }).toContain('ou_demo01');
    expect(new Set(await digests()).size).toBe((await digests()).length);
    expect(pg.errors).toEqual([]);
  });
});
