/** Real headless Chromium (Debian's) driving the playground, with a fresh profile per test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from './chromium';

export interface Playground {
  page: Page;
  sidebar: FrameLocator;
  close: () => Promise<void>;
  /** Reads the local Base the playground holds, as the grid shows it. */
  tableRows: (tableName: string) => Promise<number>;
  errors: string[];
}

/** `BATON_HOST=adverse` runs every journey against that host profile (src/local/hostProfiles.ts). */
const PROFILE = process.env.BATON_HOST ? `?host=${encodeURIComponent(process.env.BATON_HOST)}` : '';
export const PLAYGROUND = `/src/playground/index.html${PROFILE}`;

export async function openPlayground(path = PLAYGROUND): Promise<Playground> {
  const profile = mkdtempSync(join(tmpdir(), 'baton-e2e-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}${path}`);
  return {
    page,
    sidebar: page.frameLocator('[data-testid=sidebar-frame]'),
    errors,
    tableRows: (name) =>
      page.evaluate(async (table) => {
        const local = (
          window as unknown as {
            __BATON_LOCAL__: { state: () => Promise<{ tables: { name: string; records: unknown[] }[] }> };
          }
        ).__BATON_LOCAL__;
        return (await local.state()).tables.find((t) => t.name === table)?.records.length ?? -1;
      }, name),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The local Base's records of a table, by field name, as the SDK would return the cells. */
export function rowsOf(pg: Playground, tableName: string): Promise<Record<string, unknown>[]> {
  return pg.page.evaluate(async (name) => {
    type Table = {
      name: string;
      fields: { id: string; name: string }[];
      records: { fields: Record<string, unknown> }[];
    };
    const local = (window as unknown as { __BATON_LOCAL__: { state: () => Promise<{ tables: Table[] }> } })
      .__BATON_LOCAL__;
    const table = (await local.state()).tables.find((t) => t.name === name);
    if (!table) return [];
    return table.records.map((r) =>
      Object.fromEntries(table.fields.map((f) => [f.name, r.fields[f.id] ?? null])),
    );
  }, tableName);
}

/** Text of a select or text cell. */
export function text(cell: unknown): string {
  if (cell && typeof cell === 'object' && 'text' in cell) return String((cell as { text: unknown }).text);
  if (Array.isArray(cell))
    return cell
      .map((s) => String((s as { text?: string; id?: string }).text ?? (s as { id?: string }).id ?? ''))
      .join('');
  return cell === null || cell === undefined ? '' : String(cell);
}

/** Switches the Feishu user in the playground; the sidebar reopens as that user. */
export async function actAs(pg: Playground, name: string): Promise<void> {
  await pg.page.getByTestId('pg-user').click();
  await pg.page.keyboard.type(name);
  await pg.page.locator('.semi-select-option').filter({ hasText: name }).first().click();
  // The sidebar reloads for the new user: wait for its greeting to name them, not for the old one.
  await pg.sidebar.getByTestId('greeting').filter({ hasText: name }).waitFor();
  // A person who opened before is first shown this device's snapshot: act on the fresh read.
  await pg.sidebar.getByTestId('updating').waitFor({ state: 'detached' });
}

/** A date `days` from today as a date input takes it (YYYY-MM-DD, local time). */
export function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
