import { describe, expect, it, vi } from 'vitest';
import { describePortContract, type ContractSubject } from '../../test/support/portContract';
import { FieldType, type BaseTable, type BitableHost } from '../port/bitableBase';
import { HostErrorCode } from '../port/hostErrors';
import type { LocalClient } from './localClient';
import { LocalHost } from './localHost';
import { emptyState } from './localState';

const USERS = [
  { id: 'ou_ada', name: 'Ada Lovelace' },
  { id: 'ou_bob', name: 'Bob Babbage' },
];
const VIRTUAL = { clock: 'virtual', roundTripMs: 25, windowMs: 5 } as const;
const SYNC_MS = 1000;
const text = (t: string) => [{ type: 'text' as const, text: t }];
const plain = (cell: unknown) =>
  Array.isArray(cell) ? cell.map((s: { text?: string }) => s.text ?? '').join('') : '';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function subject(local: LocalHost, client: LocalClient = local.direct): ContractSubject {
  return {
    host: client.host,
    late: { lateNext: (n, ms) => client.failures.lateNext(n, ms), settle: () => local.sync() },
  };
}

describePortContract('LocalHost with late answers, virtual clock', () =>
  subject(new LocalHost({ state: emptyState(USERS), latency: VIRTUAL })),
);
describePortContract('LocalHost replica, no sync delay', () => {
  const local = new LocalHost({ state: emptyState(USERS) });
  return subject(local, local.replica({ userId: 'ou_bob' }));
});
describePortContract('LocalHost replica, 1 s sync delay, virtual clock', () => {
  const local = new LocalHost({ state: emptyState(USERS), latency: VIRTUAL });
  return subject(local, local.replica({ syncDelayMs: SYNC_MS }));
});

/** Two replicas (Ada's and Bob's) that hear each other after 1 s, and a Tasks table both already see. */
async function twoClients() {
  const local = new LocalHost({ state: emptyState(USERS), latency: VIRTUAL });
  const { tableId } = await local.host.base.addTable({
    name: 'Tasks',
    fields: [
      { type: FieldType.Text, name: 'Title' },
      { type: FieldType.Number, name: 'Points' },
      { type: FieldType.CreatedTime, name: 'Created' },
      { type: FieldType.CreatedUser, name: 'Creator' },
    ],
  });
  const [title, points, created, creator] = (
    await local.host.base.getTableById(tableId).then((t) => t.getFieldMetaList())
  ).map((f) => f.id);
  const ada = local.replica({ syncDelayMs: SYNC_MS, userId: 'ou_ada' });
  const bob = local.replica({ syncDelayMs: SYNC_MS, userId: 'ou_bob' });
  const tableOf = (host: BitableHost) => host.base.getTableById(tableId);
  const [adaTable, bobTable] = [await tableOf(ada.host), await tableOf(bob.host)];
  return { local, ada, bob, adaTable, bobTable, tableId, fields: { title, points, created, creator } };
}

const titles = async (table: BaseTable, titleId: string) =>
  (await table.getRecordsByPage({ pageSize: 200 })).records.map((r) => plain(r.fields[titleId]));

