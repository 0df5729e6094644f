import { describe, expect, it } from 'vitest';
import { HOST_PROFILES, type HostQuirks } from '../local/hostProfiles';
import { LocalHost } from '../local/localHost';
import { emptyState } from '../local/localState';
import { FieldType, type BaseTable, type RecordValue } from '../port/bitableBase';
import { readRecordsByIds } from './byIds';

const RETRY = { attempts: 1, backoffMs: 0 };
const text = (t: string) => [{ type: 'text' as const, text: t }];
const plain = (cell: unknown) => (cell as { text: string }[]).map((s) => s.text).join('');

async function threeRows(quirks: HostQuirks = {}) {
  const local = new LocalHost({ state: emptyState([{ id: 'ou_a', name: 'A' }]), quirks });
  const { tableId } = await local.host.base.addTable({
    name: 'T',
    fields: [{ type: FieldType.Text, name: 'Name' }],
  });
  const table = await local.host.base.getTableById(tableId);
  const [name] = (await table.getFieldMetaList()).map((f) => f.id);
  const ids = await table.addRecords(['a', 'b', 'c'].map((t) => ({ fields: { [name!]: text(t) } })));
  return { local, table, name: name!, ids };
}

const namesById = (records: { recordId: string; fields: Record<string, unknown> }[], field: string) =>
  Object.fromEntries(records.map((r) => [r.recordId, plain(r.fields[field])]));

describe('[RB5] reading by id', () => {
  it('a host that leaves a deleted id out: every record keeps its own fields, the deleted one is left out', async () => {
    const { table, name, ids } = await threeRows(HOST_PROFILES.byIdsOmitsDeleted);
    await table.deleteRecords([ids[1]!]);
    const read = await readRecordsByIds(table, ids, RETRY);
    expect(namesById(read, name)).toEqual({ [ids[0]!]: 'a', [ids[2]!]: 'c' });
  });

  it('a host that fails the call for a deleted id: the others are still read', async () => {
    const { table, name, ids } = await threeRows();
    await table.deleteRecords([ids[0]!]);
    const read = await readRecordsByIds(table, ids, RETRY);
    expect(namesById(read, name)).toEqual({ [ids[1]!]: 'b', [ids[2]!]: 'c' });
  });

  it('a host that answers an empty value for a deleted id: nothing is attached to it', async () => {
    const { table, name, ids } = await threeRows();
    await table.deleteRecords([ids[1]!]);
    const blanking: BaseTable = Object.create(table) as BaseTable;
    blanking.getRecordsByIds = async (asked: string[]): Promise<RecordValue[]> =>
      Promise.all(
        asked.map(async (id) => (await table.getRecordsByIds([id]).catch(() => [{ fields: {} }]))[0]!),
      );
    const read = await readRecordsByIds(blanking, ids, RETRY);
    expect(namesById(read, name)).toEqual({ [ids[0]!]: 'a', [ids[2]!]: 'c' });
  });

  it('a whole answer is used as it is when it has one value per id', async () => {
    const { local, table, name, ids } = await threeRows(HOST_PROFILES.byIdsOmitsDeleted);
    local.calls.reset();
    const read = await readRecordsByIds(table, ids, RETRY);
    expect(namesById(read, name)).toEqual({ [ids[0]!]: 'a', [ids[1]!]: 'b', [ids[2]!]: 'c' });
    expect(local.calls.byMethod.getRecordsByIds).toBe(1);
  });
});
