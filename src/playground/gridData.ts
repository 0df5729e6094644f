/**
 * What the page's grid asks the worker for: the Base's outline (tables, fields, views, record counts, the
 * session) and a window of rows as the grid shows them. The page never holds the whole Base: at 20,000 tasks
 * only the rows in view cross.
 */
import type { FieldMeta, ViewMeta } from '../port/bitableBase';
import type { LocalSession, LocalState, LocalUser } from '../local/localState';
import { cellText } from './cellText';

export interface GridTable {
  id: string;
  name: string;
  fields: FieldMeta[];
  views: ViewMeta[];
  count: number;
}

export interface BaseOutline {
  baseName: string;
  session: LocalSession;
  users: Pick<LocalUser, 'id' | 'name'>[];
  tables: GridTable[];
}

export interface GridRow {
  recordId: string;
  /** The raw cells, for an editor's starting value and a checkbox's toggle. */
  cells: Record<string, unknown>;
  /** Each cell as the grid shows it, by field id. */
  texts: Record<string, string>;
}

/** Most rows one request may ask for: a window, never the table. */
export const MAX_ROWS = 1000;

export function baseOutline(state: LocalState): BaseOutline {
  return {
    baseName: state.baseName,
    session: state.session,
    users: state.users.map((u) => ({ id: u.id, name: u.name })),
    tables: state.tables.map((t) => ({
      id: t.id,
      name: t.name,
      fields: t.fields,
      views: t.views,
      count: t.records.length,
    })),
  };
}

/** Rows `from` .. `from + count` of a table (fewer at its end), in the table's order. */
export function gridRows(state: LocalState, tableId: string, from: number, count: number): GridRow[] {
  const table = state.tables.find((t) => t.id === tableId);
  if (!table) throw new Error(`no table ${tableId} in the local Base`);
  if (!Number.isInteger(from) || from < 0 || !Number.isInteger(count) || count < 0 || count > MAX_ROWS)
    throw new Error(`rows: from must be a whole number ≥ 0 and count one of 0..${MAX_ROWS}`);
  return table.records.slice(from, from + count).map((r) => ({
    recordId: r.recordId,
    cells: r.fields,
    texts: Object.fromEntries(table.fields.map((f) => [f.id, cellText(state, f, r.fields[f.id])])),
  }));
}
