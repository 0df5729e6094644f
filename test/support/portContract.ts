/**
 * The behaviour of the js-sdk that every implementation of the port must share, checked through the port
 * only (no control surface), so the same suite can run against the local Base and the real `bitable`.
 * Each test creates its own uniquely named table; nothing is deleted, so a real Base keeps them.
 * Late answers can only be provoked by an emulator: those points run when the subject can cause them.
 */
import { beforeEach, describe, expect } from 'vitest';
import { FieldType, type BitableHost } from '../../src/port/bitableBase';
import { describeCellsEventsBridge } from './portContractCells';
import {
  addMany,
  COUNT,
  LIMIT,
  NAME,
  named,
  options,
  plain,
  pointsOf,
  select,
  subjectParts,
  tableMaker,
  text,
  totalOf,
  type ContractScope,
  type ContractSubject,
  type LateAnswers,
  type PortContractOptions,
} from './portContractKit';
import { describeLandingContract } from './portContractLanding';
import { describeViewsContract } from './portContractViews';

export type { ContractSubject, LateAnswers, PortContractOptions } from './portContractKit';

export function describePortContract(
  name: string,
  makeSubject: () => Promise<ContractSubject> | ContractSubject,
  contract: PortContractOptions = {},
): void {
  const { point, points } = pointsOf(contract);

  describe(`port contract: ${name}`, { timeout: 30_000 }, () => {
    let host: BitableHost;
    let late: LateAnswers | undefined;
    beforeEach(async () => {
      [host, late] = subjectParts(await makeSubject());
    });

    const newTable = tableMaker(() => host, contract);
    const scope: ContractScope = {
      host: () => host,
      late: () => late,
      newTable,
      installsNothing: Boolean(contract.addTable),
      point,
      points,
    };

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

    describeCellsEventsBridge(scope);
    describeLandingContract(scope);
    describeViewsContract(scope);
  });
}