describe('replicas', () => {
  it("read their own writes at once and another's only once the sync delay has passed", async () => {
    const { local, adaTable, bobTable, fields } = await twoClients();
    await adaTable.addRecords([{ fields: { [fields.title!]: text('by Ada') } }]);
    expect(await titles(adaTable, fields.title!)).toEqual(['by Ada']);
    expect(await titles(bobTable, fields.title!)).toEqual([]);
    const shared = await local.host.base.getTableById(adaTable.id);
    expect(await titles(shared, fields.title!)).toEqual(['by Ada']);
    await local.advance(SYNC_MS);
    expect(await titles(bobTable, fields.title!)).toEqual(['by Ada']);
  });

  it('hear an event when the change reaches them, not before', async () => {
    const { local, adaTable, bobTable, fields } = await twoClients();
    const adaHeard: string[] = [];
    const bobHeard: string[] = [];
    adaTable.onRecordAdd((ev) => adaHeard.push(ev.data[0]));
    bobTable.onRecordAdd((ev) => bobHeard.push(ev.data[0]));
    const [recordId] = await adaTable.addRecords([{ fields: { [fields.title!]: text('a') } }]);
    await pause(20);
    expect([adaHeard, bobHeard]).toEqual([[recordId], []]);
    await local.advance(SYNC_MS);
    expect(bobHeard).toEqual([recordId]);
  });

  it('keep the last write per cell, whatever order the writes reach them in, and converge', async () => {
    const { local, adaTable, bobTable, fields } = await twoClients();
    const [recordId] = await adaTable.addRecords([{ fields: { [fields.title!]: text('t') } }]);
    await local.sync();
    const set = (table: BaseTable, cells: Record<string, unknown>) =>
      table.setRecords([{ recordId: recordId!, fields: cells as never }]);
    await set(adaTable, { [fields.points!]: 1, [fields.title!]: text('Ada') });
    await set(bobTable, { [fields.points!]: 2 });
    expect(await adaTable.getCellValue(fields.points!, recordId!)).toBe(1);
    await local.advance(SYNC_MS);
    for (const table of [adaTable, bobTable]) {
      expect(await table.getCellValue(fields.points!, recordId!)).toBe(2);
      expect(plain(await table.getCellValue(fields.title!, recordId!))).toBe('Ada');
    }
  });

  it('list records in the Base order once synced, and lose deleted ones', async () => {
    const { local, adaTable, bobTable, fields } = await twoClients();
    const add = (table: BaseTable, t: string) => table.addRecords([{ fields: { [fields.title!]: text(t) } }]);
    const [first] = await add(bobTable, 'b1');
    await add(adaTable, 'a1');
    await add(bobTable, 'b2');
    expect(await titles(bobTable, fields.title!)).toEqual(['b1', 'b2']);
    await local.sync();
    await adaTable.deleteRecords([first!]);
    expect(await titles(bobTable, fields.title!)).toEqual(['b1', 'a1', 'b2']);
    await local.sync();
    for (const table of [adaTable, bobTable])
      expect(await titles(table, fields.title!)).toEqual(['a1', 'b2']);
  });

  it('with no sync delay, see every write at once, as the plain host does', async () => {
    const local = new LocalHost({ state: emptyState(USERS), latency: VIRTUAL });
    const replica = local.replica();
    const { tableId } = await local.host.base.addTable({ name: 'T', fields: [{ type: FieldType.Text }] });
    const table = await replica.host.base.getTableById(tableId);
    const [fieldId] = (await table.getFieldMetaList()).map((f) => f.id);
    const heard: string[] = [];
    table.onRecordAdd((ev) => heard.push(ev.data[0]));
    const recordId = local.addRow(tableId, { [fieldId!]: text('from the grid') });
    expect(await titles(table, fieldId!)).toEqual(['from the grid']);
    await pause(5);
    expect(heard).toEqual([recordId]);
  });

  it('follow a real clock: others’ writes arrive after the delay without any sync call', async () => {
    const local = new LocalHost({ state: emptyState(USERS) });
    const [writer, reader] = [local.replica(), local.replica({ syncDelayMs: 400 })];
    const started = Date.now();
    const { tableId } = await writer.host.base.addTable({ name: 'T', fields: [] });
    expect(await reader.host.base.getTableMetaList()).toEqual([]);
    await vi.waitFor(
      async () => expect((await reader.host.base.getTableMetaList()).map((t) => t.id)).toEqual([tableId]),
      { timeout: 3000, interval: 20 },
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
  });

  it('start again from the shared Base when the whole Base is replaced, dropping changes still travelling', async () => {
    const { local, ada, bob } = await twoClients();
    await ada.host.bridge.setData('draft', 1);
    local.replaceState(emptyState(USERS));
    expect(await bob.host.base.getTableMetaList()).toEqual([]);
    await local.sync();
    expect(await bob.host.bridge.getData('draft')).toBeUndefined();
  });

  it('once closed, stop syncing: nothing more reaches them, nor their listeners', async () => {
    const { local, adaTable, bob, bobTable, fields } = await twoClients();
    const heard: string[] = [];
    bobTable.onRecordAdd((ev) => heard.push(ev.data[0]));
    await adaTable.addRecords([{ fields: { [fields.title!]: text('before closing') } }]);
    bob.close();
    await local.sync();
    await adaTable.addRecords([{ fields: { [fields.title!]: text('after closing') } }]);
    await local.sync();
    expect([heard, await titles(bobTable, fields.title!)]).toEqual([[], []]);
  });

  it("each have their own failure injector: failing one client's calls leaves the others' alone", async () => {
    const { local, ada, bob } = await twoClients();
    ada.failures.failNext(1);
    await expect(ada.host.bridge.getUserId()).rejects.toMatchObject({ code: HostErrorCode.RecordUnknown });
    expect([await bob.host.bridge.getUserId(), await local.host.bridge.getUserId()]).toEqual([
      'ou_bob',
      'ou_ada',
    ]);
  });
});

describe('late answers', () => {
  it('time out for the caller; the write lands after the delay, on the Base and then on the other replicas', async () => {
    const { local, ada, adaTable, bobTable, fields } = await twoClients();
    ada.failures.lateNext(1, 20_000);
    const write = adaTable.addRecords([{ fields: { [fields.title!]: text('late') } }]);
    await expect(write).rejects.toMatchObject({ code: HostErrorCode.Timeout });
    const shared = await local.host.base.getTableById(adaTable.id);
    expect(await titles(shared, fields.title!)).toEqual([]);
    await local.advance(20_000);
    expect(await titles(shared, fields.title!)).toEqual(['late']);
    expect(await titles(adaTable, fields.title!)).toEqual(['late']);
    expect(await titles(bobTable, fields.title!)).toEqual([]);
    await local.advance(SYNC_MS);
    expect(await titles(bobTable, fields.title!)).toEqual(['late']);
  });

  it('a late write refused when it lands changes nothing and reaches nobody', async () => {
    const { local, ada, adaTable, fields } = await twoClients();
    const [recordId] = await adaTable.addRecords([{ fields: { [fields.title!]: text('t') } }]);
    ada.failures.lateNext(1, 5000);
    const late = adaTable.setRecords([{ recordId: recordId!, fields: { [fields.points!]: 3 } }]);
    await expect(late).rejects.toMatchObject({ code: HostErrorCode.Timeout });
    await adaTable.deleteRecords([recordId!]);
    await local.sync();
    expect(await adaTable.getRecordIdListByPage({})).toMatchObject({ total: 0 });
  });
});

describe('fields filled by the Base', () => {
  const START = Date.UTC(2030, 0, 1);

  it("stamp the Base's clock and the adding client's user, not the caller's clock", async () => {
    const local = new LocalHost({ state: emptyState(USERS), latency: VIRTUAL, clockStart: START });
    const bob = local.replica({ userId: 'ou_bob' });
    const { tableId } = await bob.host.base.addTable({
      name: 'T',
      fields: [
        { type: FieldType.Text, name: 'Title' },
        { type: FieldType.CreatedTime, name: 'Created' },
        { type: FieldType.CreatedUser, name: 'Creator' },
      ],
    });
    const table = await bob.host.base.getTableById(tableId);
    const [title, created, creator] = (await table.getFieldMetaList()).map((f) => f.id);
    await local.advance(60_000);
    const landsAt = local.clock.now() + VIRTUAL.roundTripMs;
    const [recordId] = await table.addRecords([{ fields: { [title!]: text('t') } }]);
    const [read] = await table.getRecordsByIds([recordId!]);
    expect(landsAt).toBeGreaterThan(START + 60_000);
    expect(read!.fields[created!]).toBe(landsAt);
    expect(read!.fields[creator!]).toEqual([{ id: 'ou_bob', name: 'Bob Babbage', enName: 'Bob Babbage' }]);
  });

  it('of a late add: the time it landed', async () => {
    const { local, ada, adaTable, fields } = await twoClients();
    ada.failures.lateNext(1, 20_000);
    const started = local.clock.now();
    await expect(adaTable.addRecords([{ fields: { [fields.title!]: text('late') } }])).rejects.toThrow();
    await local.sync();
    const { records } = await adaTable.getRecordsByPage({ pageSize: 10 });
    expect(records[0]!.fields[fields.created!]).toBe(started + VIRTUAL.roundTripMs + 20_000);
  });

  it('cannot be written, with the SDK’s cell permission error, nor edited in the grid', async () => {
    const { local, adaTable, tableId, fields } = await twoClients();
    const write = adaTable.addRecords([{ fields: { [fields.created!]: 5 } }]);
    await expect(write).rejects.toMatchObject({ code: HostErrorCode.CellPermissionDenied });
    const recordId = local.addRow(tableId);
    expect(() => local.editCell(tableId, recordId, fields.creator!, [{ id: 'ou_bob' }])).toThrow();
  });
});
