/**
 * The two baselines of the read scenarios, measured on a copy of the same Base in the same run:
 * - per-cell: record ids page by page, then one awaited getCellValue per cell. It models the loop the Base JS
 *   SDK's own reference shows for its record module (walk every record, await a read of each cell; the
 *   reference itself warns that this performs poorly) and its cell-reading samples (the record id list,
 *   then a cell read by field id and record id). It stands for code written from those samples; it is not a
 *   survey of published plugins.
 * - paged: what a careful plugin would write: getRecordsByPage 200 records a call, one table after another,
 *   each page awaited before the next, the viewer's notices read with a filter, every call awaited in turn.
 */
import type { LocalState } from '../../src/local/localState';
import type { BaseTable } from '../../src/port/bitableBase';
import type { TableKey } from '../../src/schema/schemaTypes';
import { measuredHost } from './fixtures';
import { PAGE, READ_TABLES } from './floor';
import { pagedOpen, preamble, tableByKey } from './pagedOpen';
import { measure, type Measurement } from './scenarios';

/** The per-cell baseline has no filter: it reads the Notifications table whole too. */
export const NAIVE_TABLES: TableKey[] = [...READ_TABLES, 'notifications'];

async function naiveRead(table: BaseTable): Promise<number> {
  const fields = await table.getFieldMetaList();
  const ids: string[] = [];
  let pageToken: number | undefined;
  do {
    const page = await table.getRecordIdListByPage({ pageSize: PAGE, pageToken });
    ids.push(...page.recordIds);
    pageToken = page.hasMore ? page.pageToken : undefined;
  } while (pageToken !== undefined);
  let cells = 0;
  for (const recordId of ids)
    for (const field of fields) {
      await table.getCellValue(field.id, recordId);
      cells += 1;
    }
  return cells;
}

export interface BaselineResult {
  m: Measurement;
  tables: TableKey[];
  /** Cells read (per-cell) or records read (paged). */
  read: number;
}

/** The per-cell "open sidebar": the preamble, naiveRead of each table in `tables`, then getPermission. */
export async function naiveOpenSidebar(
  state: LocalState,
  tables: TableKey[] = NAIVE_TABLES,
): Promise<BaselineResult> {
  let read = 0;
  const { m } = await measure(measuredHost(state), async (host) => {
    const { metas } = await preamble(host);
    for (const key of tables) read += await naiveRead(await tableByKey(host, key, metas));
    await host.base.getPermission({ entity: 'Base', type: 'editable' });
  });
  return { m, tables, read };
}

/**
 * The paged "open sidebar": the preamble; for each table the sidebar reads, its fields then its pages; the
 * Notifications fields, then the pages where the recipient is the viewer; then getPermission.
 */
export async function pagedOpenSidebar(state: LocalState): Promise<BaselineResult> {
  let read = 0;
  const { m } = await measure(measuredHost(state), async (host) => {
    read = await pagedOpen(host);
  });
  return { m, tables: [...READ_TABLES, 'notifications'], read };
}
