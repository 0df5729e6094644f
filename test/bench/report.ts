/** Bench results: the row per scenario and the targets (print.ts prints them as a table or JSON lines). */
import type { Floor } from './floor';
import type { Measurement } from './scenarios';
import type { Timing } from './timing';

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
  /** Calls of the floor (the protocol and the physical floor make the same calls). */
  floorCalls: number;
  /** Fewest round trips if every call goes as soon as what it needs is known. */
  floorRoundTrips: number;
  /** Fewest round trips with the pages of a read chained by their tokens, as the SDK requires. */
  protocolFloorRoundTrips: number;
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
  /** The competent baseline of the read scenarios: pages of 200, one table after another. */
  paged?: PagedBaseline;
  byMethod: Record<string, number>;
  naiveByMethod: Record<string, number>;
  floor: Floor;
  /** Scenario-specific lines for the table output. */
  notes: string[];
  /** Scenario-specific numbers, added to the JSON line. */
  extra?: Record<string, number>;
  targets: Target[];
}

export interface PagedBaseline {
  what: string;
  calls: number;
  roundTrips: number;
  ms: number;
  wallMs: number;
  byMethod: Record<string, number>;
}

export function pagedBaseline(what: string, m: Measurement, extraMs = 0): PagedBaseline {
  return {
    what,
    calls: m.calls,
    roundTrips: m.roundTrips,
    ms: m.modelledMs + extraMs,
    wallMs: m.wallMs,
    byMethod: m.byMethod,
  };
}

/** The floor's fields of a row. */
export const floorFields = (floor: Floor) => ({
  floor,
  floorCalls: floor.calls,
  floorRoundTrips: floor.physicalRoundTrips,
  protocolFloorRoundTrips: floor.protocolRoundTrips,
});

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

/** "3.1 ms (max 4.0 ms)": a timing target's actual, judged on the median. */
export const timingActual = (t: Timing, digits = 1) =>
  `${fixed(t.median, digits)} ms (max ${fixed(t.max, digits)} ms)`;

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

/** Sending an assignment beyond what the open sidebar holds. */
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

/** All escalation rules over the Base, computed fast; the notices written at the floor, once. */
export function escalateTargets(
  records: number,
  e: {
    compute: Timing;
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
      name: `${at('escalate', records)}: escalations() under ${ESCALATE_COMPUTE_MS} ms (median of ${e.compute.all.length})`,
      target: `< ${ESCALATE_COMPUTE_MS} ms`,
      actual: timingActual(e.compute),
      pass: e.compute.median < ESCALATE_COMPUTE_MS,
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

/** The targets missed, one line each naming the target, for stderr and the exit code. */
export function missedLines(rows: ScenarioRow[]): string[] {
  return rows
    .flatMap((r) => r.targets)
    .filter((t) => !t.pass)
    .map((t) => `bench: target missed: ${t.name}: ${t.actual} (target ${t.target})`);
}
