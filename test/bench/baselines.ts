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
import type { BaseTable, BitableHost, RecordFilter } from '../../src/port/bitableBase';
import { SETTINGS_TABLE_HINT } from '../../src/schema/installMap';
import type { TableKey } from '../../src/schema/schemaTypes';
import { tableSpec } from '../../src/schema/tables';
import { measuredHost } from './fixtures';
import { PAGE, READ_TABLES } from './floor';
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

/** Every page of `table` (with `filter`), one awaited call after another; the number of records read. */
async function pagedRead(table: BaseTable, filter?: RecordFilter): Promise<number> {
  let records = 0;
  let pageToken: number | undefined;
  do {
    const page = await table.getRecordsByPage({ pageSize: PAGE, pageToken, filter });
    records += page.records.length;
    pageToken = page.hasMore ? page.pageToken : undefined;
  } while (pageToken !== undefined);
  return records;
}

async function tableByKey(host: BitableHost, key: TableKey, metas: { id: string; name: string }[]) {
  const { names } = tableSpec(key);
  const meta = metas.find((t) => t.name === names.zh || t.name === names.en);
  if (!meta) throw new Error(`baseline: no ${key} table`);
  return host.base.getTableById(meta.id);
}

export interface BaselineResult {
  m: Measurement;
  tables: TableKey[];
  /** Cells read (per-cell) or records read (paged). */
  read: number;
}

/** The context, hint and table list one after another, as both baselines start. */
async function preamble(host: BitableHost) {
  const userId = await host.bridge.getUserId();
  await host.bridge.getLanguage();
  await host.bridge.getTheme();
  await host.bridge.getData(SETTINGS_TABLE_HINT);
  return { userId, metas: await host.base.getTableMetaList() };
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
    const { userId, metas } = await preamble(host);
    for (const key of READ_TABLES) {
      const table = await tableByKey(host, key, metas);
      await table.getFieldMetaList();
      read += await pagedRead(table);
    }
    const notices = await tableByKey(host, 'notifications', metas);
    const recipient = tableSpec('notifications').fields.find((f) => f.key === 'recipient')!.names;
    const field = (await notices.getFieldMetaList()).find(
      (f) => f.name === recipient.zh || f.name === recipient.en,
    );
    if (!field) throw new Error('baseline: no recipient field');
    const filter = {
      conjunction: 'and',
      conditions: [{ fieldId: field.id, operator: 'is', value: [userId] }],
    };
    read += await pagedRead(notices, filter);
    await host.base.getPermission({ entity: 'Base', type: 'editable' });
  });
  return { m, tables: [...READ_TABLES, 'notifications'], read };
}
