import { describe, expect, it, vi } from 'vitest';
import { describePortContract } from '../../test/support/portContract';
import { FieldType, type BaseTable } from '../port/bitableBase';
import { HostErrorCode } from '../port/hostErrors';
import { LocalHost, type LocalStorageAdapter } from './localHost';
import { emptyState, type LocalState } from './localState';

const USERS = [{ id: 'ou_ada', name: 'Ada Lovelace', email: 'ada@example.com' }];
const VIRTUAL = { clock: 'virtual', roundTripMs: 25, windowMs: 5 } as const;
const text = (t: string) => [{ type: 'text' as const, text: t }];
const plain = (cell: unknown) =>
  Array.isArray(cell) ? cell.map((s: { text?: string }) => s.text ?? '').join('') : '';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describePortContract('LocalHost, real clock', () => new LocalHost({ state: emptyState(USERS) }).host);
describePortContract(
  'LocalHost, virtual clock',
  () => new LocalHost({ state: emptyState(USERS), latency: VIRTUAL }).host,
);
describePortContract(
  'LocalHost, addTable ignoring its fields',
  () => new LocalHost({ state: emptyState(USERS), addTableIgnoresFields: true }).host,
);

/** A Tasks table with Title (primary text) and Points (number). */
async function tasksTable(local: LocalHost) {
  const { tableId } = await local.host.base.addTable({
    name: 'Tasks',
    fields: [
      { type: FieldType.Text, name: 'Title' },
      { type: FieldType.Number, name: 'Points' },
    ],
  });
  const table = await local.host.base.getTableById(tableId);
  const [title, points] = (await table.getFieldMetaList()).map((f) => f.id);
  return { tableId, table, title: title!, points: points! };
}

const titles = async (table: BaseTable, titleId: string) =>
  (await table.getRecordsByPage({ pageSize: 200 })).records.map((r) => plain(r.fields[titleId]));

describe('read-only session', () => {
  it('rejects every write with 10214997 and leaves the Base unchanged', async () => {
    const local = new LocalHost({ state: emptyState(USERS) });
    const { table, title, points } = await tasksTable(local);
    const [recordId] = await table.addRecords([{ fields: { [title]: text('a') } }]);
    local.setSession({ readOnly: true });
    const before = JSON.stringify(local.state);
    const { base, bridge } = local.host;
    const writes: Record<string, () => Promise<unknown>> = {
      addTable: () => base.addTable({ name: 'More', fields: [] }),
      addField: () => table.addField({ type: FieldType.Text, name: 'Note' }),
      setField: () => table.setField(points, { name: 'Score' }),
      addView: () => table.addView({ type: 2, name: 'Board' }),
      addRecords: () => table.addRecords([{ fields: { [title]: text('b') } }]),
      setRecords: () => table.setRecords([{ recordId: recordId!, fields: { [points]: 1 } }]),
      deleteRecords: () => table.deleteRecords([recordId!]),
      setData: () => bridge.setData('k', 1),
    };
    for (const [method, write] of Object.entries(writes))
      await expect(write(), method).rejects.toMatchObject({ code: HostErrorCode.RecordPermissionDenied });
    expect(JSON.stringify(local.state)).toBe(before);
  });

  it('getPermission says visible but not editable, and editable once the session may edit', async () => {
    const local = new LocalHost({ state: emptyState(USERS) });
    const ask = (type: string) => local.host.base.getPermission({ entity: 'Base', type });
    local.setSession({ readOnly: true });
    expect([await ask('visible'), await ask('editable')]).toEqual([true, false]);
    local.setSession({ readOnly: false });
    expect(await ask('editable')).toBe(true);
  });
});

