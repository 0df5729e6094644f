/**
 * Keeps the playground's local Base across reloads. A Base at 20,000 tasks is tens of megabytes: too big for
 * localStorage, and too costly to write on every change (the worker copies the whole Base for each write, and
 * answers no call meanwhile). So one write is in flight at a time and the changes made during it wait for the
 * next, which starts after a pause in proportion to how long the last one took: a small Base is on disk a few
 * tens of milliseconds after a change, a big one spends most of its time answering calls, not saving.
 * A failed write is logged by its kind only (the Base's content stays out of the console); the Base carries
 * on in memory and the next change tries again.
 */
import type { LocalStorageAdapter } from '../local/localHost';
import type { LocalState } from '../local/localState';

export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export const SAVED_KEY = 'base.v1';
/** The shortest pause before a write; a write's pause is four times the last write's length, up to the longest. */
export const MIN_PAUSE_MS = 20;
export const MAX_PAUSE_MS = 3000;

export interface SavedBase extends LocalStorageAdapter {
  /** The saved Base, or undefined when there is none or it cannot be read. */
  restore(): Promise<LocalState | undefined>;
  /** Writes pending changes now; resolves once they are written (or the write failed). */
  flush(): Promise<void>;
}

export interface SavedBaseOptions {
  warn?: (message: string) => void;
  now?: () => number;
}

const kind = (error: unknown) => (error as { name?: string } | undefined)?.name ?? 'Error';

export function savedBase(store: KeyValue, options: SavedBaseOptions = {}): SavedBase {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const now = options.now ?? (() => performance.now());
  let latest: LocalState | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;
  let pauseMs = MIN_PAUSE_MS;

  const schedule = () => {
    if (!timer && !inFlight) timer = setTimeout(() => void write(), pauseMs);
  };

  const write = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const state = latest;
    if (!state) return inFlight ?? Promise.resolve();
    latest = undefined;
    const started = now();
    inFlight = store
      .set(SAVED_KEY, state)
      .catch((error: unknown) => warn(`playground: the Base was not saved (${kind(error)})`))
      .then(() => {
        pauseMs = Math.min(MAX_PAUSE_MS, Math.max(MIN_PAUSE_MS, 4 * (now() - started)));
        inFlight = undefined;
        if (latest) schedule();
      });
    return inFlight;
  };

  return {
    load: () => undefined,
    save: (state) => {
      latest = state;
      schedule();
    },
    flush: async () => {
      if (inFlight) await inFlight;
      await write();
    },
    restore: async () => {
      try {
        const state = (await store.get(SAVED_KEY)) as LocalState | undefined;
        return state?.version === 1 && Array.isArray(state.tables) ? state : undefined;
      } catch (error) {
        warn(`playground: the saved Base could not be read (${kind(error)})`);
        return undefined;
      }
    },
  };
}
