/**
 * Bench fixtures: the scale company (src/demo/scaleCompany.ts) on a fixed day, built once per size with no
 * latency, then copied per scenario.
 */
import { DAY, HOUR } from '../../src/core/time';
import { ASSIGNED_SHARE, POOL_SHARE, rng, scaleCompany } from '../../src/demo/scaleCompany';
import { LocalHost } from '../../src/local/localHost';
import type { LocalState } from '../../src/local/localState';

export { ASSIGNED_SHARE, DAY, HOUR, POOL_SHARE, rng };
/** A fixed "today" (2025-03-03 00:00 UTC) so every run builds the same Base. */
export const TODAY_START = Date.UTC(2025, 2, 3);
/** The bench's clock: Monday 2025-03-03 14:00 in Beijing (06:00 UTC), in working hours. */
export const NOW = TODAY_START + 6 * HOUR;

/** The latency the bench measures with: the runtime's ~5 ms window, 25 ms per host round trip. */
export const MEASURE_LATENCY = {
  clock: 'virtual',
  roundTripMs: 25,
  windowMs: 5,
  defer: setImmediate,
} as const;
/** No latency at all: for building fixtures. */
const BUILD_LATENCY = { clock: 'virtual', roundTripMs: 0, windowMs: 0, defer: setImmediate } as const;

/** A Base with Baton installed, the demo company and exactly `tasks` task records (demo tasks included). */
export function buildBase(tasks: number): Promise<LocalState> {
  return scaleCompany(tasks, {
    todayStart: TODAY_START,
    now: NOW,
    baseName: `接棒 bench (${tasks} tasks)`,
    defer: setImmediate,
  });
}

/** A local Base on a copy of `state` with no latency: for deriving one fixture from another. */
export function buildHost(state: LocalState): LocalHost {
  return new LocalHost({ state: structuredClone(state), latency: BUILD_LATENCY });
}

/** A fresh local Base on a copy of `state`, with the measuring latency and zeroed counters. */
export function measuredHost(state: LocalState): LocalHost {
  const local = new LocalHost({ state: structuredClone(state), latency: MEASURE_LATENCY });
  local.scheduler.resetCounters();
  local.calls.reset();
  return local;
}
