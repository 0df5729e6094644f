/** Bench results: the row per scenario, the targets, and how they are printed (table or JSON lines). */
import type { InitialJs } from './bundle';
import type { FloorPart, Measurement } from './scenarios';

export interface Target {
  name: string;
  target: string;
  actual: string;
  pass: boolean;
}

export interface ScenarioRow {
  scenario: string;
  /** Records in the Tasks table. */
  records: number;
  calls: number;
  floorCalls: number;
  naiveCalls: number;
  /** Modelled host time of the scenario (virtual clock). */
  ms: number;
  naiveMs: number;
  roundTrips: number;
  naiveRoundTrips: number;
  /** Round trips carrying an add, set or delete call. */
  writeRoundTrips: number;
  /** Calls that are not add, set or delete. */
  readCalls: number;
  /** Baton's own work: wall clock minus host time; for escalate, the median of the pure rules' runs. */
  computeMs: number;
  hostMs: number;
  wallMs: number;
  naiveWallMs: number;
  /** What the naive baseline does, in words. */
  naive: string;
  naiveTables?: string[];
  byMethod: Record<string, number>;
  naiveByMethod: Record<string, number>;
  floor: FloorPart[];
  /** Scenario-specific lines for the table output. */
  notes: string[];
  /** Scenario-specific numbers, added to the JSON line. */
  extra?: Record<string, number>;
  targets: Target[];
}

export const FLOOR_TOLERANCE = 0.1;
export const NAIVE_FACTOR = 20;
export const OPEN_SIDEBAR_BUDGET_MS = 1500;
export const OPEN_SIDEBAR_BUDGET_TASKS = 2000;
export const ASSIGN_MAX_WRITE_ROUND_TRIPS = 4;
export const ASSIGN_MAX_READS = 2;
export const ESCALATE_COMPUTE_MS = 50;

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const fixed = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** 300 ms, 2.6 s, 17.6 min, 2.9 h. */
export function duration(ms: number): string {
  if (ms < 1000) return `${int(ms)} ms`;
  if (ms < 60_000) return `${fixed(ms / 1000, 1)} s`;
  if (ms < 3_600_000) return `${fixed(ms / 60_000, 1)} min`;
  return `${fixed(ms / 3_600_000, 1)} h`;
}

const at = (scenario: string, records: number) => `${scenario} @ ${int(records)} tasks`;

export function targetsFor(
  scenario: string,
  records: number,
  m: Measurement,
  floorCalls: number,
  naive: Measurement,
): Target[] {
  const where = at(scenario, records);
  const over = (m.calls - floorCalls) / floorCalls;
  const fewer = naive.calls / m.calls;
  const targets: Target[] = [
    {
      name: `${where}: calls within ${FLOOR_TOLERANCE * 100}% of floor`,
      target: `≤ ${int(floorCalls * (1 + FLOOR_TOLERANCE))} (floor ${int(floorCalls)})`,
      actual: `${int(m.calls)} (${over >= 0 ? '+' : ''}${fixed(over * 100, 1)}%)`,
      pass: Math.abs(over) <= FLOOR_TOLERANCE,
    },
    {
      name: `${where}: ≥ ${NAIVE_FACTOR}× fewer calls than naive`,
      target: `≥ ${NAIVE_FACTOR}×`,
      actual: `${fixed(fewer, 0)}× (${int(naive.calls)} / ${int(m.calls)})`,
      pass: fewer >= NAIVE_FACTOR,
    },
  ];
  if (scenario === 'open sidebar' && records === OPEN_SIDEBAR_BUDGET_TASKS)
    targets.push({
      name: `${where}: under ${duration(OPEN_SIDEBAR_BUDGET_MS)} modelled`,
      target: `< ${int(OPEN_SIDEBAR_BUDGET_MS)} ms`,
      actual: `${int(m.modelledMs)} ms`,
      pass: m.modelledMs < OPEN_SIDEBAR_BUDGET_MS,
    });
  return targets;
}

