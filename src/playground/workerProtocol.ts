/**
 * Messages between a page and a local Base running in a worker (baseWorker.ts, workerHost.ts): the host sits in
 * another thread, as Feishu's sits in another process, so its work does not block the sidebar's.
 */
import type { HostQuirks } from '../local/hostProfiles';
import type { LatencyOptions } from '../local/latency';
import type { LocalState } from '../local/localState';
import type { PlaygroundControls } from './playgroundControls';

/**
 * Where a call goes: the base, the bridge, one table by id, a view handle the worker keeps (its settings are a
 * draft until applied), or the local Base itself (its change event).
 */
export type Target = 'base' | 'bridge' | 'local' | { table: string } | { view: number };

/** What a page may ask of the local Base to stand in for the Feishu UI (playgroundControls.ts). */
export type ControlMethod = keyof PlaygroundControls;

/**
 * How the worker's Base starts: from `state`, from JSON at `stateUrl`, or (with `persist`) from the Base the
 * worker saved last; `init` answers whether a saved one was found.
 */
export interface WorkerStart {
  state?: LocalState;
  stateUrl?: string;
  persist?: boolean;
  quirks?: HostQuirks;
  latency: Partial<LatencyOptions>;
}

export type ToWorker =
  | ({ type: 'init'; id: number } & WorkerStart)
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
