/**
 * The local Base's side of the worker protocol: answers the port's calls and events, and the page's stand-in
 * UI controls, posting answers with `post`. baseWorker.ts binds it to the worker's messages.
 */
import { LocalHost } from '../local/localHost';
import type { LocalState } from '../local/localState';
import type { BitableHost } from '../port/bitableBase';
import { toWire, type FromWorker, type Target, type ToWorker } from './workerProtocol';

async function targetOf(host: BitableHost, target: Target): Promise<Record<string, unknown>> {
  if (target === 'base') return host.base as unknown as Record<string, unknown>;
  if (target === 'bridge') return host.bridge as unknown as Record<string, unknown>;
  return (await host.base.getTableById(target.table)) as unknown as Record<string, unknown>;
}

/** The handler of the page's messages to one local Base. */
export function serveLocalBase(post: (message: FromWorker) => void): (message: ToWorker) => void {
  let local: LocalHost | undefined;
  const subscriptions = new Map<number, () => void>();

  function ready(): LocalHost {
    if (!local) throw new Error('the local Base in the worker is not started');
    return local;
  }

  async function handle(message: ToWorker): Promise<unknown> {
    switch (message.type) {
      case 'init': {
        const state =
          message.state ?? ((await (await fetch(message.stateUrl!)).json()) as LocalState | undefined);
        local = new LocalHost({ state, latency: message.latency });
        return undefined;
      }
      case 'call': {
        const target = await targetOf(ready().host, message.target);
        const method = target[message.method] as (...args: unknown[]) => unknown;
        const value = await method.apply(target, message.args);
        // A table crosses as its id; the page builds its own stand-in around it.
        return message.method === 'getTableById' ? { id: (value as { id: string }).id } : value;
      }
      case 'subscribe': {
        const target = await targetOf(ready().host, message.target);
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
        const base = ready();
        if (message.method === 'state') return base.state;
        const method = base[message.method] as (...args: unknown[]) => unknown;
        return method.apply(base, message.args);
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