/** Issue 3: sending an assignment beyond what the open sidebar holds. */
export function assignTargets(records: number, m: Measurement): Target[] {
  return [
    {
      name: `${at('assign', records)}: at most ${ASSIGN_MAX_WRITE_ROUND_TRIPS} write round trips`,
      target: `≤ ${ASSIGN_MAX_WRITE_ROUND_TRIPS}`,
      actual: `${m.writeRoundTrips}`,
      pass: m.writeRoundTrips <= ASSIGN_MAX_WRITE_ROUND_TRIPS,
    },
    {
      name: `${at('assign', records)}: at most ${ASSIGN_MAX_READS} reads`,
      target: `≤ ${ASSIGN_MAX_READS}`,
      actual: `${m.readCalls}`,
      pass: m.readCalls <= ASSIGN_MAX_READS,
    },
  ];
}

/** Issue 3: all escalation rules over the Base, computed fast; the notices written at the floor, once. */
export function escalateTargets(
  records: number,
  e: {
    computeMs: number;
    runs: number;
    m: Measurement;
    floorCalls: number;
    floorAdds: number;
    secondAdds: number;
  },
): Target[] {
  const adds = e.m.byMethod.addRecords ?? 0;
  const over = (e.m.calls - e.floorCalls) / e.floorCalls;
  return [
    {
      name: `${at('escalate', records)}: escalations() under ${ESCALATE_COMPUTE_MS} ms (median of ${e.runs})`,
      target: `< ${ESCALATE_COMPUTE_MS} ms`,
      actual: `${fixed(e.computeMs, 1)} ms`,
      pass: e.computeMs < ESCALATE_COMPUTE_MS,
    },
    {
      name: `${at('escalate', records)}: add calls at the floor ⌈notices/200⌉`,
      target: `${e.floorAdds}`,
      actual: `${adds}`,
      pass: adds <= e.floorAdds,
    },
    {
      name: `${at('escalate', records)}: calls within ${FLOOR_TOLERANCE * 100}% of floor (adds + key lookups)`,
      target: `≤ ${int(e.floorCalls * (1 + FLOOR_TOLERANCE))} (floor ${int(e.floorCalls)})`,
      actual: `${int(e.m.calls)} (${over >= 0 ? '+' : ''}${fixed(over * 100, 1)}%)`,
      pass: over <= FLOOR_TOLERANCE,
    },
    {
      name: `${at('escalate', records)}: a second run adds nothing`,
      target: '0 add calls',
      actual: `${e.secondAdds} add calls`,
      pass: e.secondAdds === 0,
    },
  ];
}

export interface BenchSetup {
  roundTripMs: number;
  windowMs: number;
  fixtures: { tasks: number; tables: number; buildMs: number }[];
}

function pad(cells: string[][]): string {
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  return cells
    .map((row) =>
      row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
    )
    .join('\n');
}

const methods = (byMethod: Record<string, number>) =>
  Object.entries(byMethod)
    .map(([method, n]) => `${method} ${int(n)}`)
    .join(', ');

