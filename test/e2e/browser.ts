/** Real headless Chromium (Debian's) driving the playground, with a fresh profile per test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { inject } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Playground {
  page: Page;
  sidebar: FrameLocator;
  close: () => Promise<void>;
  /** Reads the local Base the playground holds, as the grid shows it. */
  tableRows: (tableName: string) => Promise<number>;
  errors: string[];
}

export const PLAYGROUND = '/src/playground/index.html';

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
      page.evaluate((table) => {
        const local = (
          window as unknown as {
            __BATON_LOCAL__: { state: { tables: { name: string; records: unknown[] }[] } };
          }
        ).__BATON_LOCAL__;
        return local.state.tables.find((t) => t.name === table)?.records.length ?? -1;
      }, name),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
