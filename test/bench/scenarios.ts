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

/** The tables the sidebar reads rows from when it opens. */
export const READ_TABLES: TableKey[] = ['settings', 'departments', 'members', 'tasks'];

export interface Measurement {
  calls: number;
  byMethod: Record<string, number>;
  roundTrips: number;
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

/** Times the local Base's work inside each call, so it can be told apart from Baton's. */
function timeHostWork(local: LocalHost): { ms: number } {
  const counter = { ms: 0 };
  const scheduler = local.scheduler;
  const call = scheduler.call.bind(scheduler);
  scheduler.call = <T>(run: () => T): Promise<T> =>
    call(() => {
      const t0 = performance.now();
      try {
        return run();
      } finally {
        counter.ms += performance.now() - t0;
      }
    });
  return counter;
}

async function measure<T>(
  local: LocalHost,
  run: (host: BitableHost) => Promise<T>,
): Promise<{ result: T; m: Measurement }> {
  local.scheduler.resetCounters();
  local.calls.reset();
  const host = timeHostWork(local);
  const t0 = performance.now();
  const result = await run(local.host);
  const wallMs = performance.now() - t0;
  return {
    result,
    m: {
      calls: local.calls.total,
      byMethod: { ...local.calls.byMethod },
      roundTrips: local.scheduler.roundTrips,
      modelledMs: local.scheduler.modelledMs,
      wallMs,
      hostMs: host.ms,
      computeMs: Math.max(0, wallMs - host.ms),
    },
  };
}

const pages = (records: number) => Math.max(1, Math.ceil(records / PAGE));

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
 * reads rows from (at least one, even when empty), and one getPermission.
 */
export function openSidebarFloor(state: LocalState): FloorPart[] {
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
  const floor = openSidebarFloor(state);
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
 * naiveRead of each table in `tables` (default: every table the sidebar reads rows from).
 */
export async function naiveOpenSidebar(
  state: LocalState,
  tables: TableKey[] = READ_TABLES,
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