export function printTable(setup: BenchSetup, rows: ScenarioRow[], bundle: InitialJs | undefined): void {
  const out: string[] = [];
  out.push('Baton bench (npm run bench; add -- --json for JSON lines)');
  out.push(
    `Host model: local Base, virtual clock, ${setup.roundTripMs} ms per round trip; calls issued within ` +
      `${setup.windowMs} ms share one round trip. "ms" is modelled host time, not waited.`,
  );
  out.push(
    'Fixture: demo company (6 departments, 40 members, 16 demo tasks) + generated special tasks with 4–6 stages ' +
      'each (parent links, sequence, finish-to-start dependencies, statuses, due dates, responsible users, ' +
      'primary/cooperating departments); 5% of the tasks are specials assigned and not acknowledged (since up ' +
      'to 4 days) and 2% specials unclaimed in the pool (since up to 10 days).',
  );
  for (const f of setup.fixtures)
    out.push(`  ${int(f.tasks)} tasks: ${f.tables} tables, built in ${duration(f.buildMs)} (no latency)`);
  out.push('');
  out.push(
    pad([
      [
        'scenario',
        'tasks',
        'calls',
        'floor',
        'naive calls',
        'fewer',
        'round trips',
        'write RTs',
        'reads',
        'ms',
        'naive ms',
        'compute ms',
        'host ms',
      ],
      ...rows.map((r) => [
        r.scenario,
        int(r.records),
        int(r.calls),
        int(r.floorCalls),
        int(r.naiveCalls),
        `${fixed(r.naiveCalls / r.calls)}×`,
        int(r.roundTrips),
        int(r.writeRoundTrips),
        int(r.readCalls),
        int(r.ms),
        `${int(r.naiveMs)} (${duration(r.naiveMs)})`,
        fixed(r.computeMs, r.computeMs < 100 ? 1 : 0),
        int(r.hostMs),
      ]),
    ]),
  );
  out.push('');
  out.push(
    "  write RTs   round trips carrying an add, set or delete call (from a log of each call's round trip)",
  );
  out.push('  reads       calls that are not add, set or delete');
  out.push('  ms          modelled host time of the scenario (round trips × round-trip ms)');
  out.push("  compute ms  wall clock minus the time the local Base spent answering calls: Baton's own work;");
  out.push('              for escalate, the median wall clock of the pure escalations() rules');
  out.push(
    '  host ms     wall clock inside the local Base (the emulator\'s cost; a real host\'s is in "ms")',
  );
  for (const r of rows) {
    out.push('');
    out.push(`${r.scenario} @ ${int(r.records)} tasks`);
    out.push(`  floor = ${r.floor.map((p) => p.calls).join(' + ')} = ${int(r.floorCalls)} calls:`);
    for (const p of r.floor) out.push(`    ${String(p.calls).padStart(5)}  ${p.what}`);
    out.push(`  calls made: ${methods(r.byMethod)}`);
    out.push(`  wall clock: ${duration(r.wallMs)}`);
    for (const note of r.notes) out.push(`  ${note}`);
    out.push(
      `  naive (${r.naive}): ` +
        `${int(r.naiveCalls)} calls in ${int(r.naiveRoundTrips)} round trips = ${duration(r.naiveMs)} modelled, ` +
        `${duration(r.naiveWallMs)} wall clock`,
    );
    out.push(`    ${methods(r.naiveByMethod)}`);
  }
  out.push('');
  out.push('Targets');
  for (const t of rows.flatMap((r) => r.targets))
    out.push(`  ${t.pass ? 'PASS  ' : 'MISSED'}  ${t.name}: ${t.actual} (target ${t.target})`);
  const missed = rows.flatMap((r) => r.targets).filter((t) => !t.pass).length;
  out.push(missed === 0 ? '  all targets met' : `  ${missed} target(s) MISSED`);
  out.push('');
  if (bundle) {
    out.push(`Initial JS of the built sidebar (${bundle.dist}/index.html script + modulepreload, gzip):`);
    for (const f of bundle.files)
      out.push(`  ${f.file}: ${fixed(f.gzipBytes / 1024, 1)} KB gzip (${fixed(f.bytes / 1024, 1)} KB raw)`);
    out.push(
      `  total: ${fixed(bundle.gzipBytes / 1024, 1)} KB gzip (${fixed(bundle.bytes / 1024, 1)} KB raw)`,
    );
  } else {
    out.push('Initial JS of the built sidebar: dist/ not found, run npm run build first');
  }
  console.log(out.join('\n'));
}

/** One JSON object per line: each scenario, the initial JS size, then a summary of the targets. */
export function printJson(setup: BenchSetup, rows: ScenarioRow[], bundle: InitialJs | undefined): void {
  const round = (n: number) => Math.round(n * 10) / 10;
  for (const r of rows)
    console.log(
      JSON.stringify({
        ...r,
        notes: undefined, // JSON.stringify leaves undefined out
        extra: undefined,
        ...r.extra,
        computeMs: round(r.computeMs),
        hostMs: round(r.hostMs),
        wallMs: round(r.wallMs),
        naiveWallMs: round(r.naiveWallMs),
        roundTripMs: setup.roundTripMs,
      }),
    );
  console.log(
    JSON.stringify(
      bundle
        ? {
            scenario: 'initial js',
            dist: bundle.dist,
            gzipBytes: bundle.gzipBytes,
            bytes: bundle.bytes,
            files: bundle.files,
          }
        : { scenario: 'initial js', missing: 'dist/ not found, run npm run build first' },
    ),
  );
  const targets = rows.flatMap((r) => r.targets);
  console.log(
    JSON.stringify({
      scenario: 'targets',
      passed: targets.filter((t) => t.pass).length,
      missed: targets.filter((t) => !t.pass).map((t) => t.name),
    }),
  );
}
