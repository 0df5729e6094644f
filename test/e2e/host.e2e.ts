/** Journeys around the host: outside a Base, language, theme, read-only, a user who is not a member. */
import { afterEach, describe, expect, it } from 'vitest';
import { openPlayground, type Playground } from './browser';

let pg: Playground;
afterEach(async () => pg?.close());

describe('host journeys', () => {
  it('opened as a plain tab, says to open it inside a Base instead of hanging', async () => {
    pg = await openPlayground('/index.html');
    await pg.page.getByTestId('outside').waitFor({ timeout: 10_000 });
    await expect(pg.page.getByTestId('outside').textContent()).resolves.toMatch(/多维表格|inside a Base/);
  });

  it('follows the host language and theme', async () => {
    pg = await openPlayground();
    await pg.sidebar.getByTestId('greeting').waitFor();
    await pg.page.getByTestId('pg-language').click();
    await pg.page.getByRole('option', { name: 'English' }).click();
    await expect.poll(() => pg.sidebar.getByTestId('greeting').textContent()).toBe('Hello, 王建国');
    await pg.sidebar.getByRole('tab', { name: 'Assign' }).waitFor();

    await pg.page.getByTestId('pg-theme').click();
    await pg.page.getByRole('option', { name: /Dark/ }).click();
    await expect.poll(() => pg.sidebar.locator('body').getAttribute('theme-mode')).toBe('dark');
  });

  it('gives a read-only user a read-only sidebar', async () => {
    pg = await openPlayground();
    await pg.sidebar.getByTestId('greeting').waitFor();
    await pg.page.getByText('只读 read-only').click();
    await pg.sidebar.getByTestId('read-only').waitFor();
    await expect(pg.sidebar.getByRole('tab', { name: '派单' }).count()).resolves.toBe(0);
  });

  it('tells a user with no member row that they are not in the list, with their id', async () => {
    pg = await openPlayground();
    await pg.sidebar.getByTestId('greeting').waitFor();
    await pg.page.getByTestId('pg-user').click();
    await pg.page.getByRole('option', { name: '访客' }).click();
    await expect(pg.sidebar.getByTestId('user-id').textContent()).resolves.toContain('ou_visitor');
    await expect(pg.sidebar.getByTestId('first-boss').count()).resolves.toBe(0);
  });
});
