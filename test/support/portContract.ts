/**
 * The behaviour of the js-sdk that every implementation of the port must share, checked through the port
 * only (no control surface), so the same suite can run against the local Base and the real `bitable`.
 * Each test creates its own uniquely named table; nothing is deleted, so a real Base keeps them.
 * Late answers can only be provoked by an emulator: those points run when the subject can cause them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FieldType, type BitableHost, type FieldConfig } from '../../src/port/bitableBase';
import type { CellValue } from '../../src/port/cellValues';
import {
  COUNT,
  LIMIT,
  NAME,
  addMany,
  linkTo,
  named,
  newTable as tableOn,
  options,
  pause,
  plain,
  select,
  text,
  totalOf,
  uniqueName,
  waitFor,
  type ContractSubject,
  type LateAnswers,
} from './contractKit';
import { describeLandingContract } from './portContractLanding';

export type { ContractSubject, LateAnswers } from './contractKit';

export function describePortContract(
  name: string,
  makeSubject: () => Promise<ContractSubject> | ContractSubject,
): void {
  describe(`port contract: ${name}`, { timeout: 30_000 }, () => {
    let host: BitableHost;
    let late: LateAnswers | undefined;
    beforeEach(async () => {
      const subject = await makeSubject();
      [host, late] = 'host' in subject ? [subject.host, subject.late] : [subject, undefined];
    });

    const newTable = (fields: FieldConfig[]) => tableOn(host, fields);

    describe('tables and fields', () => {
      it('addTable creates a table that getTableMetaList lists, with its fields in order, the first primary', async () => {
        const { tableId, tableName, table, metas } = await newTable([NAME, COUNT]);
        expect((await host.base.getTableMetaList()).find((t) => t.id === tableId)?.name).toBe(tableName);
        expect(await table.getName()).toBe(tableName);
        expect(metas.map((f) => [f.name, f.type, f.isPrimary])).toEqual([
          ['Name', FieldType.Text, true],
          ['Count', FieldType.Number, false],
        ]);
      });

      it('addField and setField keep the field id and the ids of existing options', async () => {
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

      it("a select cell reads its option's current name after the option is renamed", async () => {
        const { table, id } = await newTable([NAME, select(FieldType.SingleSelect, 'Stage', 'A')]);
        const stage = (await table.getFieldMetaList()).find((f) => f.id === id('Stage'))!;
        const [a] = options(stage.property);
        const [recordId] = await table.addRecords([{ fields: { [id('Stage')]: { id: a!.id, text: 'A' } } }]);
        await table.setField(id('Stage'), { property: { options: [{ ...a!, name: 'Renamed' }] } });
        expect(await table.getCellValue(id('Stage'), recordId!)).toEqual({ id: a!.id, text: 'Renamed' });
      });
    });

    describe('[H1] limits and paging', () => {
      it('[H1] pages 450 records by 200 with numeric page tokens, total and hasMore', async () => {
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

      it('[H1] getRecordsByPage rejects a page size over 200', async () => {
        const { table } = await newTable([NAME]);
        await expect(table.getRecordsByPage({ pageSize: 201 })).rejects.toMatchObject(LIMIT);
      });

      it('[H1] getRecordsByIds takes 1000 ids, in order, and rejects 1001', async () => {
        const { table, id } = await newTable([NAME]);
        const ids = await addMany(table, named(id('Name'), 1000));
        const values = await table.getRecordsByIds(ids);
        expect(values.map((v) => plain(v.fields[id('Name')]))).toEqual(ids.map((_, i) => `r${i}`));
        await expect(table.getRecordsByIds([...ids, ids[0]!])).rejects.toMatchObject(LIMIT);
      });

      it('[H1] addRecords of 201 fails with 10214001 and writes nothing', async () => {
        const { table, id } = await newTable([NAME]);
        await expect(table.addRecords(named(id('Name'), 201))).rejects.toMatchObject(LIMIT);
        expect(await totalOf(table)).toBe(0);
      });

      it('[H1] setRecords of 201 fails with 10214001 and changes nothing', async () => {
        const { table, id } = await newTable([NAME]);
        const ids = await addMany(table, named(id('Name'), 201));
        const updates = ids.map((recordId) => ({ recordId, fields: { [id('Name')]: text('changed') } }));
        await expect(table.setRecords(updates)).rejects.toMatchObject(LIMIT);
        const values = [...(await table.getRecordsByIds(ids))].map((v) => plain(v.fields[id('Name')]));
        expect(values.filter((v) => v === 'changed')).toEqual([]);
      });

      it('[H1] deleteRecords of 201 fails with 10214001 and deletes nothing', async () => {
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

      it('text segments, number, selects, date and checkbox come back as written', async () => {
        const { table, metas, id } = await newTable(allTypes);
        const [, b] = options(metas.find((f) => f.name === 'Stage')!.property);
        const [x, y] = options(metas.find((f) => f.name === 'Tags')!.property);
        const written = {
          [id('Name')]: [
            ...text('see '),
            { type: 'url' as const, text: 'docs', link: 'https://example.com/' },
          ],
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

      it('a user cell written as [{id}] comes back with the name', async () => {
        const { table, id } = await newTable(allTypes);
        const userId = await host.bridge.getUserId();
        const [recordId] = await table.addRecords([{ fields: { [id('Owner')]: [{ id: userId }] } }]);
        const [user] = (await table.getCellValue(id('Owner'), recordId!)) as { id: string; name?: string }[];
        expect(user?.id).toBe(userId);
        expect(typeof user?.name === 'string' && user.name.length > 0).toBe(true);
      });

      it('a link cell comes back as {recordIds, tableId, text} with the target primary text', async () => {
        const target = await newTable([NAME]);
        const [targetRecord] = await target.table.addRecords(named(target.id('Name'), 1, 'Target '));
        const { table } = await newTable([NAME]);
        const linkId = await table.addField({
          type: FieldType.SingleLink,
          name: 'Link',
          property: { tableId: target.tableId },
        });
        const recordIds = [targetRecord!];
        const [recordId] = await table.addRecords([
          { fields: { [linkId]: linkTo(target.tableId, recordIds) } },
        ]);
        expect(await table.getCellValue(linkId, recordId!)).toMatchObject({
          recordIds,
          tableId: target.tableId,
          text: 'Target 0',
        });
      });

      it.each([
        ['Count', 'three'],
        ['Done', 'yes'],
        ['Owner', 'ou_someone'],
      ])('a %s cell of the wrong shape (%j) is rejected and nothing is written', async (fieldName, value) => {
        const { table, id } = await newTable(allTypes);
        await expect(
          table.addRecords([{ fields: { [id(fieldName)]: value as CellValue } }]),
        ).rejects.toThrow();
        expect(await totalOf(table)).toBe(0);
      });

      it('setRecords changes only the fields given, and null clears a cell', async () => {
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

      it("values cross the boundary by copy: the caller's later edits do not reach the Base", async () => {
        const { table, id } = await newTable(allTypes);
        const segments = text('original');
        const [recordId] = await table.addRecords([{ fields: { [id('Name')]: segments } }]);
        segments[0]!.text = 'edited by the caller';
        expect(plain(await table.getCellValue(id('Name'), recordId!))).toBe('original');
      });
    });

    describe('events', () => {
      it('onRecordAdd, onRecordModify({recordId, fieldIds}) and onRecordDelete fire', async () => {
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

      it('onFieldAdd and onFieldModify fire when the structure changes', async () => {
        const { table } = await newTable([NAME]);
        let added: unknown, modified: unknown;
        const off = [table.onFieldAdd((ev) => (added = ev)), table.onFieldModify((ev) => (modified = ev))];
        const fieldId = await table.addField({ type: FieldType.Number, name: 'Extra' });
        expect(await waitFor(() => added)).toBeTruthy();
        await table.setField(fieldId, { name: 'Extra 2' });
        expect(await waitFor(() => modified)).toBeTruthy();
        off.forEach((unsubscribe) => unsubscribe());
      });

      it('an unsubscribed listener hears nothing more', async () => {
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

    describeLandingContract(() => ({ host, late }));

    describe('bridge', () => {
      it('answers user id, language, theme and environment', async () => {
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

      it('setData stores a value that getData returns, by copy', async () => {
        const key = uniqueName('data');
        const value = { a: 1, list: ['x', 'y'] };
        expect(await host.bridge.setData(key, value)).toBe(true);
        value.list.push('changed after setData');
        const read = await host.bridge.getData<typeof value>(key);
        expect(read).toEqual({ a: 1, list: ['x', 'y'] });
        read?.list.push('changed after getData');
        expect(await host.bridge.getData(key)).toEqual({ a: 1, list: ['x', 'y'] });
      });
    });
  });
}
