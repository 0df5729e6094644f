/**
 * One run of the browser bench: a fresh Chromium profile (a first open is a cold one), the host page with a
 * fixture, then as one viewer: the competent baseline's open, the sidebar's first open, every tab, a grid
 * edit, and later opens in the same page. Heap is measured after garbage collection, as the growth the
 * sidebar adds to the page holding the local Base.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium';

export const WARM_OPENS = 2;

export interface RunFigures {
  baselineOpenMs: number;
  openMs: number;
  warmOpenMs: number[];
  tabSwitchMs: number[];
  longestTaskMs: number;
  /** When the longest task came: 'open', a tab's key, 'edit' or 'warm open'. */
  longestTaskDuring: string;
  editToDerivedMs: number;
  domNodes: number;
  heapMb: number;
  tabs: string[];
  errors: string[];
}

type Api = Record<string, (...args: unknown[]) => unknown>;

function call<T>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([n, a]) => (window as unknown as { __bench: Api }).__bench[n as string]!(...(a as unknown[])),
    [name, args] as const,
  ) as Promise<T>;
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1_048_576;
}

export async function browserRun(
  url: string,
  fixture: string,
  userId: string,
  now: number,
): Promise<RunFigures> {
  const profile = mkdtempSync(join(tmpdir(), 'baton-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}/host/index.html`);
    const cdp = await context.newCDPSession(page);
    await call(page, 'load', fixture, now);
    const baselineOpenMs = await call<number>(page, 'baseline');
    const heapBefore = await heapMb(cdp);

    const first = await call<{ ms: number; paintedAt: number }>(page, 'open', userId);
    const longest = { ms: 0, during: '' };
    const note = (ms: number, during: string) => {
      if (ms > longest.ms) Object.assign(longest, { ms, during });
    };
    note(await call<number>(page, 'quietSince', first.paintedAt), 'open');
    let domNodes = await call<number>(page, 'domNodes');
    const tabs = await call<string[]>(page, 'tabKeys');
    const tabSwitchMs: number[] = [];
    for (const key of [...tabs.filter((k) => k !== 'home'), 'home']) {
      const since = await page.evaluate(() => performance.now());
      tabSwitchMs.push(await call<number>(page, 'switchTab', key));
      note(await call<number>(page, 'quietSince', since), key);
      domNodes = Math.max(domNodes, await call<number>(page, 'domNodes'));
    }
    const heap = (await heapMb(cdp)) - heapBefore;

    const editStart = await page.evaluate(() => performance.now());
    const editToDerivedMs = await call<number>(page, 'edit', now);
    note(await call<number>(page, 'quietSince', editStart), 'edit');

    const warmOpenMs: number[] = [];
    for (let i = 0; i < WARM_OPENS; i++) {
      const warm = await call<{ ms: number; paintedAt: number }>(page, 'open', userId);
      warmOpenMs.push(warm.ms);
      note(await call<number>(page, 'quietSince', warm.paintedAt), 'warm open');
    }
    return {
      baselineOpenMs,
      openMs: first.ms,
      warmOpenMs,
      tabSwitchMs,
      longestTaskMs: longest.ms,
      longestTaskDuring: longest.during,
      editToDerivedMs,
      domNodes,
      heapMb: heap,
      tabs,
      errors,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
