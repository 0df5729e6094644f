/**
 * The browser scenarios of `npm run bench`: the production build in headless Chromium, beside a local Base at
 * 25 ms per round trip, for the demo company, 2,000 and 20,000 tasks, as the boss and a department head.
 * Expects `dist` built (npm run bench builds it); builds its own host page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { DEMO_PEOPLE } from '../../src/demo/demoCompany';
import { browserRow, type BrowserRow } from './browserReport';
import { browserRun, type RunFigures } from './browserRun';
import { serveBench } from './browserServer';
import { buildBase, NOW } from './fixtures';

export const BROWSER_FIXTURES = ['demo', '2000', '20000'];
export const BROWSER_RUNS = 5;

const VIEWERS = [
  { name: 'boss', userId: DEMO_PEOPLE.find((p) => p.role === 'boss')!.userId },
  { name: 'head', userId: DEMO_PEOPLE.find((p) => p.role === 'manager')!.userId },
];

export interface BrowserOptions {
  dist: string;
  fixtures?: string[];
  runs?: number;
  progress: (message: string) => void;
}

async function buildHostPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve('test/bench/browser'),
    base: '/host/',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
    worker: { format: 'es' },
  });
}

export async function browserScenarios(options: BrowserOptions): Promise<BrowserRow[]> {
  const { progress } = options;
  const fixtures = options.fixtures ?? BROWSER_FIXTURES;
  const runs = options.runs ?? BROWSER_RUNS;
  const hostDir = mkdtempSync(join(tmpdir(), 'baton-bench-host-'));
  await buildHostPage(hostDir);
  const states = new Map<string, string>();
  const records = new Map<string, number>();
  for (const name of fixtures) {
    progress(`browser: building the ${name} fixture`);
    const state = await buildBase(name === 'demo' ? 0 : Number(name));
    states.set(name, JSON.stringify(state));
    records.set(name, state.tables.find((t) => t.name === '任务')?.records.length ?? 0);
  }
  const server = await serveBench(resolve(options.dist), hostDir, states);
  const rows: BrowserRow[] = [];
  try {
    for (const name of fixtures)
      for (const viewer of VIEWERS) {
        const figures: RunFigures[] = [];
        const failed: string[] = [];
        for (let i = 1; i <= runs; i++) {
          progress(`browser ${name} ${viewer.name}: run ${i} of ${runs}`);
          // A run that fails (nothing painted within the cap) is reported as a miss, not a crash of the bench.
          await browserRun(server.url, name, viewer.userId, NOW).then(
            (run) => figures.push(run),
            (error: unknown) => failed.push(`run ${i}: ${String((error as Error)?.message ?? error)}`),
          );
        }
        const row = browserRow(`browser ${name} ${viewer.name}`, records.get(name)!, viewer.name, figures);
        if (failed.length > 0) row.missed.push(`browser ${name} ${viewer.name}: ${failed.join('; ')}`);
        rows.push(row);
      }
  } finally {
    await server.close();
    rmSync(hostDir, { recursive: true, force: true });
  }
  return rows;
}
