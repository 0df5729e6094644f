/**
 * The page's side of a local Base in a worker (baseWorker.ts): a BitableHost whose calls and events cross to
 * the worker by message, and the controls that stand in for the Feishu UI.
 */
import type { BaseTable, BaseView, BitableBase, BitableBridge, BitableHost } from '../port/bitableBase';
import type { WireView } from './localBaseServer';
import type { PlaygroundControls } from './playgroundControls';
import {
  fromWire,
  type ControlMethod,
  type FromWorker,
  type Target,
  type ToWorker,
  type WorkerStart,
} from './workerProtocol';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Message = ToWorker extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;

/** A control's answer as the page receives it: by copy, after a round trip to the worker. */
export type Control = <M extends ControlMethod>(
  method: M,
  ...args: Parameters<PlaygroundControls[M]>
) => Promise<Awaited<ReturnType<PlaygroundControls[M]>>>;

export interface WorkerBase {
  host: BitableHost;
  control: Control;
  /** Called after every change to the Base (any writer); returns the unsubscribe. */
  onChange: (callback: () => void) => () => void;
  /** Whether `init` found a saved Base to start from. */
  restored: boolean;
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
  'getCellAttachmentUrls',
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

export async function workerBase(worker: Worker, start: WorkerStart): Promise<WorkerBase> {
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

  const viewOf = ({ id, handle, methods }: WireView): BaseView =>
    ({
      id,
      ...Object.fromEntries(methods.map((name) => [name, method({ view: handle }, name)])),
    }) as unknown as BaseView;
  const tables = new Map<string, BaseTable>();
  const tableOf = (id: string): BaseTable => {
    const target = { table: id };
    const table = tables.get(id) ?? {
      id,
      ...Object.fromEntries(TABLE_METHODS.map((name) => [name, method(target, name)])),
      getViewById: async (viewId: string) =>
        viewOf((await call(target, 'getViewById', [viewId])) as WireView),
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
    deleteTable: method('base', 'deleteTable'),
    getPermission: method('base', 'getPermission'),
    batchUploadFile: method('base', 'batchUploadFile'),
  } as unknown as BitableBase;
  const bridge = {
    ...Object.fromEntries(
      ['getUserId', 'getBaseUserId', 'getLanguage', 'getTheme', 'getData', 'setData', 'getEnv'].map(
        (name) => [name, method('bridge', name)],
      ),
    ),
    onThemeChange: subscribe('bridge', 'onThemeChange'),
  } as unknown as BitableBridge;

  const { restored } = (await send({ type: 'init', ...start })) as { restored: boolean };
  return {
    host: { base, bridge },
    control: ((name: ControlMethod, ...args: unknown[]) =>
      send({ type: 'control', method: name, args })) as Control,
    onChange: subscribe('local', 'onChange'),
    restored,
    terminate: () => worker.terminate(),
  };
}
