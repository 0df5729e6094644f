/**
 * Measuring a scenario on the local Base (calls, and the round trip that carried each), and the first one:
 * what Baton does when the sidebar opens (openSession), with its floor.
 */
import type { LocalHost } from '../../src/local/localHost';
import type { LocalState } from '../../src/local/localState';
import type { BitableHost } from '../../src/port/bitableBase';
import { openSession } from '../../src/services/session';
import { measuredHost } from './fixtures';
import { openSidebarFloor, type Floor } from './floor';

export interface Measurement {
  calls: number;
  byMethod: Record<string, number>;
  roundTrips: number;
  /** Calls whose method adds, sets or deletes (addRecords, setRecords, deleteRecords, setData…). */
  writeCalls: number;
  /** Every other call. */
  readCalls: number;
  /** Round trips carrying at least one write call. */
  writeRoundTrips: number;
  /** Every call with the round trip (1, 2…) that carried it. */
  trips: Trip[];
  /** Modelled host time: roundTripMs per round trip (virtual clock). */
  modelledMs: number;
  /** Wall clock of the whole run. */
  wallMs: number;
  /** Wall clock spent inside the local Base answering calls (stands in for the host's own work). */
  hostMs: number;
  /** wallMs - hostMs: Baton's own work (decoding, building the session) plus event-loop overhead. */
  computeMs: number;
}

export interface Trip {
  trip: number;
  method: string;
  tableId?: string;
}

export const isWrite = (method: string) => /^(add|set|delete)/.test(method);

/**
 * Instruments `local` until the returned function is called: times the local Base's work inside each call
 * (to tell it apart from Baton's), and logs each call's method with the round trip that carried it (the
 * scheduler counts a round trip just before running its batch).
 */
function instrument(local: LocalHost, counter: { ms: number }, trips: Trip[]) {
  const scheduler = local.scheduler;
  const [originalSchedule, originalCall] = [scheduler.call, local.call];
  const schedule = originalSchedule.bind(scheduler);
  const call = originalCall.bind(local);
  scheduler.call = <T>(run: () => T): Promise<T> =>
    schedule(() => {
      const t0 = performance.now();
      try {
        return run();
      } finally {
        counter.ms += performance.now() - t0;
      }
    });
  local.call = <T>(method: string, tableId: string | undefined, records: number, run: () => T) =>
    call(method, tableId, records, () => {
      trips.push({ trip: scheduler.roundTrips, method, tableId });
      return run();
    });
  return () => {
    scheduler.call = originalSchedule;
    local.call = originalCall;
  };
}

/** Runs `run` on `local` with zeroed counters; write round trips are counted from the per-trip call log. */
export async function measure<T>(
  local: LocalHost,
  run: (host: BitableHost) => Promise<T>,
): Promise<{ result: T; m: Measurement }> {
  local.scheduler.resetCounters();
  local.calls.reset();
  const host = { ms: 0 };
  const trips: Trip[] = [];
  const restore = instrument(local, host, trips);
  const t0 = performance.now();
  try {
    const result = await run(local.host);
    const wallMs = performance.now() - t0;
    const writes = trips.filter((t) => isWrite(t.method));
    return {
      result,
      m: {
        calls: local.calls.total,
        byMethod: { ...local.calls.byMethod },
        roundTrips: local.scheduler.roundTrips,
        writeCalls: writes.length,
        readCalls: local.calls.total - writes.length,
        writeRoundTrips: new Set(writes.map((t) => t.trip)).size,
        trips,
        modelledMs: local.scheduler.modelledMs,
        wallMs,
        hostMs: host.ms,
        computeMs: Math.max(0, wallMs - host.ms),
      },
    };
  } finally {
    restore();
  }
}

export interface OpenSidebarResult {
  m: Measurement;
  floor: Floor;
  sessionKind: string;
  tasksLoaded: number;
}

export async function openSidebar(state: LocalState): Promise<OpenSidebarResult> {
  const local = measuredHost(state);
  const { result: session, m } = await measure(local, (host) => openSession(host));
  if (session.kind !== 'ready')
    throw new Error(`open sidebar: expected a ready session, got ${session.kind}`);
  return {
    m,
    floor: openSidebarFloor(state, session.notices.length),
    sessionKind: session.kind,
    tasksLoaded: session.data.tasks.length,
  };
}
