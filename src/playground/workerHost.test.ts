import { describe, expect, it } from 'vitest';
import { emptyState } from '../local/localState';
import { FieldType } from '../port/bitableBase';
import { serveLocalBase } from './localBaseServer';
import { workerBase } from './workerHost';
import type { FromWorker, ToWorker } from './workerProtocol';

/** A stand-in worker: messages cross by structured clone, on a later turn, as between threads. */
function inProcessWorker(): Worker {
  const worker = {
    onmessage: null as ((e: MessageEvent<FromWorker>) => void) | null,
  } as unknown as Worker & {
    onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  };
  const serve = serveLocalBase((message) =>
    setTimeout(() => worker.onmessage?.({ data: structuredClone(message) } as MessageEvent<FromWorker>), 0),
  );
  worker.postMessage = (message: ToWorker) => setTimeout(() => serve(structuredClone(message)), 0);
  return worker;
}

async function started() {
  const state = emptyState([{ id: 'ou_a', name: 'A' }], 'ou_a');
  return workerBase(inProcessWorker(), { state, latency: { roundTripMs: 0, windowMs: 0 } });
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
