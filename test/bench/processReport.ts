/** Targets and rows of the process-tracking scenarios (issue 4), in the shape report.ts prints. */
import type { CascadeResult, ProgressResult } from './process';
import { FLOOR_TOLERANCE, NAIVE_FACTOR, type ScenarioRow, type Target } from './report';
import type { Measurement } from './scenarios';

export const CASCADE_INCREMENTAL_MS = 20;
export const CASCADE_FULL_MS = 300;
export const PROGRESS_OPEN_MS = 1000;

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const writes = (m: Measurement) =>
  ['addRecords', 'setRecords', 'deleteRecords'].reduce((n, k) => n + (m.byMethod[k] ?? 0), 0);

export function cascadeTargets(records: number, c: CascadeResult): Target[] {
  const at = `cascade @ ${int(records)} tasks`;
  const over = (c.m.calls - c.floorCalls) / c.floorCalls;
  const fewer = c.naive.calls / c.m.calls;
  return [
    {
      name: `${at}: incremental derive(tasks, [id]) under ${CASCADE_INCREMENTAL_MS} ms (median of ${c.runs})`,
      target: `< ${CASCADE_INCREMENTAL_MS} ms`,
      actual: `${c.incrementalMs.toFixed(1)} ms`,
      pass: c.incrementalMs < CASCADE_INCREMENTAL_MS,
    },
    {
      name: `${at}: full derive(tasks) under ${CASCADE_FULL_MS} ms (median of ${c.runs})`,
      target: `< ${CASCADE_FULL_MS} ms`,
      actual: `${c.fullMs.toFixed(0)} ms`,
      pass: c.fullMs < CASCADE_FULL_MS,
    },
    {
      name: `${at}: writes at the floor (⌈changed/200⌉ setRecords + ⌈notices/200⌉ + ⌈events/200⌉ addRecords)`,
      target: `${c.floorWrites}`,
      actual: `${writes(c.m)}`,
      pass: writes(c.m) <= c.floorWrites,
    },
    {
      name: `${at}: calls within ${FLOOR_TOLERANCE * 100}% of floor (writes + key lookups)`,
      target: `≤ ${int(c.floorCalls * (1 + FLOOR_TOLERANCE))} (floor ${c.floorCalls})`,
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
      name: `${at}: an open sidebar keeps the graph and derives from the change under ${CASCADE_INCREMENTAL_MS} ms`,
      target: `< ${CASCADE_INCREMENTAL_MS} ms`,
      actual: `${(c.live.regraphMs + c.live.deriveMs).toFixed(1)} ms`,
      pass: c.live.regraphMs + c.live.deriveMs < CASCADE_INCREMENTAL_MS,
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
  const open = p.m.modelledMs + p.projectMs;
  return [
    {
      name: `progress view @ ${int(records)} tasks (${p.specials} special tasks): openSession modelled + project() under ${PROGRESS_OPEN_MS} ms`,
      target: `< ${int(PROGRESS_OPEN_MS)} ms`,
      actual: `${int(p.m.modelledMs)} + ${p.projectMs.toFixed(1)} = ${int(open)} ms`,
      pass: open < PROGRESS_OPEN_MS,
    },
    {
      name: `progress view @ ${int(records)} tasks: calls within ${FLOOR_TOLERANCE * 100}% of floor`,
      target: `≤ ${int(p.floorCalls * (1 + FLOOR_TOLERANCE))} (floor ${p.floorCalls})`,
      actual: `${p.m.calls}`,
      pass: (p.m.calls - p.floorCalls) / p.floorCalls <= FLOOR_TOLERANCE,
    },
  ];
}

type Common = Omit<ScenarioRow, 'floorCalls' | 'naive' | 'floor' | 'notes' | 'targets' | 'extra'>;

export function cascadeRow(common: Common, c: CascadeResult): ScenarioRow {
  return {
    ...common,
    computeMs: c.incrementalMs,
    floorCalls: c.floorCalls,
    naive:
      'after each change, every task re-read page by page (awaited), everything derived, the first change ' +
      'written with its notice and event (one awaited call each); repeated until nothing changes',
    floor: c.floor,
    notes: c.notes,
    extra: {
      links: c.links,
      reach: c.reach,
      changed: c.changed,
      notices: c.notices,
      incrementalMs: Math.round(c.incrementalMs * 10) / 10,
      liveReadCalls: c.live.read.calls,
      liveMs: Math.round((c.live.regraphMs + c.live.deriveMs) * 10) / 10,
      fullMs: Math.round(c.fullMs),
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
    computeMs: p.projectMs,
    floorCalls: p.floorCalls,
    naive: 'the naive open sidebar (one awaited getCellValue per cell), then the same project()',
    naiveMs: Math.round(common.naiveMs + p.projectMs),
    floor: p.floor,
    notes: p.notes,
    extra: {
      specials: p.specials,
      projectMs: Math.round(p.projectMs * 10) / 10,
      modelledOpenMs: Math.round(p.m.modelledMs + p.projectMs),
    },
    targets: progressTargets(common.records, p),
  };
}
