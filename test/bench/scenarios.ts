/**
 * The measured scenarios: what Baton does ("open sidebar" = openSession), its floor, and the naive baseline
 * (ids page by page, then one awaited getCellValue per cell) on a copy of the same Base.
 */
import type { LocalHost } from '../../src/local/localHost';
import type { LocalState } from '../../src/local/localState';
import type { BaseTable, BitableHost } from '../../src/port/bitableBase';
import { openSession } from '../../src/services/session';
import { SETTINGS_TABLE_HINT } from '../../src/schema/installMap';
import type { TableKey } from '../../src/schema/schemaTypes';
import { tableSpec } from '../../src/schema/tables';
import { measuredHost } from './fixtures';

export const PAGE = 200;

/** The tables the sidebar reads whole when it opens (it also reads the viewer's notices with a filter). */
export const READ_TABLES: TableKey[] = ['settings', 'departments', 'members', 'tasks'];
/** The naive baseline has no filter: it reads the Notifications table whole too. */
export const NAIVE_TABLES: TableKey[] = [...READ_TABLES, 'notifications'];

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

export interface FloorPart {
  what: string;
  calls: number;
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

export const pages = (records: number) => Math.max(1, Math.ceil(records / PAGE));

function tableOf(state: LocalState, key: TableKey) {
  const { names } = tableSpec(key);
  const table = state.tables.find((t) => t.name === names.zh || t.name === names.en);
  if (!table) throw new Error(`fixture has no ${key} table`);
  return table;
}

/**
 * The fewest calls that give openSession what it uses: the bridge context (getUserId, getLanguage,
 * getTheme), the Settings-table hint (bridge getData), one getTableMetaList, one getFieldMetaList per table
 * (the schema is resolved and health-checked over the whole Base), ⌈n/200⌉ getRecordsByPage per table it
 * reads rows from (at least one, even when empty), ⌈k/200⌉ filtered pages for the viewer's k notices, and
 * one getPermission.
 */
export function openSidebarFloor(state: LocalState, viewerNotices: number): FloorPart[] {
  return [
    { what: 'bridge getUserId + getLanguage + getTheme', calls: 3 },
    { what: 'bridge getData (Settings table hint)', calls: 1 },
    { what: 'getPermission', calls: 1 },
    { what: 'getTableMetaList', calls: 1 },
    { what: `getFieldMetaList × ${state.tables.length} tables`, calls: state.tables.length },
    ...READ_TABLES.map((key) => {
      const n = tableOf(state, key).records.length;
      return { what: `getRecordsByPage ${key}: ⌈${n}/${PAGE}⌉`, calls: pages(n) };
    }),
    {
      what: `getRecordsByPage notifications where recipient = viewer: ⌈${viewerNotices}/${PAGE}⌉`,
      calls: pages(viewerNotices),
    },
  ];
}

export interface OpenSidebarResult {
  m: Measurement;
  floor: FloorPart[];
  floorCalls: number;
  sessionKind: string;
  tasksLoaded: number;
}

export async function openSidebar(state: LocalState): Promise<OpenSidebarResult> {
  const local = measuredHost(state);
  const { result: session, m } = await measure(local, (host) => openSession(host));
  if (session.kind !== 'ready')
    throw new Error(`open sidebar: expected a ready session, got ${session.kind}`);
  const floor = openSidebarFloor(state, session.notices.length);
  return {
    m,
    floor,
    floorCalls: floor.reduce((sum, p) => sum + p.calls, 0),
    sessionKind: session.kind,
    tasksLoaded: session.data.tasks.length,
  };
}

/** What many published plugins do: record ids page by page, then every cell with its own awaited call. */
async function naiveRead(table: BaseTable): Promise<Record<string, unknown>[]> {
  const fields = await table.getFieldMetaList();
  const ids: string[] = [];
  let pageToken: number | undefined;
  do {
    const page = await table.getRecordIdListByPage({ pageSize: PAGE, pageToken });
    ids.push(...page.recordIds);
    pageToken = page.hasMore ? page.pageToken : undefined;
  } while (pageToken !== undefined);
  const rows: Record<string, unknown>[] = [];
  for (const recordId of ids) {
    const row: Record<string, unknown> = { recordId };
    for (const field of fields) row[field.id] = await table.getCellValue(field.id, recordId);
    rows.push(row);
  }
  return rows;
}

export interface NaiveResult {
  m: Measurement;
  tables: TableKey[];
  cells: number;
}

/**
 * The naive "open sidebar": the same bridge, hint, permission and table-list calls, one after another, then
 * naiveRead of each table in `tables` (default: every table the sidebar reads rows from, Notifications whole).
 */
export async function naiveOpenSidebar(
  state: LocalState,
  tables: TableKey[] = NAIVE_TABLES,
): Promise<NaiveResult> {
  const local = measuredHost(state);
  let cells = 0;
  const { m } = await measure(local, async (host) => {
    await host.bridge.getUserId();
    await host.bridge.getLanguage();
    await host.bridge.getTheme();
    await host.bridge.getData(SETTINGS_TABLE_HINT);
    const metas = await host.base.getTableMetaList();
    for (const key of tables) {
      const { names } = tableSpec(key);
      const meta = metas.find((t) => t.name === names.zh || t.name === names.en);
      if (!meta) throw new Error(`naive: no ${key} table`);
      const rows = await naiveRead(await host.base.getTableById(meta.id));
      cells += rows.reduce((sum, row) => sum + Object.keys(row).length - 1, 0);
    }
    await host.base.getPermission({ entity: 'Base', type: 'editable' });
  });
  return { m, tables, cells };
}
