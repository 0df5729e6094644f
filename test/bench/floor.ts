/**
 * Floors: the calls a screen cannot do without, and the round trips they take. Each part of a floor names
 * the parts whose answers its calls need (a table id, a field id for a filter, ids of records just added).
 * Two round-trip floors follow from the same calls:
 * - protocol: today's SDK, where the pages of one whole-table read are chained (each needs the previous
 *   page's token), so a table of N records takes ⌈N/200⌉ round trips one after another;
 * - physical: every call issued as soon as what it needs has arrived, pages included (as if addressed by
 *   position), so all calls made at once share one round trip (the runtime's 5 ms coalescing window).
 */
import type { LocalState } from '../../src/local/localState';
import type { TableKey } from '../../src/schema/schemaTypes';
import { tableSpec } from '../../src/schema/tables';

export const PAGE = 200;

export interface FloorPart {
  what: string;
  calls: number;
  /** Names this part for the parts that need its answers. */
  id?: string;
  /** The parts whose answers this part's calls need. */
  after?: string[];
  /** Pages of one read: under the protocol each page needs the previous page's token. */
  chained?: boolean;
}

export interface Floor {
  parts: FloorPart[];
  calls: number;
  /** Round trips when pages are chained, as the SDK's page tokens require. */
  protocolRoundTrips: number;
  /** Round trips when every call goes as soon as what it needs is known. */
  physicalRoundTrips: number;
}

export const pages = (records: number) => Math.max(1, Math.ceil(records / PAGE));

/** The round trip in which `part`'s last call comes back, by the depth of what it waits for. */
function finish(parts: FloorPart[], part: FloorPart, chainedPages: boolean, seen: string[] = []): number {
  const before = (part.after ?? []).map((id) => {
    const dep = parts.find((p) => p.id === id);
    if (!dep || seen.includes(id)) throw new Error(`floor: bad dependency ${id}`);
    return finish(parts, dep, chainedPages, [...seen, id]);
  });
  const own = part.calls === 0 ? 0 : chainedPages && part.chained ? part.calls : 1;
  return Math.max(0, ...before) + own;
}

export function floorOf(parts: FloorPart[]): Floor {
  const most = (chained: boolean) => Math.max(0, ...parts.map((p) => finish(parts, p, chained)));
  return {
    parts,
    calls: parts.reduce((sum, p) => sum + p.calls, 0),
    protocolRoundTrips: most(true),
    physicalRoundTrips: most(false),
  };
}

/** The tables the sidebar reads whole when it opens (it also reads the viewer's notices with a filter). */
export const READ_TABLES: TableKey[] = ['settings', 'departments', 'members', 'tasks'];

export function tableOf(state: LocalState, key: TableKey) {
  const { names } = tableSpec(key);
  const table = state.tables.find((t) => t.name === names.zh || t.name === names.en);
  if (!table) throw new Error(`fixture has no ${key} table`);
  return table;
}

/**
 * What the open sidebar shows needs: the bridge context (getUserId, getLanguage, getTheme), the Settings-table
 * hint (bridge getData), one getPermission, one getTableMetaList, one getFieldMetaList per table (the screen
 * reports a damaged schema anywhere in the Base), ⌈n/200⌉ getRecordsByPage per table it shows rows from (at
 * least one, even when empty), and ⌈k/200⌉ pages of the viewer's k notices, filtered by the recipient field
 * (so after that table's fields and the viewer's id).
 */
export function openSidebarFloor(state: LocalState, viewerNotices: number): Floor {
  return floorOf([
    { what: 'bridge getUserId + getLanguage + getTheme', calls: 3, id: 'context' },
    { what: 'bridge getData (Settings table hint)', calls: 1 },
    { what: 'getPermission', calls: 1 },
    { what: 'getTableMetaList', calls: 1, id: 'tables' },
    {
      what: `getFieldMetaList × ${state.tables.length} tables`,
      calls: state.tables.length,
      id: 'fields',
      after: ['tables'],
    },
    ...READ_TABLES.map((key) => {
      const n = tableOf(state, key).records.length;
      return {
        what: `getRecordsByPage ${key}: ⌈${n}/${PAGE}⌉`,
        calls: pages(n),
        after: ['tables'],
        chained: true,
      };
    }),
    {
      what: `getRecordsByPage notifications where recipient = viewer: ⌈${viewerNotices}/${PAGE}⌉`,
      calls: pages(viewerNotices),
      after: ['fields', 'context'],
      chained: true,
    },
  ]);
}

/** "3 + 1 + … = 40 calls; 3 round trips physical, 102 protocol", then one line per part. */
export function floorLines(floor: Floor): string[] {
  return [
    `floor = ${floor.parts.map((p) => p.calls).join(' + ')} = ${floor.calls.toLocaleString('en-US')} calls; ` +
      `round trips: ${floor.physicalRoundTrips} physical (all independent calls at once), ` +
      `${floor.protocolRoundTrips} protocol (pages chained by their tokens):`,
    ...floor.parts.map(
      (p) =>
        `  ${String(p.calls).padStart(5)}  ${p.what}` +
        (p.after ? ` [after ${p.after.join(', ')}]` : '') +
        (p.id ? ` (${p.id})` : ''),
    ),
  ];
}