describe('[H4] round-trip latency model', () => {
  it('[H4] calls made together (Promise.all) share one round trip', async () => {
    const local = new LocalHost({ state: emptyState(USERS), latency: VIRTUAL });
    const { base, bridge } = local.host;
    await Promise.all([base.getTableMetaList(), bridge.getUserId(), bridge.getLanguage(), bridge.getTheme()]);
    expect([local.scheduler.roundTrips, local.scheduler.modelledMs]).toEqual([1, 25]);
  });

  it('[H4] sequential awaits cost one round trip each, and modelledMs = roundTrips x roundTripMs', async () => {
    const local = new LocalHost({ state: emptyState(USERS), latency: VIRTUAL });
    await local.host.bridge.getUserId();
    await local.host.bridge.getLanguage();
    await local.host.base.getTableMetaList();
    expect([local.scheduler.roundTrips, local.scheduler.modelledMs]).toEqual([3, 75]);
    local.scheduler.resetCounters();
    await Promise.all([local.host.bridge.getUserId(), local.host.bridge.getTheme()]);
    expect([local.scheduler.roundTrips, local.scheduler.modelledMs]).toEqual([1, 25]);
  });

  it('[H4] the virtual clock advances modelled time without waiting for it', async () => {
    const local = new LocalHost({ state: emptyState(USERS), latency: { ...VIRTUAL, roundTripMs: 1000 } });
    const started = Date.now();
    for (let i = 0; i < 20; i++) await local.host.bridge.getUserId();
    expect(local.scheduler.modelledMs).toBe(20_000);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('[H4] the real clock makes a call wait about one round trip', async () => {
    const local = new LocalHost({
      state: emptyState(USERS),
      latency: { clock: 'real', roundTripMs: 40, windowMs: 5 },
    });
    const started = Date.now();
    await local.host.bridge.getUserId();
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('[H4] a virtual round trip is delivered when the injected defer runs it', async () => {
    const queue: (() => void)[] = [];
    const local = new LocalHost({
      state: emptyState(USERS),
      latency: { ...VIRTUAL, defer: (fn) => queue.push(fn) },
    });
    let answer: string | undefined;
    const pending = local.host.bridge.getUserId().then((id) => (answer = id));
    await pause(10);
    expect([answer, queue.length]).toEqual([undefined, 1]);
    queue.shift()!();
    await pending;
    expect(answer).toBe('ou_ada');
  });
});

describe('failure injection', () => {
  it("'before': the call fails and nothing is written; the next call succeeds", async () => {
    const local = new LocalHost({ state: emptyState(USERS), latency: VIRTUAL });
    const { table, title } = await tasksTable(local);
    local.failures.failNext(1, 'before');
    await expect(table.addRecords([{ fields: { [title]: text('lost') } }])).rejects.toMatchObject({
      code: HostErrorCode.RecordUnknown,
    });
    expect(await titles(table, title)).toEqual([]);
    await table.addRecords([{ fields: { [title]: text('second try') } }]);
    expect(await titles(table, title)).toEqual(['second try']);
  });

  it("'after': the write happens but the caller gets an error", async () => {
    const local = new LocalHost({ state: emptyState(USERS), latency: VIRTUAL });
    const { table, title } = await tasksTable(local);
    local.failures.failNext(1, 'after');
    await expect(table.addRecords([{ fields: { [title]: text('kept') } }])).rejects.toMatchObject({
      code: HostErrorCode.RecordUnknown,
    });
    expect(await titles(table, title)).toEqual(['kept']);
  });

  it('failNext(n) fails exactly the next n calls, and only one call of a shared round trip', async () => {
    const local = new LocalHost({ state: emptyState(USERS), latency: VIRTUAL });
    local.failures.failNext(2);
    const results = await Promise.allSettled([1, 2, 3].map(() => local.host.bridge.getUserId()));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect(local.scheduler.roundTrips).toBe(1);
  });

  it('failRate is deterministic for a seed', async () => {
    const pattern = async (seed: number) => {
      const local = new LocalHost({ state: emptyState(USERS), latency: VIRTUAL });
      local.failures.failRate(0.3, 'before', seed);
      const results = await Promise.allSettled(
        Array.from({ length: 100 }, () => local.host.bridge.getUserId()),
      );
      return results.map((r) => r.status === 'rejected');
    };
    const [first, again, other] = [await pattern(7), await pattern(7), await pattern(8)];
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    const failed = first.filter(Boolean).length;
    expect(failed).toBeGreaterThan(15);
    expect(failed).toBeLessThan(45);
  });
});

describe('persistence', () => {
  function memoryStorage() {
    let saved: string | undefined;
    const storage: LocalStorageAdapter = {
      load: () => (saved === undefined ? undefined : (JSON.parse(saved) as LocalState)),
      save: vi.fn((state: LocalState) => void (saved = JSON.stringify(state))),
    };
    return { storage, saved: () => JSON.parse(saved!) as LocalState };
  }

  it('saves writes through the storage adapter, and a new LocalHost from the saved state sees them', async () => {
    const { storage, saved } = memoryStorage();
    const { table, title } = await tasksTable(new LocalHost({ storage }));
    await table.addRecords([{ fields: { [title]: text('persisted') } }]);
    expect(storage.save).toHaveBeenCalled();
    for (const reopened of [new LocalHost({ storage }), new LocalHost({ state: saved() })]) {
      const [meta] = await reopened.host.base.getTableMetaList();
      expect(meta?.name).toBe('Tasks');
      expect(await titles(await reopened.host.base.getTableById(meta!.id), title)).toEqual(['persisted']);
    }
  });

  it("a write that fails 'before' saves nothing", async () => {
    const { storage } = memoryStorage();
    const local = new LocalHost({ storage });
    const { table, title } = await tasksTable(local);
    vi.mocked(storage.save).mockClear();
    local.failures.failNext(1, 'before');
    await expect(table.addRecords([{ fields: { [title]: text('x') } }])).rejects.toMatchObject({
      code: HostErrorCode.RecordUnknown,
    });
    expect(storage.save).not.toHaveBeenCalled();
  });

  it('two LocalHosts built from the same seed state do not share it', async () => {
    const seed = emptyState(USERS);
    await tasksTable(new LocalHost({ state: seed }));
    expect(await new LocalHost({ state: seed }).host.base.getTableMetaList()).toEqual([]);
  });
});

describe('control surface (edits made in the Feishu UI)', () => {
  it('editCell changes the cell, fires onRecordModify and is not a plugin call', async () => {
    const local = new LocalHost({ state: emptyState(USERS) });
    const { tableId, table, title, points } = await tasksTable(local);
    const [recordId] = await table.addRecords([{ fields: { [title]: text('a') } }]);
    const heard: { recordId: string; fieldIds: string[] }[] = [];
    table.onRecordModify((ev) => heard.push(ev.data));
    const callsBefore = local.calls.total;
    local.editCell(tableId, recordId!, points, 5);
    expect(local.calls.total).toBe(callsBefore);
    await vi.waitFor(() => expect(heard).toEqual([{ recordId, fieldIds: [points] }]));
    expect(await table.getCellValue(points, recordId!)).toBe(5);
    expect(() => local.editCell(tableId, recordId!, points, 'five')).toThrow('expected a number');
  });

  it('renameTable and renameField keep ids; deleteField removes a field but never the primary', async () => {
    const local = new LocalHost({ state: emptyState(USERS) });
    const { tableId, table, title, points } = await tasksTable(local);
    local.renameTable(tableId, '任务');
    local.renameField(tableId, title, '标题');
    expect(await local.host.base.getTableMetaList()).toEqual([{ id: tableId, name: '任务', isSync: false }]);
    expect((await table.getFieldMetaList()).map((f) => [f.id, f.name])).toEqual([
      [title, '标题'],
      [points, 'Points'],
    ]);
    local.deleteField(tableId, points);
    local.deleteField(tableId, title);
    expect((await table.getFieldMetaList()).map((f) => f.id)).toEqual([title]);
  });

  it('onThemeChange fires on setSession({theme: "DARK"}), not when the theme stays the same', async () => {
    const local = new LocalHost({ state: emptyState(USERS) });
    const themes: string[] = [];
    const off = local.host.bridge.onThemeChange((ev) => themes.push(ev.data.theme));
    local.setSession({ theme: 'DARK' });
    local.setSession({ theme: 'DARK', language: 'en' });
    expect(themes).toEqual(['DARK']);
    expect([await local.host.bridge.getTheme(), await local.host.bridge.getLanguage()]).toEqual([
      'DARK',
      'en',
    ]);
    off();
    local.setSession({ theme: 'LIGHT' });
    expect(themes).toEqual(['DARK']);
  });

  it('onChange fires after writes and edits', async () => {
    const local = new LocalHost({ state: emptyState(USERS) });
    const { tableId, table, title } = await tasksTable(local);
    const changes = vi.fn();
    local.onChange(changes);
    const [recordId] = await table.addRecords([{ fields: { [title]: text('a') } }]);
    local.editCell(tableId, recordId!, title, text('b'));
    expect(changes).toHaveBeenCalledTimes(2);
  });

  it('the call log counts calls by method, with table and record counts', async () => {
    const local = new LocalHost({ state: emptyState(USERS), latency: VIRTUAL });
    const { tableId, table, title } = await tasksTable(local);
    local.calls.reset();
    await table.addRecords([1, 2, 3].map((i) => ({ fields: { [title]: text(`t${i}`) } })));
    await Promise.all([table.getRecordsByPage({ pageSize: 50 }), table.getRecordsByPage({ pageSize: 50 })]);
    local.failures.failNext(1);
    await expect(local.host.bridge.getUserId()).rejects.toThrow('getUserId failed: unknown error (injected)');
    expect(local.calls.byMethod).toEqual({ addRecords: 1, getRecordsByPage: 2, getUserId: 1 });
    expect(local.calls.total).toBe(4);
    expect(local.calls.recent[0]).toEqual({ method: 'addRecords', tableId, records: 3 });
  });

  it('addTable with an unsupported field type adds no table', async () => {
    const local = new LocalHost({ state: emptyState(USERS) });
    const config = { name: 'Broken', fields: [{ type: FieldType.Text, name: 'Name' }, { type: 9999 }] };
    await expect(local.host.base.addTable(config)).rejects.toMatchObject({
      code: HostErrorCode.FieldTypeUnsupported,
    });
    expect(await local.host.base.getTableMetaList()).toEqual([]);
  });
});
