/**
 * `npm run bench`: host calls, round trips and modelled time of Baton's scenarios on the local Base, against
 * the floor in calls and in round trips (floor.ts) and baselines measured in the same run: per-cell or
 * per-record (every scenario) and paged (the read scenarios); plus the initial JS size. Scenarios: open
 * sidebar (2,000 and 20,000 tasks), assign (2,000), escalate (20,000), cascade (20,000 tasks, 60,000 links),
 * progress view (300 special tasks of 6 stages); then the browser scenarios (browserBench.ts).
 * Options: --json (one JSON object per line), --dist DIR (where the built sidebar is; default dist),
 * --no-browser (skip the browser scenarios).
 * A missed target sets the exit code to 1, with one line on stderr naming it.
 */
import { naiveOpenSidebar, NAIVE_TABLES, pagedOpenSidebar } from './baselines';
import { browserScenarios } from './browserBench';
import { browserTable } from './browserReport';
import { dashboardRow } from './dashboard';
import { bundleMissed, measureInitialJs } from './bundle';
import { buildBase, MEASURE_LATENCY } from './fixtures';
import { printJson, printTable } from './print';
import {
  assignTargets,
  escalateTargets,
  floorFields,
  missedLines,
  pagedBaseline,
  targetsFor,
  type BenchSetup,
  type ScenarioRow,
} from './report';
import { collectionBase, collectionRow, collectionScenario } from './collection';
import { cascadeScenario, progressScenario } from './process';
import { progressBase } from './processFixtures';
import { cascadeRow, progressRow } from './processReport';
import { assignScenario, escalateScenario } from './responsibility';
import { openSidebar, type Measurement } from './scenarios';
import { trainingBase, trainingRow, trainingScenario } from './training';
import { scoringRows } from './scoring';

