/**
 * The page's side of a local Base in a worker (baseWorker.ts): a BitableHost whose calls and events cross to
 * the worker by message, and the controls that stand in for the Feishu UI.
 */
import type { LatencyOptions } from '../local/latency';
import type { LocalState } from '../local/localState';
import type { BaseTable, BitableBase, BitableBridge, BitableHost } from '../port/bitableBase';
import { fromWire, type ControlMethod, type FromWorker, type Target, type ToWorker } from './workerProtocol';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Message = ToWorker extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;

export interface WorkerBase {
  host: BitableHost;
  control: (method: ControlMethod, ...args: unknown[]) => Promise<unknown>;
  terminate: () => void;
}

const TABLE_METHODS = [
  'getName',
  'getFieldMetaList',
  'addField',
  'setField',
  'getViewMetaList',
  'addView',
  'getRecordsByPage',
  'getRecordIdListByPage',
  'getRecordsByIds',
  'getCellValue',
  'addRecords',
  'setRecords',
  'deleteRecords',
] as const;
const TABLE_EVENTS = [
  'onRecordAdd',
  'onRecordDelete',
  'onRecordModify',
  'onFieldAdd',
  'onFieldDelete',
  'onFieldModify',
] as const;

export async function workerBase(
  worker: Worker,
  start: { state?: LocalState; stateUrl?: string; latency: Partial<LatencyOptions> },
): Promise<WorkerBase> {
  let next = 1;
  const pending = new Map<number, Pending>();
  const listeners = new Map<number, (event: unknown) => void>();
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const message = e.data;
    if (message.type === 'event') return listeners.get(message.id)?.(message.event);
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.type === 'result') waiting?.resolve(message.value);
    else waiting?.reject(fromWire(message.error));
  };
  const send = (message: Message): Promise<unknown> => {
    const id = next++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id } as ToWorker);
    });
  };
  const call = (target: Target, method: string, args: unknown[]) =>
    send({ type: 'call', target, method, args });
  const subscribe = (target: Target, method: string) => (callback: (event: never) => void) => {
    const id = next++;
    listeners.set(id, callback as (event: unknown) => void);
    worker.postMessage({ type: 'subscribe', id, target, method } satisfies ToWorker);
    return () => {
      listeners.delete(id);
      worker.postMessage({ type: 'unsubscribe', id } satisfies ToWorker);
    };
  };
  const method =
    (target: Target, name: string) =>
    (...args: unknown[]) =>
      call(target, name, args);

  const tables = new Map<string, BaseTable>();
  const tableOf = (id: string): BaseTable => {
    const target = { table: id };
    const table = tables.get(id) ?? {
      id,
      ...Object.fromEntries(TABLE_METHODS.map((name) => [name, method(target, name)])),
      ...Object.fromEntries(TABLE_EVENTS.map((name) => [name, subscribe(target, name)])),
    };
    tables.set(id, table as BaseTable);
    return table as BaseTable;
  };
  const base = {
    getTableMetaList: method('base', 'getTableMetaList'),
    getTableById: async (tableId: string) =>
      tableOf(((await call('base', 'getTableById', [tableId])) as { id: string }).id),
    addTable: method('base', 'addTable'),
    getPermission: method('base', 'getPermission'),
    batchUploadFile: method('base', 'batchUploadFile'),
  } as unknown as BitableBase;
  const bridge = {
    ...Object.fromEntries(
      ['getUserId', 'getLanguage', 'getTheme', 'getData', 'setData', 'getEnv'].map((name) => [
        name,
        method('bridge', name),
      ]),
    ),
    onThemeChange: subscribe('bridge', 'onThemeChange'),
  } as unknown as BitableBridge;

  await send({ type: 'init', ...start });
  return {
    host: { base, bridge },
    control: (name, ...args) => send({ type: 'control', method: name, args }),
    terminate: () => worker.terminate(),
  };
}
