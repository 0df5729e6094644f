/** The port contract on cells, events and the bridge: see portContract.ts. */
import { describe, expect } from 'vitest';
import { FieldType, type FieldConfig } from '../../src/port/bitableBase';
import type { CellValue } from '../../src/port/cellValues';
import {
  COUNT,
  linkTo,
  NAME,
  named,
  options,
  pause,
  plain,
  select,
  text,
  totalOf,
  uniqueName,
  waitFor,
  type ContractScope,
} from './portContractKit';

export function describeCellsEventsBridge(scope: ContractScope): void {
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

    scope.point('text segments, number, selects, date and checkbox come back as written', async () => {
      const { table, metas, id } = await scope.newTable(allTypes);
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

    scope.point('a text cell keeps its link segments', async () => {
      const { table, id } = await scope.newTable([NAME]);
      const segments = [
        ...text('see '),
        { type: 'url' as const, text: 'docs', link: 'https://example.com/' },
      ];
      const [recordId] = await table.addRecords([{ fields: { [id('Name')]: segments } }]);
      expect(await table.getCellValue(id('Name'), recordId!)).toEqual(segments);
    });

    scope.point('a user cell written as [{id}] comes back with the name', async () => {
      const { table, id } = await scope.newTable([...allTypes, { type: FieldType.CreatedUser, name: 'By' }]);
      // The adding user's User-cell id, as the Base stamps it: bridge ids need not be User-cell ids.
      const [stamped] = await table.addRecords([{ fields: {} }]);
      const [by] = (await table.getCellValue(id('By'), stamped!)) as { id: string }[];
      const userId = by!.id;
      const [recordId] = await table.addRecords([{ fields: { [id('Owner')]: [{ id: userId }] } }]);
      const [user] = (await table.getCellValue(id('Owner'), recordId!)) as { id: string; name?: string }[];
      expect(user?.id).toBe(userId);
      expect(typeof user?.name === 'string' && user.name.length > 0).toBe(true);
    });

    /** A record linking to the one record of another table, read back: the cell and what it links to. */
    async function readLink() {
      const target = await scope.newTable([NAME]);
      const [targetRecord] = await target.table.addRecords(named(target.id('Name'), 1, 'Target '));
      const link: FieldConfig = {
        type: FieldType.SingleLink,
        name: 'Link',
        property: { tableId: target.tableId },
      };
      // A host that installs nothing gets the link with its table; the others add it as the installer does [S6].
      const { table, id } = await scope.newTable(scope.installsNothing ? [NAME, link] : [NAME]);
      const linkId = scope.installsNothing ? id('Link') : await table.addField(link);
      const recordIds = [targetRecord!];
      const [recordId] = await table.addRecords([
        { fields: { [linkId]: linkTo(target.tableId, recordIds) } },
      ]);
      return { cell: await table.getCellValue(linkId, recordId!), recordIds, tableId: target.tableId };
    }

    scope.point('a link cell comes back as {recordIds, tableId}', async () => {
      const { cell, recordIds, tableId } = await readLink();
      expect(cell).toMatchObject({ recordIds, tableId });
    });

    scope.point('a link cell has the target primary text', async () => {
      expect(await readLink()).toMatchObject({ cell: { text: 'Target 0' } });
    });

    scope.points<[string, unknown]>(
      [
        ['Count', 'three'],
        ['Done', 'yes'],
        ['Owner', 'ou_someone'],
        ['Owner', [{ id: '' }]],
      ],
      'a %s cell of the wrong shape (%j) is rejected and nothing is written',
      async (fieldName, value) => {
        const { table, id } = await scope.newTable(allTypes);
        await expect(
          table.addRecords([{ fields: { [id(fieldName)]: value as CellValue } }]),
        ).rejects.toMatchObject({ code: expect.any(Number) }); // a host error with its code, not a crash
        expect(await totalOf(table)).toBe(0);
      },
    );

    scope.point('setRecords changes only the fields given, and null clears a cell', async () => {
      const { table, id } = await scope.newTable(allTypes);
      const [recordId] = await table.addRecords([
        { fields: { [id('Name')]: text('keep'), [id('Count')]: 1 } },
      ]);
      await table.setRecords([{ recordId: recordId!, fields: { [id('Count')]: 2 } }]);
      expect(await table.getCellValue(id('Count'), recordId!)).toBe(2);
      expect(plain(await table.getCellValue(id('Name'), recordId!))).toBe('keep');
      await table.setRecords([{ recordId: recordId!, fields: { [id('Count')]: null } }]);
      expect(await table.getCellValue(id('Count'), recordId!)).toBeNull();
    });

    scope.point(
      "values cross the boundary by copy: the caller's later edits do not reach the Base",
      async () => {
        const { table, id } = await scope.newTable(allTypes);
        const segments = text('original');
        const [recordId] = await table.addRecords([{ fields: { [id('Name')]: segments } }]);
        segments[0]!.text = 'edited by the caller';
        expect(plain(await table.getCellValue(id('Name'), recordId!))).toBe('original');
      },
    );
  });

  describe('events', () => {
    scope.point('onRecordAdd, onRecordModify({recordId, fieldIds}) and onRecordDelete fire', async () => {
      const { table, id } = await scope.newTable([NAME, COUNT]);
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

    scope.point('onFieldAdd and onFieldModify fire when the structure changes', async () => {
      const { table } = await scope.newTable([NAME]);
      let added: unknown, modified: unknown;
      const off = [table.onFieldAdd((ev) => (added = ev)), table.onFieldModify((ev) => (modified = ev))];
      const fieldId = await table.addField({ type: FieldType.Number, name: 'Extra' });
      expect(await waitFor(() => added)).toBeTruthy();
      await table.setField(fieldId, { name: 'Extra 2' });
      expect(await waitFor(() => modified)).toBeTruthy();
      off.forEach((unsubscribe) => unsubscribe());
    });

    scope.point('an unsubscribed listener hears nothing more', async () => {
      const { table, id } = await scope.newTable([NAME]);
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
    scope.point('answers user id, language, theme and environment', async () => {
      const [userId, language, theme, env] = await Promise.all([
        scope.host().bridge.getUserId(),
        scope.host().bridge.getLanguage(),
        scope.host().bridge.getTheme(),
        scope.host().bridge.getEnv(),
      ]);
      expect(userId).toMatch(/\S/);
      expect(language).toMatch(/\S/);
      expect(['LIGHT', 'DARK']).toContain(theme);
      expect(typeof env.product).toBe('string');
    });

    scope.point('setData stores a value that getData returns, by copy', async () => {
      const key = uniqueName('data');
      const value = { a: 1, list: ['x', 'y'] };
      expect(await scope.host().bridge.setData(key, value)).toBe(true);
      value.list.push('changed after setData');
      const read = await scope.host().bridge.getData<typeof value>(key);
      expect(read).toEqual({ a: 1, list: ['x', 'y'] });
      read?.list.push('changed after getData');
      expect(await scope.host().bridge.getData(key)).toEqual({ a: 1, list: ['x', 'y'] });
    });
  });
}
