/** Targets and rows of the process-tracking scenarios, in the shape print.ts prints. */
import type { CascadeResult, ProgressResult } from './process';
import {
  floorFields,
  FLOOR_TOLERANCE,
  NAIVE_FACTOR,
  pagedBaseline,
  timingActual,
  type ScenarioRow,
  type Target,
} from './report';
import type { Measurement } from './scenarios';

export const CASCADE_INCREMENTAL_MS = 20;
export const CASCADE_FULL_MS = 300;
export const PROGRESS_OPEN_MS = 1000;

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const round = (n: number) => Math.round(n * 10) / 10;
const writes = (m: Measurement) =>
  ['addRecords', 'setRecords', 'deleteRecords'].reduce((n, k) => n + (m.byMethod[k] ?? 0), 0);

export function cascadeTargets(records: number, c: CascadeResult): Target[] {
  const at = `cascade @ ${int(records)} tasks`;
  const floorCalls = c.floor.calls;
  const over = (c.m.calls - floorCalls) / floorCalls;
  const runs = c.incremental.all.length;
  const fewer = c.naive.calls / c.m.calls;
  return [
    {
      name: `${at}: incremental derive(tasks, [id]) under ${CASCADE_INCREMENTAL_MS} ms (median of ${runs})`,
      target: `< ${CASCADE_INCREMENTAL_MS} ms`,
      actual: timingActual(c.incremental),
      pass: c.incremental.median < CASCADE_INCREMENTAL_MS,
    },
    {
      name: `${at}: full derive(tasks) under ${CASCADE_FULL_MS} ms (median of ${c.full.all.length})`,
      target: `< ${CASCADE_FULL_MS} ms`,
      actual: timingActual(c.full, 0),
      pass: c.full.median < CASCADE_FULL_MS,
    },
    {
      name: `${at}: writes at the floor (⌈changed/200⌉ setRecords + ⌈notices/200⌉ + ⌈events/200⌉ addRecords)`,
      target: `${c.floorWrites}`,
      actual: `${writes(c.m)}`,
      pass: writes(c.m) <= c.floorWrites,
    },
    {
      name: `${at}: calls within ${FLOOR_TOLERANCE * 100}% of floor (writes + key lookups)`,
      target: `≤ ${int(floorCalls * (1 + FLOOR_TOLERANCE))} (floor ${floorCalls})`,
      actual: `${c.m.calls}`,
      pass: over <= FLOOR_TOLERANCE,
    },
    {
      name: `${at}: ≥ ${NAIVE_FACTOR}× fewer calls than re-reading every task after each change`,
      target: `≥ ${NAIVE_FACTOR}×`,
      actual: `${fewer.toFixed(0)}× (${int(c.naive.calls)} / ${c.m.calls})`,
      pass: fewer >= NAIVE_FACTOR,
    },
    {
      name: `${at}: an open sidebar follows the edit by reading the changed record only (⌈1/200⌉)`,
      target: '1 call',
      actual: `${c.live.read.calls} (every task: ${c.live.fullRead.calls})`,
      pass: c.live.read.calls <= 1,
    },
    {
      name:
        `${at}: an open sidebar keeps the graph and derives from the change under ${CASCADE_INCREMENTAL_MS} ms ` +
        `(median of ${c.live.follow.all.length})`,
      target: `< ${CASCADE_INCREMENTAL_MS} ms`,
      actual: timingActual(c.live.follow),
      pass: c.live.follow.median < CASCADE_INCREMENTAL_MS,
    },
    {
      name: `${at}: the echo of its own writes writes nothing`,
      target: '0 writes',
      actual: `${writes(c.echo)} writes`,
      pass: writes(c.echo) === 0,
    },
  ];
}

export function progressTargets(records: number, p: ProgressResult): Target[] {
  const { median, max, all } = p.projection;
  const open = p.m.modelledMs + median;
  const floorCalls = p.floor.calls;
  return [
    {
      name:
        `progress view @ ${int(records)} tasks (${p.specials} special tasks): openSession modelled + project() ` +
        `under ${PROGRESS_OPEN_MS} ms (project() median of ${all.length})`,
      target: `< ${int(PROGRESS_OPEN_MS)} ms`,
      actual: `${int(p.m.modelledMs)} + ${median.toFixed(1)} = ${int(open)} ms (max ${int(p.m.modelledMs + max)} ms)`,
      pass: open < PROGRESS_OPEN_MS,
    },
    {
      name: `progress view @ ${int(records)} tasks: calls within ${FLOOR_TOLERANCE * 100}% of floor`,
      target: `≤ ${int(floorCalls * (1 + FLOOR_TOLERANCE))} (floor ${floorCalls})`,
      actual: `${p.m.calls}`,
      pass: (p.m.calls - floorCalls) / floorCalls <= FLOOR_TOLERANCE,
    },
  ];
}

type Common = Omit<
  ScenarioRow,
  | 'floorCalls'
  | 'floorRoundTrips'
  | 'protocolFloorRoundTrips'
  | 'naive'
  | 'floor'
  | 'notes'
  | 'targets'
  | 'extra'
>;

export function cascadeRow(common: Common, c: CascadeResult): ScenarioRow {
  return {
    ...common,
    ...floorFields(c.floor),
    computeMs: c.incremental.median,
    naive:
      'after each change, every task re-read page by page (awaited), everything derived, the first change ' +
      'written with its notice and event (one awaited call each); repeated until nothing changes',
    notes: c.notes,
    extra: {
      links: c.links,
      reach: c.reach,
      changed: c.changed,
      notices: c.notices,
      incrementalMs: round(c.incremental.median),
      incrementalMaxMs: round(c.incremental.max),
      liveReadCalls: c.live.read.calls,
      liveMs: round(c.live.follow.median),
      liveMaxMs: round(c.live.follow.max),
      fullMs: Math.round(c.full.median),
      fullMaxMs: Math.round(c.full.max),
      floorWrites: c.floorWrites,
      writeCalls: writes(c.m),
      echoWrites: writes(c.echo),
      echoCalls: c.echo.calls,
    },
    targets: cascadeTargets(common.records, c),
  };
}

export function progressRow(common: Common, p: ProgressResult): ScenarioRow {
  return {
    ...common,
    ...floorFields(p.floor),
    computeMs: p.projection.median,
    naive: 'the per-cell open sidebar (one awaited getCellValue per cell), then the same project()',
    naiveMs: Math.round(common.naiveMs + p.projection.median),
    paged: pagedBaseline('the paged open sidebar, then the same project()', p.paged, p.projection.median),
    notes: p.notes,
    extra: {
      specials: p.specials,
      projectMs: round(p.projection.median),
      projectMaxMs: round(p.projection.max),
      modelledOpenMs: Math.round(p.m.modelledMs + p.projection.median),
    },
    targets: progressTargets(common.records, p),
  };
}
