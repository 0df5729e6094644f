/**
 * Gives every host call a deadline. Outside a Base the real SDK's calls never settle, and nothing in the SDK
 * times out by itself, so without this a sidebar could wait forever.
 */
import type { BaseTable, BitableHost } from './bitableBase';
import { HostError, HostErrorCode } from './hostErrors';

export function timeoutError(ms: number): HostError {
  return new HostError(HostErrorCode.Timeout, `the Base did not answer within ${Math.round(ms / 1000)} s`);
}

export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(ms)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

const isThenable = (value: unknown): value is Promise<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/** An upload may take minutes (files up to 2 GB) and must not be given up on while the host still uploads. */
const UNTIMED: ReadonlySet<PropertyKey> = new Set(['batchUploadFile']);

/** Handles the host hands out, whose own calls need the deadline too. */
const HANDLES: ReadonlySet<PropertyKey> = new Set(['getTableById', 'getViewById']);

/** Wraps each method: promises get the deadline; table and view handles are wrapped in turn. */
function guard<T extends object>(target: T, ms: number): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        if (!isThenable(result) || UNTIMED.has(prop)) return result;
        const timed = withDeadline(result, ms);
        return HANDLES.has(prop) ? timed.then((handle) => guard(handle as BaseTable, ms)) : timed;
      };
    },
  });
}

export function withTimeouts(host: BitableHost, ms = 15_000): BitableHost {
  return { base: guard(host.base, ms), bridge: guard(host.bridge, ms) };
}
