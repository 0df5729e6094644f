import { describe, expect, it } from 'vitest';
import { emptyState, type LocalState } from '../local/localState';
import { FieldType, ViewType, type ViewSettingsProperty } from '../port/bitableBase';
import { inProcessWorker } from './inProcessWorker';
import type { KeyValue } from './savedBase';
import { workerBase } from './workerHost';
import type { WorkerStart } from './workerProtocol';

async function started(start: Partial<WorkerStart> = {}, store?: KeyValue) {
  const state = emptyState([{ id: 'ou_a', name: 'A' }], 'ou_a');
  return workerBase(inProcessWorker(store), { state, latency: { roundTripMs: 0, windowMs: 0 }, ...start });
}

function memoryStore(): KeyValue {
  const saved = new Map<string, unknown>();
  return {
    get: async (key) => structuredClone(saved.get(key)),
    set: async (key, value) => void saved.set(key, structuredClone(value)),
  };
}

async function tableWithRows(base: Awaited<ReturnType<typeof started>>, rows: number) {
  const { tableId } = await base.host.base.addTable({
    name: 'T',
    fields: [
      { type: FieldType.Text, name: 'title' },
      { type: FieldType.SingleSelect, name: 'status', property: { options: [{ name: '进行中' }] } },
    ],
  });
  for (let i = 0; i < rows; i++) await base.control('addRow', tableId);
  const [title, status] = (await base.control('outline')).tables[0]!.fields;
  return { tableId, title: title!, status: status! };
}

describe('a local Base behind the worker protocol', () => {
  it('answers the port: tables, records, the bridge', async () => {
    const { host } = await started();
    const { tableId } = await host.base.addTable({
      name: 'T',
      fields: [{ type: FieldType.Number, name: 'Points' }],
    });
    const table = await host.base.getTableById(tableId);
    expect(table.id).toBe(tableId);
    const [field] = await table.getFieldMetaList();
    await table.addRecords([{ fields: { [field!.id]: 5 } }]);
    const page = await table.getRecordsByPage({ pageSize: 10 });
    expect(page.records.map((r) => r.fields[field!.id])).toEqual([5]);
    expect(await host.bridge.getUserId()).toBe('ou_a');
  });

  it('hands events over until unsubscribed, and grid edits through its controls', async () => {
    const { host, control } = await started();
    const { tableId } = await host.base.addTable({
      name: 'T',
      fields: [{ type: FieldType.Number, name: 'Points' }],
    });
    const table = await host.base.getTableById(tableId);
    const [field] = await table.getFieldMetaList();
    const modified: string[] = [];
    const stop = table.onRecordModify((ev) => modified.push(ev.data.recordId));
    const [id] = await table.addRecords([{ fields: {} }]);
    await control('editCell', tableId, id!, field!.id, 6);
    await expect.poll(() => modified).toEqual([id]);
    stop();
    await control('editCell', tableId, id!, field!.id, 7);
    expect(await table.getCellValue(field!.id, id!)).toBe(7);
    expect(modified).toEqual([id]);
  });

  it('a host error crosses with its code', async () => {
    const { host } = await started();
    const error = await host.base.getTableById('tbl_missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(typeof (error as { code?: unknown }).code).toBe('number');
  });
});

describe('the playground grid through the worker', () => {
  it('reads the outline and a window of rows as the grid shows them', async () => {
    const base = await started();
    const { tableId, title } = await tableWithRows(base, 5);
    const ids = (await base.control('rows', tableId, 0, 5)).map((r) => r.recordId);
    for (const [i, id] of ids.entries()) await base.control('editText', tableId, id, title.id, `row ${i}`);
    const outline = await base.control('outline');
    expect(outline.tables.map((t) => [t.name, t.count])).toEqual([['T', 5]]);
    expect(outline.session.userId).toBe('ou_a');
    const window = await base.control('rows', tableId, 3, 10);
    expect(window.map((r) => r.texts[title.id])).toEqual(['row 3', 'row 4']);
    expect(window[0]!.cells[title.id]).toEqual([{ type: 'text', text: 'row 3' }]);
  });

  it('edits a choice by its option and tells the page of every change', async () => {
    const base = await started();
    const { tableId, status } = await tableWithRows(base, 1);
    const [row] = await base.control('rows', tableId, 0, 1);
    const [option] = await base.control('choices', tableId, status.id);
    let changes = 0;
    base.onChange(() => changes++);
    await base.control('editText', tableId, row!.recordId, status.id, option!.value);
    const [after] = await base.control('rows', tableId, 0, 1);
    expect(after!.texts[status.id]).toBe('进行中');
    await expect.poll(() => changes).toBeGreaterThan(0);
  });

  it('refuses a window that is not one, and an unknown size, changing nothing', async () => {
    const base = await started();
    const { tableId } = await tableWithRows(base, 2);
    await expect(base.control('rows', tableId, -1, 5)).rejects.toThrow(/from must be a whole number/);
    await expect(base.control('rows', tableId, 0, 5000)).rejects.toThrow(/count one of/);
    await expect(base.control('build', 'huge' as never, 0, 0)).rejects.toThrow('unknown Base size "huge"');
    expect((await base.control('outline')).tables[0]!.count).toBe(2);
  });

  it('hands a view handle over: settings stay a draft until applied', async () => {
    const base = await started();
    const { tableId, title } = await tableWithRows(base, 0);
    const table = await base.host.base.getTableById(tableId);
    const { viewId } = await table.addView({ name: 'Grid', type: ViewType.Grid });
    const view = await table.getViewById!(viewId);
    await view.setSortInfo!([{ fieldId: title.id, desc: true }]);
    const sorted = async () =>
      ((await table.getViewMetaList()).find((v) => v.id === viewId)?.property as ViewSettingsProperty)
        ?.sortInfo ?? [];
    expect(await sorted()).toEqual([]);
    await view.applySetting();
    expect(await sorted()).toEqual([{ fieldId: title.id, desc: true }]);
  });

  it('keeps the Base in its store: a new worker starts from what the last one saved', async () => {
    const store = memoryStore();
    const first = await started({ state: undefined, persist: true }, store);
    expect(first.restored).toBe(false);
    const saved: LocalState = { ...emptyState([{ id: 'ou_b', name: 'B' }]), baseName: 'kept' };
    await first.control('replaceState', saved);
    const again = await started({ state: undefined, persist: true }, store);
    expect(again.restored).toBe(true);
    expect((await again.control('outline')).baseName).toBe('kept');
    const empty = await started({ state: undefined, persist: true }, memoryStore());
    expect(empty.restored).toBe(false);
  });
});
