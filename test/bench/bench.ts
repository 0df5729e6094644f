/**
 * `npm run bench`: host calls, round trips and modelled time of Baton's scenarios on the local Base, against
 * the floor (DESIGN.md §7) and a naive per-cell baseline measured in the same run; plus the initial JS size.
 * Options: --json (one JSON object per line), --dist DIR (where the built sidebar is; default dist).
 * Exits 0 when targets are missed (printed as MISSED): it measures; only a crash exits non-zero.
 */
import { measureInitialJs } from './bundle';
import { buildBase, MEASURE_LATENCY } from './fixtures';
import { printJson, printTable, targetsFor, type BenchSetup, type ScenarioRow } from './report';
import { naiveOpenSidebar, openSidebar, READ_TABLES } from './scenarios';

const SIZES = [2000, 20000];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Progress goes to stderr so that --json output stays one object per line. */
const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const setup: BenchSetup = {
    roundTripMs: MEASURE_LATENCY.roundTripMs,
    windowMs: MEASURE_LATENCY.windowMs,
    fixtures: [],
  };
  const rows: ScenarioRow[] = [];
  for (const tasks of SIZES) {
    progress(`building a Base with ${tasks} tasks`);
    const t0 = performance.now();
    const state = await buildBase(tasks);
    setup.fixtures.push({ tasks, tables: state.tables.length, buildMs: performance.now() - t0 });

    progress(`open sidebar @ ${tasks}`);
    const open = await openSidebar(state);
    if (open.tasksLoaded !== tasks)
      throw new Error(`open sidebar loaded ${open.tasksLoaded} tasks, expected ${tasks}`);

    progress(`naive open sidebar @ ${tasks} (one awaited call per cell)`);
    const naive = await naiveOpenSidebar(state, READ_TABLES);

    rows.push({
      scenario: 'open sidebar',
      records: tasks,
      calls: open.m.calls,
      floorCalls: open.floorCalls,
      naiveCalls: naive.m.calls,
      ms: open.m.modelledMs,
      naiveMs: naive.m.modelledMs,
      roundTrips: open.m.roundTrips,
      naiveRoundTrips: naive.m.roundTrips,
      computeMs: open.m.computeMs,
      hostMs: open.m.hostMs,
      wallMs: open.m.wallMs,
      naiveWallMs: naive.m.wallMs,
      naiveTables: naive.tables,
      byMethod: open.m.byMethod,
      naiveByMethod: naive.m.byMethod,
      floor: open.floor,
      targets: targetsFor('open sidebar', tasks, open.m, open.floorCalls, naive.m),
    });
  }
  const bundle = measureInitialJs(option('--dist') ?? 'dist');
  if (json) printJson(setup, rows, bundle);
  else printTable(setup, rows, bundle);
}

main().catch((error: unknown) => {
  console.error('bench crashed:', error);
  process.exit(1);
});
