/**
 * The behaviour of the js-sdk that every implementation of the port must share, checked through the port
 * only (no control surface), so the same suite can run against the local Base and the real `bitable`.
 * Each test creates its own uniquely named table; nothing is deleted, so a real Base keeps them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  FieldType,
  type BaseTable,
  type BitableHost,
  type FieldConfig,
  type RecordValue,
  type SelectOption,
} from '../../src/port/bitableBase';
import type { CellValue, LinkValue, Segment } from '../../src/port/cellValues';
import { HostErrorCode } from '../../src/port/hostErrors';

const LIMIT = { code: HostErrorCode.RecordLimitExceeded };
const NAME: FieldConfig = { type: FieldType.Text, name: 'Name' };
const COUNT: FieldConfig = { type: FieldType.Number, name: 'Count' };
let serial = 0;
const uniqueName = (what: string) => `contract ${what} ${Date.now().toString(36)}-${++serial}`;
const text = (t: string): Segment[] => [{ type: 'text', text: t }];
const plain = (cell: CellValue | undefined) =>
  Array.isArray(cell) ? cell.map((s) => (s as { text?: string }).text ?? '').join('') : '';
const named = (fieldId: string, count: number, prefix = 'r'): RecordValue[] =>
  Array.from({ length: count }, (_, i) => ({ fields: { [fieldId]: text(`${prefix}${i}`) } }));
const options = (property: unknown) => (property as { options: SelectOption[] }).options;
const select = (type: number, name: string, ...names: string[]): FieldConfig => ({
  type,
  name,
  property: { options: names.map((n) => ({ name: n })) },
});
const linkTo = (tableId: string, recordIds: string[]): LinkValue => ({
  text: '',
  type: 'text',
  recordIds,
  tableId,
  record_ids: recordIds,
  table_id: tableId,
});
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `read` gives a value: events arrive asynchronously on every host. */
async function waitFor<T>(read: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for an event');
    await pause(5);
  }
}

async function addMany(table: BaseTable, records: RecordValue[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < records.length; i += 200)
    ids.push(...(await table.addRecords(records.slice(i, i + 200))));
  return ids;
}

async function totalOf(table: BaseTable): Promise<number> {
  return (await table.getRecordIdListByPage({ pageSize: 200 })).total;
}

/** Hosts may ignore addTable's fields and create one blank text column: name it, add the rest. */
async function completeFields(table: BaseTable, fields: FieldConfig[]): Promise<void> {
  const metas = await table.getFieldMetaList();
  const [first, ...rest] = fields;
  const primary = metas.find((m) => m.isPrimary);
  if (first?.name && primary && primary.name !== first.name)
    await table.setField(primary.id, { name: first.name });
  for (const field of rest) if (!metas.some((m) => m.name === field.name)) await table.addField(field);
}

export interface PortContractOptions {
  /** Points this host leaves out, by test name (the `it.each` template for a table), each with its reason. */
  skip?: Record<string, string>;
  /** Creates a test table with its fields when the host installs nothing, as the sidebar would have. */
  addTable?: (name: string, fields: FieldConfig[]) => Promise<string>;
}

