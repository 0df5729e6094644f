import { describe, expect, it } from 'vitest';
import { FieldType, type BaseTable } from '../port/bitableBase';
import { LocalHost } from './localHost';
import { emptyState } from './localState';
import { pageOf } from './pageRead';

const text = (t: string) => [{ type: 'text' as const, text: t }];

/** A table whose records link to others of the same table, as tasks link to their parent. */
async function linkedTable() {
  const local = new LocalHost({ state: emptyState([{ id: 'ou_ada', name: 'Ada' }]) });
  const { tableId } = await local.host.base.addTable({
    name: 'Tasks',
    fields: [{ type: FieldType.Text, name: 'Title' }],
  });
  const table = await local.host.base.getTableById(tableId);
  const parent = await table.addField({ type: FieldType.SingleLink, name: 'Parent', property: { tableId } });
  const [title] = (await table.getFieldMetaList()).map((f) => f.id);
  return { table, tableId, title: title!, parent };
}

const linkOf = async (table: BaseTable, parent: string, recordId: string) =>
  (await table.getRecordsByPage({ pageSize: 200 })).records.find((r) => r.recordId === recordId)?.fields[
    parent
  ];

describe('links read through the record lookup', () => {
  it('follow records added and deleted between reads', async () => {
    const { table, tableId, title, parent } = await linkedTable();
    const [a] = await table.addRecords([{ fields: { [title]: text('A') } }]);
    const [child] = await table.addRecords([
      { fields: { [title]: text('child'), [parent]: { recordIds: [a!], tableId } } },
    ]);
    expect(await linkOf(table, parent, child!)).toMatchObject({ text: 'A' }); // indexes the table as it is now
    const [b] = await table.addRecords([{ fields: { [title]: text('B') } }]);
    await table.setRecords([{ recordId: child!, fields: { [parent]: { recordIds: [a!, b!], tableId } } }]);
    expect(await linkOf(table, parent, child!)).toMatchObject({ text: 'A,B', recordIds: [a, b] });
    await table.deleteRecords([a!]);
    expect(await linkOf(table, parent, child!)).toMatchObject({ text: 'B', recordIds: [b] });
  });

  it('show a renamed target by its new primary text', async () => {
    const { table, tableId, title, parent } = await linkedTable();
    const [a] = await table.addRecords([{ fields: { [title]: text('A') } }]);
    const [child] = await table.addRecords([
      { fields: { [title]: text('c'), [parent]: { recordIds: [a!], tableId } } },
    ]);
    await table.getRecordsByPage({ pageSize: 200 });
    await table.setRecords([{ recordId: a!, fields: { [title]: text('A2') } }]);
    expect(await linkOf(table, parent, child!)).toMatchObject({ text: 'A2' });
  });
});

describe('pageOf', () => {
  const rows = Array.from({ length: 450 }, (_, i) => i);

  it('takes the page at the token and hands the next offset while more remain', () => {
    expect(pageOf({ pageSize: 200, pageToken: 200 }, rows)).toMatchObject({
      total: 450,
      hasMore: true,
      pageToken: 400,
      rows: rows.slice(200, 400),
    });
    const last = pageOf({ pageSize: 200, pageToken: 400 }, rows);
    expect(last).toMatchObject({ hasMore: false, rows: rows.slice(400) });
    expect(last).not.toHaveProperty('pageToken');
  });

  it('refuses a page larger than the SDK allows', () => {
    expect(() => pageOf({ pageSize: 201 }, rows)).toThrow('exceeds records limit');
  });
});
