/**
 * Messages between a page and a local Base running in a worker (baseWorker.ts, workerHost.ts): the host sits in
 * another thread, as Feishu's sits in another process, so its work does not block the sidebar's.
 */
import type { LatencyOptions } from '../local/latency';
import type { LocalState } from '../local/localState';

/** Where a call goes: the base, the bridge, or one table by id. */
export type Target = 'base' | 'bridge' | { table: string };

/** The LocalHost methods a page may call to stand in for the Feishu UI. */
export type ControlMethod = 'setSession' | 'editCell' | 'replaceState' | 'state';

export type ToWorker =
  | { type: 'init'; id: number; state?: LocalState; stateUrl?: string; latency: Partial<LatencyOptions> }
  | { type: 'call'; id: number; target: Target; method: string; args: unknown[] }
  | { type: 'subscribe'; id: number; target: Target; method: string }
  | { type: 'unsubscribe'; id: number }
  | { type: 'control'; id: number; method: ControlMethod; args: unknown[] };

export interface WireError {
  message: string;
  name: string;
  code?: number;
  retryable?: boolean;
}

export type FromWorker =
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; error: WireError }
  | { type: 'event'; id: number; event: unknown };

export function toWire(error: unknown): WireError {
  const e = error as { message?: unknown; name?: unknown; code?: unknown; retryable?: unknown };
  return {
    message: String(e?.message ?? error),
    name: String(e?.name ?? 'Error'),
    code: typeof e?.code === 'number' ? e.code : undefined,
    retryable: typeof e?.retryable === 'boolean' ? e.retryable : undefined,
  };
}

/** Host errors are read by their `.code`, never by class, so a plain Error carrying it is enough. */
export function fromWire(wire: WireError): Error {
  return Object.assign(new Error(wire.message), {
    name: wire.name,
    code: wire.code,
    retryable: wire.retryable,
  });
}
