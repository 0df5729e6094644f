/**
 * What a careful plugin would read to open: the context, hint and table list one after another; for each
 * table the sidebar reads, its fields then its pages of 200, each awaited before the next; the viewer's
 * notices with a filter; then getPermission. Shared by the modelled bench and the browser bench, so it
 * imports nothing that needs Node.
 */
import type { BaseTable, BitableHost, RecordFilter } from '../../src/port/bitableBase';
import { SETTINGS_TABLE_HINT } from '../../src/schema/installMap';
import type { TableKey } from '../../src/schema/schemaTypes';
import { tableSpec } from '../../src/schema/tables';
import { PAGE, READ_TABLES } from './floor';

/** Every page of `table` (with `filter`), one awaited call after another; the number of records read. */
export async function pagedRead(table: BaseTable, filter?: RecordFilter): Promise<number> {
  let records = 0;
  let pageToken: number | undefined;
  do {
    const page = await table.getRecordsByPage({ pageSize: PAGE, pageToken, filter });
    records += page.records.length;
    pageToken = page.hasMore ? page.pageToken : undefined;
  } while (pageToken !== undefined);
  return records;
}

export async function tableByKey(host: BitableHost, key: TableKey, metas: { id: string; name: string }[]) {
  const { names } = tableSpec(key);
  const meta = metas.find((t) => t.name === names.zh || t.name === names.en);
  if (!meta) throw new Error(`baseline: no ${key} table`);
  return host.base.getTableById(meta.id);
}

/** The context, hint and table list one after another, as both baselines start. */
export async function preamble(host: BitableHost) {
  const userId = await host.bridge.getUserId();
  await host.bridge.getLanguage();
  await host.bridge.getTheme();
  await host.bridge.getData(SETTINGS_TABLE_HINT);
  return { userId, metas: await host.base.getTableMetaList() };
}

/** The paged open, start to end; the number of records read. */
export async function pagedOpen(host: BitableHost): Promise<number> {
  let read = 0;
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
  const filter = { conjunction: 'and', conditions: [{ fieldId: field.id, operator: 'is', value: [userId] }] };
  read += await pagedRead(notices, filter as RecordFilter);
  await host.base.getPermission({ entity: 'Base', type: 'editable' });
  return read;
}