export function describePortContract(
  name: string,
  makeHost: () => Promise<BitableHost> | BitableHost,
  contract: PortContractOptions = {},
): void {
  const skipped = (title: string) => contract.skip?.[title];
  /** `it`, or `it.skip` with the reason in its name for a point this host leaves out. */
  const point = (title: string, fn: () => Promise<void>) => {
    const reason = skipped(title);
    if (reason) it.skip(`${title} (not here: ${reason})`, fn);
    else it(title, fn);
  };
  const points = <T extends unknown[]>(cases: T[], title: string, fn: (...args: T) => Promise<void>) => {
    const reason = skipped(title);
    if (reason) it.skip.each(cases)(`${title} (not here: ${reason})`, fn);
    else it.each(cases)(title, fn);
  };

  describe(`port contract: ${name}`, { timeout: 30_000 }, () => {
    let host: BitableHost;
    beforeEach(async () => {
      host = await makeHost();
    });

    /** A fresh table with the given fields; `id(name)` finds a field id by its name. */
    async function newTable(fields: FieldConfig[]) {
      const tableName = uniqueName('table');
      const tableId = contract.addTable
        ? await contract.addTable(tableName, fields)
        : (await host.base.addTable({ name: tableName, fields })).tableId;
      const table = await host.base.getTableById(tableId);
      if (!contract.addTable) await completeFields(table, fields);
      const metas = await table.getFieldMetaList();
      const id = (fieldName: string) => {
        const meta = metas.find((f) => f.name === fieldName);
        if (!meta) throw new Error(`no field named ${fieldName}`);
        return meta.id;
      };
      return { tableId, tableName, table, metas, id };
    }

    describe('tables and fields', () => {
      point(
        'addTable creates a table that getTableMetaList lists, with its fields in order, the first primary',
        async () => {
          const { tableId, tableName, table, metas } = await newTable([NAME, COUNT]);
          expect((await host.base.getTableMetaList()).find((t) => t.id === tableId)?.name).toBe(tableName);
          expect(await table.getName()).toBe(tableName);
          expect(metas.map((f) => [f.name, f.type, f.isPrimary])).toEqual([
            ['Name', FieldType.Text, true],
            ['Count', FieldType.Number, false],
          ]);
        },
      );

      point('addField and setField keep the field id and the ids of existing options', async () => {
        const { table } = await newTable([NAME]);
        const fieldId = await table.addField(select(FieldType.SingleSelect, 'Stage', 'A', 'B'));
        const added = (await table.getFieldMetaList()).find((f) => f.id === fieldId)!;
        const [a, b] = options(added.property);
        expect([added.type, added.name, a?.name, b?.name]).toEqual([
          FieldType.SingleSelect,
          'Stage',
          'A',
          'B',
        ]);

        const returned = await table.setField(fieldId, {
          name: 'Phase',
          property: { options: [{ ...a!, name: 'A2' }, b, { name: 'C' }] },
        });
        const changed = (await table.getFieldMetaList()).find((f) => f.id === fieldId)!;
        expect(returned).toBe(fieldId);
        expect(changed.name).toBe('Phase');
        const [a2, b2, c] = options(changed.property);
        expect([a2, b2].map((o) => [o?.id, o?.name])).toEqual([
          [a!.id, 'A2'],
          [b!.id, 'B'],
        ]);
        expect(c?.name).toBe('C');
      });

      point("a select cell reads its option's current name after the option is renamed", async () => {
        const { table, id } = await newTable([NAME, select(FieldType.SingleSelect, 'Stage', 'A')]);
        const stage = (await table.getFieldMetaList()).find((f) => f.id === id('Stage'))!;
        const [a] = options(stage.property);
        const [recordId] = await table.addRecords([{ fields: { [id('Stage')]: { id: a!.id, text: 'A' } } }]);
        await table.setField(id('Stage'), { property: { options: [{ ...a!, name: 'Renamed' }] } });
        expect(await table.getCellValue(id('Stage'), recordId!)).toEqual({ id: a!.id, text: 'Renamed' });
      });
    });

    describe('[H1] limits and paging', () => {
      point('[H1] pages 450 records by 200 with numeric page tokens, total and hasMore', async () => {
        const { table, id } = await newTable([NAME]);
        await addMany(table, named(id('Name'), 450));
        const first = await table.getRecordsByPage({ pageSize: 200 });
        expect(typeof first.pageToken).toBe('number');
        const second = await table.getRecordsByPage({ pageSize: 200, pageToken: first.pageToken });
        expect(typeof second.pageToken).toBe('number');
        const third = await table.getRecordsByPage({ pageSize: 200, pageToken: second.pageToken });
        const pages = [first, second, third];
        expect(pages.map((p) => [p.records.length, p.total, p.hasMore])).toEqual([
          [200, 450, true],
          [200, 450, true],
          [50, 450, false],
        ]);
        const names = pages.flatMap((p) => p.records.map((r) => plain(r.fields[id('Name')])));
        expect(new Set(names)).toEqual(
          new Set(named(id('Name'), 450).map((r) => plain(r.fields[id('Name')]))),
        );
        const ids = await table.getRecordIdListByPage({ pageSize: 200 });
        expect([ids.recordIds.length, ids.total, ids.hasMore, typeof ids.pageToken]).toEqual([
          200,
          450,
          true,
          'number',
        ]);
      });

      point('[H1] getRecordsByPage rejects a page size over 200', async () => {
        const { table } = await newTable([NAME]);
        await expect(table.getRecordsByPage({ pageSize: 201 })).rejects.toMatchObject(LIMIT);
      });

      point('[H1] getRecordsByIds takes 1000 ids, in order, and rejects 1001', async () => {
        const { table, id } = await newTable([NAME]);
        const ids = await addMany(table, named(id('Name'), 1000));
        const values = await table.getRecordsByIds(ids);
        expect(values.map((v) => plain(v.fields[id('Name')]))).toEqual(ids.map((_, i) => `r${i}`));
        await expect(table.getRecordsByIds([...ids, ids[0]!])).rejects.toMatchObject(LIMIT);
      });

      point('[H1] addRecords of 201 fails with 10214001 and writes nothing', async () => {
        const { table, id } = await newTable([NAME]);
        await expect(table.addRecords(named(id('Name'), 201))).rejects.toMatchObject(LIMIT);
        expect(await totalOf(table)).toBe(0);
      });

      point('[H1] setRecords of 201 fails with 10214001 and changes nothing', async () => {
        const { table, id } = await newTable([NAME]);
        const ids = await addMany(table, named(id('Name'), 201));
        const updates = ids.map((recordId) => ({ recordId, fields: { [id('Name')]: text('changed') } }));
        await expect(table.setRecords(updates)).rejects.toMatchObject(LIMIT);
        const values = [...(await table.getRecordsByIds(ids))].map((v) => plain(v.fields[id('Name')]));
        expect(values.filter((v) => v === 'changed')).toEqual([]);
      });

      point('[H1] deleteRecords of 201 fails with 10214001 and deletes nothing', async () => {
        const { table, id } = await newTable([NAME]);
        const ids = await addMany(table, named(id('Name'), 201));
        await expect(table.deleteRecords(ids)).rejects.toMatchObject(LIMIT);
        expect(await totalOf(table)).toBe(201);
      });
    });

    describe('cell shapes', () => {
      const allTypes: FieldConfig[] = [
        NAME,
        COUNT,
        select(FieldType.SingleSelect, 'Stage', 'A', 'B'),
        select(FieldType.MultiSelect, 'Tags', 'x', 'y'),
        { type: FieldType.DateTime, name: 'Due' },
        { type: FieldType.Checkbox, name: 'Done' },
        { type: FieldType.User, name: 'Owner' },
      ];

      point('text segments, number, selects, date and checkbox come back as written', async () => {
        const { table, metas, id } = await newTable(allTypes);
        const [, b] = options(metas.find((f) => f.name === 'Stage')!.property);
        const [x, y] = options(metas.find((f) => f.name === 'Tags')!.property);
        const written = {
          [id('Name')]: text('see docs'),
          [id('Count')]: 3.5,
          [id('Stage')]: { id: b!.id, text: b!.name },
          [id('Tags')]: [x, y].map((o) => ({ id: o!.id, text: o!.name })),
          [id('Due')]: Date.UTC(2024, 0, 15),
          [id('Done')]: true,
        };
        const [recordId] = await table.addRecords([{ fields: written }]);
        const [read] = await table.getRecordsByIds([recordId!]);
        for (const [fieldId, value] of Object.entries(written)) expect(read!.fields[fieldId]).toEqual(value);
        expect(await table.getCellValue(id('Stage'), recordId!)).toEqual({ id: b!.id, text: 'B' });
      });

      point('a text cell keeps its link segments', async () => {
        const { table, id } = await newTable([NAME]);
        const segments = [
          ...text('see '),
          { type: 'url' as const, text: 'docs', link: 'https://example.com/' },
        ];
        const [recordId] = await table.addRecords([{ fields: { [id('Name')]: segments } }]);
        expect(await table.getCellValue(id('Name'), recordId!)).toEqual(segments);
      });

      point('a user cell written as [{id}] comes back with the name', async () => {
        const { table, id } = await newTable(allTypes);
        const userId = await host.bridge.getUserId();
        const [recordId] = await table.addRecords([{ fields: { [id('Owner')]: [{ id: userId }] } }]);
        const [user] = (await table.getCellValue(id('Owner'), recordId!)) as { id: string; name?: string }[];
        expect(user?.id).toBe(userId);
        expect(typeof user?.name === 'string' && user.name.length > 0).toBe(true);
      });

      /** A record linking to the one record of another table, read back: the cell and what it links to. */
      async function readLink() {
        const target = await newTable([NAME]);
        const [targetRecord] = await target.table.addRecords(named(target.id('Name'), 1, 'Target '));
        const link: FieldConfig = {
          type: FieldType.SingleLink,
          name: 'Link',
          property: { tableId: target.tableId },
        };
        // A host that installs nothing gets the link with its table; the others add it as the installer does [S6].
        const { table, id } = await newTable(contract.addTable ? [NAME, link] : [NAME]);
        const linkId = contract.addTable ? id('Link') : await table.addField(link);
        const recordIds = [targetRecord!];
        const [recordId] = await table.addRecords([
          { fields: { [linkId]: linkTo(target.tableId, recordIds) } },
        ]);
        return { cell: await table.getCellValue(linkId, recordId!), recordIds, tableId: target.tableId };
      }

      point('a link cell comes back as {recordIds, tableId}', async () => {
        const { cell, recordIds, tableId } = await readLink();
        expect(cell).toMatchObject({ recordIds, tableId });
      });

      point('a link cell has the target primary text', async () => {
        expect(await readLink()).toMatchObject({ cell: { text: 'Target 0' } });
      });

      points(
        [
          ['Count', 'three'],
          ['Done', 'yes'],
          ['Owner', 'ou_someone'],
        ],
        'a %s cell of the wrong shape (%j) is rejected and nothing is written',
        async (fieldName, value) => {
          const { table, id } = await newTable(allTypes);
          await expect(
            table.addRecords([{ fields: { [id(fieldName)]: value as CellValue } }]),
          ).rejects.toMatchObject({ code: expect.any(Number) }); // a host error with its code, not a crash
          expect(await totalOf(table)).toBe(0);
        },
      );

      point('setRecords changes only the fields given, and null clears a cell', async () => {
        const { table, id } = await newTable(allTypes);
        const [recordId] = await table.addRecords([
          { fields: { [id('Name')]: text('keep'), [id('Count')]: 1 } },
        ]);
        await table.setRecords([{ recordId: recordId!, fields: { [id('Count')]: 2 } }]);
        expect(await table.getCellValue(id('Count'), recordId!)).toBe(2);
        expect(plain(await table.getCellValue(id('Name'), recordId!))).toBe('keep');
        await table.setRecords([{ recordId: recordId!, fields: { [id('Count')]: null } }]);
        expect(await table.getCellValue(id('Count'), recordId!)).toBeNull();
      });

      point("values cross the boundary by copy: the caller's later edits do not reach the Base", async () => {
        const { table, id } = await newTable(allTypes);
        const segments = text('original');
        const [recordId] = await table.addRecords([{ fields: { [id('Name')]: segments } }]);
        segments[0]!.text = 'edited by the caller';
        expect(plain(await table.getCellValue(id('Name'), recordId!))).toBe('original');
      });
    });

    describe('events', () => {
      point('onRecordAdd, onRecordModify({recordId, fieldIds}) and onRecordDelete fire', async () => {
        const { table, id } = await newTable([NAME, COUNT]);
        let added: string[] | undefined, modified: { recordId: string; fieldIds: string[] } | undefined;
        let deleted: string[] | undefined;
        const off = [
          table.onRecordAdd((ev) => (added = [...ev.data])),
          table.onRecordModify((ev) => (modified = ev.data)),
          table.onRecordDelete((ev) => (deleted = [...ev.data])),
        ];
        const [recordId] = await table.addRecords(named(id('Name'), 1));
        expect(await waitFor(() => added)).toEqual([recordId]);
        await table.setRecords([{ recordId: recordId!, fields: { [id('Count')]: 7 } }]);
        const modify = await waitFor(() => modified);
        expect(modify.recordId).toBe(recordId);
        expect(modify.fieldIds).toContain(id('Count'));
        await table.deleteRecords([recordId!]);
        expect(await waitFor(() => deleted)).toEqual([recordId]);
        off.forEach((unsubscribe) => unsubscribe());
      });

      point('onFieldAdd and onFieldModify fire when the structure changes', async () => {
        const { table } = await newTable([NAME]);
        let added: unknown, modified: unknown;
        const off = [table.onFieldAdd((ev) => (added = ev)), table.onFieldModify((ev) => (modified = ev))];
        const fieldId = await table.addField({ type: FieldType.Number, name: 'Extra' });
        expect(await waitFor(() => added)).toBeTruthy();
        await table.setField(fieldId, { name: 'Extra 2' });
        expect(await waitFor(() => modified)).toBeTruthy();
        off.forEach((unsubscribe) => unsubscribe());
      });

      point('an unsubscribed listener hears nothing more', async () => {
        const { table, id } = await newTable([NAME]);
        const heard: string[] = [];
        const off = table.onRecordAdd((ev) => heard.push(ev.data[0]));
        await table.addRecords(named(id('Name'), 1));
        await waitFor(() => (heard.length > 0 ? true : undefined));
        off();
        await table.addRecords(named(id('Name'), 1));
        await pause(100);
        expect(heard).toHaveLength(1);
      });
    });

    describe('bridge', () => {
      point('answers user id, language, theme and environment', async () => {
        const [userId, language, theme, env] = await Promise.all([
          host.bridge.getUserId(),
          host.bridge.getLanguage(),
          host.bridge.getTheme(),
          host.bridge.getEnv(),
        ]);
        expect(userId).toMatch(/\S/);
        expect(language).toMatch(/\S/);
        expect(['LIGHT', 'DARK']).toContain(theme);
        expect(typeof env.product).toBe('string');
      });

      point('setData stores a value that getData returns, by copy', async () => {
        const key = uniqueName('data');
        const value = { a: 1, list: ['x', 'y'] };
        expect(await host.bridge.setData(key, value)).toBe(true);
        value.list.push('changed after setData');
        const read = await host.bridge.getData<typeof value>(key);
        expect(read).toEqual({ a: 1, list: ['x', 'y'] });
        read.list.push('changed after getData');
        expect(await host.bridge.getData(key)).toEqual({ a: 1, list: ['x', 'y'] });
      });
    });
  });
}
