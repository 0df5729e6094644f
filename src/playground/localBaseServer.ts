/**
 * The local Base's side of the worker protocol: answers the port's calls and events, and the page's stand-in
 * UI controls, posting answers with `post`. baseWorker.ts binds it to the worker's messages and its IndexedDB.
 */
import { LocalHost } from '../local/localHost';
import type { LocalState } from '../local/localState';
import type { BaseView } from '../port/bitableBase';
import { playgroundControls, type PlaygroundControls } from './playgroundControls';
import { savedBase, type KeyValue, type SavedBase } from './savedBase';
import { toWire, type FromWorker, type Target, type ToWorker, type WorkerStart } from './workerProtocol';

type Callable = Record<string, unknown>;

/** A view handle as it crosses: its id, the worker's handle number, and which setters this view type has. */
export interface WireView {
  id: string;
  handle: number;
  methods: string[];
}

interface Started {
  local: LocalHost;
  controls: PlaygroundControls;
}

/** The handler of the page's messages to one local Base; `store` keeps it when the page asks to persist. */
export function serveLocalBase(
  post: (message: FromWorker) => void,
  store?: KeyValue,
): (message: ToWorker) => void {
  let started: Started | undefined;
  const subscriptions = new Map<number, () => void>();
  const views = new Map<number, BaseView>();

  function ready(): Started {
    if (!started) throw new Error('the local Base in the worker is not started');
    return started;
  }

  async function targetOf(target: Target): Promise<Callable> {
    const { local } = ready();
    if (target === 'base') return local.host.base as unknown as Callable;
    if (target === 'bridge') return local.host.bridge as unknown as Callable;
    if (target === 'local') return local as unknown as Callable;
    if ('view' in target) {
      const view = views.get(target.view);
      if (!view) throw new Error(`view handle ${target.view} is gone`);
      return view as unknown as Callable;
    }
    return (await local.host.base.getTableById(target.table)) as unknown as Callable;
  }

  async function init(start: WorkerStart): Promise<{ restored: boolean }> {
    const saved: SavedBase | undefined = start.persist && store ? savedBase(store) : undefined;
    const state =
      start.state ??
      (start.stateUrl
        ? ((await (await fetch(start.stateUrl)).json()) as LocalState | undefined)
        : await saved?.restore());
    const local = new LocalHost({ state, latency: start.latency, quirks: start.quirks, storage: saved });
    started = { local, controls: playgroundControls(local, saved?.flush) };
    return { restored: state !== undefined };
  }

  /** A table crosses as its id and a view as a WireView; the page builds its own stand-ins around them. */
  function crossing(method: string, value: unknown, id: number): unknown {
    if (method === 'getTableById') return { id: (value as { id: string }).id };
    if (method !== 'getViewById') return value;
    const view = value as BaseView;
    views.set(id, view);
    const methods = Object.keys(view).filter((k) => typeof (view as unknown as Callable)[k] === 'function');
    return { id: view.id, handle: id, methods } satisfies WireView;
  }

  async function handle(message: ToWorker): Promise<unknown> {
    switch (message.type) {
      case 'init':
        return init(message);
      case 'call': {
        const target = await targetOf(message.target);
        const method = target[message.method] as (...args: unknown[]) => unknown;
        if (typeof method !== 'function') throw new Error(`the local Base has no ${message.method}`);
        return crossing(message.method, await method.apply(target, message.args), message.id);
      }
      case 'subscribe': {
        const target = await targetOf(message.target);
        const on = target[message.method] as (callback: (event: unknown) => void) => () => void;
        subscriptions.set(
          message.id,
          on.call(target, (event) => post({ type: 'event', id: message.id, event })),
        );
        return undefined;
      }
      case 'unsubscribe':
        subscriptions.get(message.id)?.();
        subscriptions.delete(message.id);
        return undefined;
      case 'control': {
        const control = ready().controls[message.method] as ((...args: unknown[]) => unknown) | undefined;
        if (typeof control !== 'function') throw new Error(`no playground control ${message.method}`);
        return control(...message.args);
      }
    }
  }

  return (message: ToWorker) => {
    void handle(message).then(
      (value) => message.type !== 'unsubscribe' && post({ type: 'result', id: message.id, value }),
      (error: unknown) => post({ type: 'error', id: message.id, error: toWire(error) }),
    );
  };
}