const SIZES = [2000, 20000];
const ASSIGN_TASKS = 2000;
const ESCALATE_TASKS = 20000;
const CASCADE_TASKS = 20000;
const PROGRESS_SPECIALS = 300;
const PROGRESS_STAGES = 6;

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

    progress(`paged open sidebar @ ${tasks} (200 records a call, one table after another)`);
    const paged = await pagedOpenSidebar(state);
    progress(`per-cell open sidebar @ ${tasks} (one awaited call per cell)`);
    const naive = await naiveOpenSidebar(state, NAIVE_TABLES);
    rows.push({
      ...common('open sidebar', tasks, open.m, naive.m),
      ...floorFields(open.floor),
      naive: `${naive.tables.join(', ')}; ids by page, then one awaited getCellValue per cell`,
      naiveTables: naive.tables,
      paged: pagedBaseline(
        `${paged.tables.join(', ')}; fields, then pages of 200, table after table; notices filtered`,
        paged.m,
      ),
      notes: [],
      targets: targetsFor('open sidebar', tasks, open.m, open.floor.calls, naive.m),
    });

    if (tasks === ASSIGN_TASKS) {
      progress(`assign @ ${tasks} (and naive: one awaited call per record)`);
      const a = await assignScenario(state);
      rows.push({
        ...common('assign', tasks, a.m, a.naive),
        ...floorFields(a.floor),
        naive: 'one awaited addRecords per task, stage, notice and event, then one setRecords per stage link',
        notes: a.notes,
        targets: assignTargets(tasks, a.m),
      });
    }

    if (tasks === ESCALATE_TASKS) {
      progress(`escalate @ ${tasks} (and naive: one awaited addRecords per notice)`);
      const e = await escalateScenario(state);
      rows.push({
        ...common('escalate', tasks, e.m, e.naive),
        ...floorFields(e.floor),
        computeMs: e.compute.median,
        naive: 'one awaited addRecords per due notice, no lookup',
        notes: e.notes,
        extra: {
          notices: e.notices,
          addCalls: e.m.byMethod.addRecords ?? 0,
          lookupReads: e.m.readCalls,
          floorAdds: e.floorAdds,
          computeMaxMs: Math.round(e.compute.max * 10) / 10,
          serviceComputeMs: Math.round(e.m.computeMs * 10) / 10,
          secondRunAddCalls: e.second.byMethod.addRecords ?? 0,
          secondRunCalls: e.second.calls,
          secondRunRoundTrips: e.second.roundTrips,
        },
        targets: escalateTargets(tasks, {
          ...e,
          floorCalls: e.floor.calls,
          secondAdds: e.second.byMethod.addRecords ?? 0,
        }),
      });
    }

    if (tasks === CASCADE_TASKS) {
      progress(`cascade @ ${tasks} (links added to 60,000; and naive: re-read every task after each change)`);
      const c = await cascadeScenario(state);
      rows.push(cascadeRow(common('cascade', tasks, c.m, c.naive), c));
      rows.push(...(await scoringRows(state, progress)));
    }
  }

  progress(`building a Base with ${PROGRESS_SPECIALS} special tasks of ${PROGRESS_STAGES} stages`);
  const t0 = performance.now();
  const progressState = await progressBase(PROGRESS_SPECIALS, PROGRESS_STAGES);
  const progressTasks = PROGRESS_SPECIALS * (1 + PROGRESS_STAGES);
  setup.fixtures.push({
    tasks: progressTasks,
    tables: progressState.tables.length,
    buildMs: performance.now() - t0,
  });
  progress(`progress view @ ${progressTasks} (and the paged and per-cell open sidebars)`);
  const p = await progressScenario(progressState);
  if (p.tasks !== progressTasks)
    throw new Error(`progress view loaded ${p.tasks} tasks, expected ${progressTasks}`);
  rows.push(progressRow(common('progress view', progressTasks, p.m, p.naive), p));

  progress('collection: 40 members, 20 drives, 2,400 submissions (and naive: one awaited add per reminder)');
  const c = await collectionScenario(await collectionBase());
  rows.push(
    collectionRow({ ...common('collection', c.submissions, c.m, c.naive), ...floorFields(c.floor) }, c),
  );
  progress(`dashboard @ 20000 tasks, 50000 task events`);
  rows.push(await dashboardRow(option('--dist') ?? 'dist'));
  progress('training (40 members, 50 courses, 500 questions, 5,000 attempts)');
  const tr = await trainingScenario(await trainingBase());
  rows.push(trainingRow(common('training', 0, tr.first, tr.first), tr));

  const bundle = measureInitialJs(option('--dist') ?? 'dist');
  if (json) printJson(setup, rows, bundle);
  else printTable(setup, rows, bundle);
  const missed = [...missedLines(rows), ...bundleMissed(bundle)];
  if (!process.argv.includes('--no-browser')) {
    const browser = await browserScenarios({ dist: option('--dist') ?? 'dist', progress });
    if (json) browser.forEach((row) => console.log(JSON.stringify(row)));
    else console.log(`\n${browserTable(browser)}`);
    missed.push(...browser.flatMap((row) => row.missed));
  }
  for (const line of missed) console.error(line);
  if (missed.length > 0) process.exitCode = 1;
}

/** The row fields every scenario fills the same way from its measurement and its naive baseline's. */
function common(scenario: string, records: number, m: Measurement, naive: Measurement) {
  return {
    scenario,
    records,
    calls: m.calls,
    naiveCalls: naive.calls,
    ms: m.modelledMs,
    naiveMs: naive.modelledMs,
    roundTrips: m.roundTrips,
    naiveRoundTrips: naive.roundTrips,
    writeRoundTrips: m.writeRoundTrips,
    readCalls: m.readCalls,
    computeMs: m.computeMs,
    hostMs: m.hostMs,
    wallMs: m.wallMs,
    naiveWallMs: naive.wallMs,
    byMethod: m.byMethod,
    naiveByMethod: naive.byMethod,
  };
}

main().catch((error: unknown) => {
  console.error('bench crashed:', error);
  process.exit(1);
});
