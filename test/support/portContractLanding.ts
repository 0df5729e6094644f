/**
 * Contract points on what the Base decides when a call lands: fields it fills itself, and calls whose answer
 * comes too late for the caller (those run only when the subject can provoke late answers).
 */
import { describe, expect } from 'vitest';
import { FieldType, type FieldConfig } from '../../src/port/bitableBase';
import type { CellValue } from '../../src/port/cellValues';
import { HostErrorCode } from '../../src/port/hostErrors';
import {
  COUNT,
  NAME,
  named,
  plain,
  totalOf,
  waitFor,
  type ContractScope,
  type LateAnswers,
} from './portContractKit';

export function describeLandingContract(scope: ContractScope): void {
  describe('fields filled by the Base', () => {
    const stamped: FieldConfig[] = [
      NAME,
      COUNT,
      { type: FieldType.CreatedTime, name: 'Created' },
      { type: FieldType.CreatedUser, name: 'Creator' },
    ];

    scope.point(
      'CreatedTime and CreatedUser are filled when a record is added: a time in order, the adding user',
      async () => {
        const { table, id } = await scope.newTable(stamped);
        const [first] = await table.addRecords(named(id('Name'), 1));
        const [second] = await table.addRecords(named(id('Name'), 1));
        const [a, b] = await table.getRecordsByIds([first!, second!]);
        const [timeA, timeB] = [a!.fields[id('Created')], b!.fields[id('Created')]];
        expect([typeof timeA, typeof timeB]).toEqual(['number', 'number']);
        expect(timeB as number).toBeGreaterThanOrEqual(timeA as number);
        const creator = (await table.getCellValue(id('Creator'), first!)) as { id: string; name?: string }[];
        // A User-cell id: whether it equals a bridge id is not part of the contract (hosts differ).
        expect(creator).toHaveLength(1);
        expect(creator[0]!.id).toMatch(/\S/);
        expect(typeof creator[0]?.name).toBe('string');
      },
    );

    scope.points(
      [['Created'], ['Creator']],
      'a %s cell cannot be written: the write is refused, nothing changes',
      async (fieldName: string) => {
        const { table, id } = await scope.newTable(stamped);
        const value: CellValue =
          fieldName === 'Created' ? 0 : [{ id: await scope.host().bridge.getUserId() }];
        const refused = { code: expect.any(Number) }; // a host error with its code, not a crash
        await expect(table.addRecords([{ fields: { [id(fieldName)]: value } }])).rejects.toMatchObject(
          refused,
        );
        expect(await totalOf(table)).toBe(0);
        const [recordId] = await table.addRecords(named(id('Name'), 1));
        const before = await table.getCellValue(id(fieldName), recordId!);
        const write = { recordId: recordId!, fields: { [id(fieldName)]: value, [id('Count')]: 1 } };
        await expect(table.setRecords([write])).rejects.toMatchObject(refused);
        expect(await table.getCellValue(id(fieldName), recordId!)).toEqual(before);
        expect(await table.getCellValue(id('Count'), recordId!)).toBeNull();
      },
    );
  });

  describe('late answers', () => {
    const TIMEOUT = { code: HostErrorCode.Timeout };

    /** A point that needs late answers: skipped, at run time, for a subject that cannot provoke them. */
    const latePoint = (title: string, fn: (late: LateAnswers) => Promise<void>) =>
      scope.point(title, async (ctx) => {
        const late = scope.late();
        if (!late) return ctx.skip('this subject cannot make calls answer late');
        await fn(late);
      });

    latePoint(
      'a late add times out for its caller, is not there at once, and lands later with its event',
      async (late) => {
        const { table, id } = await scope.newTable([NAME]);
        const heard: string[] = [];
        const off = table.onRecordAdd((ev) => heard.push(ev.data[0]));
        late.lateNext(1, 20_000);
        await expect(table.addRecords(named(id('Name'), 1, 'late '))).rejects.toMatchObject(TIMEOUT);
        expect(await totalOf(table)).toBe(0);
        await late.settle();
        const { records } = await table.getRecordsByPage({ pageSize: 200 });
        expect(records.map((r) => plain(r.fields[id('Name')]))).toEqual(['late 0']);
        expect(await waitFor(() => (heard.length > 0 ? heard : undefined))).toEqual([records[0]!.recordId]);
        off();
      },
    );

    latePoint(
      'a late write lands after a later write to the same cell, and the Base keeps the one that landed last',
      async (late) => {
        const { table, id } = await scope.newTable([NAME, COUNT]);
        const [recordId] = await table.addRecords(named(id('Name'), 1));
        const count = (value: number) => [{ recordId: recordId!, fields: { [id('Count')]: value } }];
        late.lateNext(1, 20_000);
        await expect(table.setRecords(count(1))).rejects.toMatchObject(TIMEOUT);
        await table.setRecords(count(2));
        expect(await table.getCellValue(id('Count'), recordId!)).toBe(2);
        await late.settle();
        expect(await table.getCellValue(id('Count'), recordId!)).toBe(1);
      },
    );
  });
}
