/** Printing the bench's rows: a table for people, or one JSON object per line (--json). */
import type { InitialJs } from './bundle';
import { floorLines } from './floor';
import { duration, type BenchSetup, type ScenarioRow } from './report';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const fixed = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

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

const HEADER = [
  'scenario',
  'tasks',
  'calls',
  'floor',
  'RTs',
  'RT floor',
  'paged calls',
  'paged RTs',
  'naive calls',
  'fewer',
  'write RTs',
  'reads',
  'ms',
  'paged ms',
  'naive ms',
  'compute ms',
  'host ms',
];

const cellsOf = (r: ScenarioRow) => [
  r.scenario,
  int(r.records),
  int(r.calls),
  int(r.floorCalls),
  int(r.roundTrips),
  `${r.floorRoundTrips} / ${int(r.protocolFloorRoundTrips)}`,
  r.paged ? int(r.paged.calls) : '',
  r.paged ? int(r.paged.roundTrips) : '',
  int(r.naiveCalls),
  `${fixed(r.naiveCalls / r.calls)}×`,
  int(r.writeRoundTrips),
  int(r.readCalls),
  int(r.ms),
  r.paged ? int(r.paged.ms) : '',
  `${int(r.naiveMs)} (${duration(r.naiveMs)})`,
  fixed(r.computeMs, r.computeMs < 100 ? 1 : 0),
  int(r.hostMs),
];

const LEGEND = [
  '  floor       calls no way of fetching can do without (⌈N/200⌉ per read or write, one metadata call per table)',
  '  RTs         round trips made (calls issued within the window share one)',
  '  RT floor    fewest round trips: physical (every call as soon as what it needs is known) / protocol (the',
  "              pages of one read chained, each needing the previous page's token)",
  '  paged       the competent baseline: getRecordsByPage 200 a call, one table after another, all awaited',
  '  naive       the per-cell (or per-record) baseline named under each scenario',
  "  write RTs   round trips carrying an add, set or delete call (from a log of each call's round trip)",
  '  reads       calls that are not add, set or delete',
  '  ms          modelled host time of the scenario (round trips × round-trip ms)',
  "  compute ms  wall clock minus the time the local Base spent answering calls: Baton's own work; for",
  '              escalate, cascade and progress view, the median of the timed pure computation',
  '  host ms     wall clock inside the local Base (the emulator\'s cost; a real host\'s is in "ms")',
];

function scenarioLines(r: ScenarioRow): string[] {
  const out = ['', `${r.scenario} @ ${int(r.records)} tasks`];
  out.push(...floorLines(r.floor).map((line) => `  ${line}`));
  out.push(`  calls made: ${methods(r.byMethod)}`);
  out.push(`  ${int(r.roundTrips)} round trips, wall clock ${duration(r.wallMs)}`);
  for (const note of r.notes) out.push(`  ${note}`);
  if (r.paged)
    out.push(
      `  paged (${r.paged.what}): ${int(r.paged.calls)} calls in ${int(r.paged.roundTrips)} round trips = ` +
        `${duration(r.paged.ms)} modelled, ${duration(r.paged.wallMs)} wall clock`,
      `    ${methods(r.paged.byMethod)}`,
    );
  out.push(
    `  naive (${r.naive}): ` +
      `${int(r.naiveCalls)} calls in ${int(r.naiveRoundTrips)} round trips = ${duration(r.naiveMs)} modelled, ` +
      `${duration(r.naiveWallMs)} wall clock`,
    `    ${methods(r.naiveByMethod)}`,
  );
  return out;
}

function bundleLines(bundle: InitialJs | undefined): string[] {
  if (!bundle) return ['Initial JS of the built sidebar: dist/ not found, run npm run build first'];
  return [
    `Initial JS of the built sidebar (${bundle.dist}/index.html script + modulepreload, gzip):`,
    ...bundle.files.map(
      (f) => `  ${f.file}: ${fixed(f.gzipBytes / 1024, 1)} KB gzip (${fixed(f.bytes / 1024, 1)} KB raw)`,
    ),
    `  total: ${fixed(bundle.gzipBytes / 1024, 1)} KB gzip (${fixed(bundle.bytes / 1024, 1)} KB raw)`,
    ...[
      ...bundle.sdk.map((f) => ['SDK chunk, preloaded inside Feishu', f] as const),
      ...bundle.css.map((f) => ['CSS, render-blocking', f] as const),
    ].map(
      ([what, f]) =>
        `  ${what}: ${f.file}: ${fixed(f.gzipBytes / 1024, 1)} KB gzip (${fixed(f.bytes / 1024, 1)} KB raw)`,
    ),
  ];
}

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
  out.push('', pad([HEADER, ...rows.map(cellsOf)]), '', ...LEGEND);
  for (const r of rows) out.push(...scenarioLines(r));
  out.push('', 'Targets (timings judged on the median)');
  const targets = rows.flatMap((r) => r.targets);
  for (const t of targets)
    out.push(`  ${t.pass ? 'PASS  ' : 'MISSED'}  ${t.name}: ${t.actual} (target ${t.target})`);
  const missed = targets.filter((t) => !t.pass).length;
  out.push(missed === 0 ? '  all targets met' : `  ${missed} target(s) MISSED`, '', ...bundleLines(bundle));
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
        paged: undefined,
        ...(r.paged
          ? {
              pagedCalls: r.paged.calls,
              pagedRoundTrips: r.paged.roundTrips,
              pagedMs: round(r.paged.ms),
              pagedWallMs: round(r.paged.wallMs),
              pagedByMethod: r.paged.byMethod,
            }
          : {}),
        floor: r.floor.parts,
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
            sdk: bundle.sdk,
            css: bundle.css,
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
