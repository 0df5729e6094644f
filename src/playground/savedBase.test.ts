import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyState, type LocalState } from '../local/localState';
import { MIN_PAUSE_MS, SAVED_KEY, savedBase, type KeyValue } from './savedBase';

/** A store that records each write's copy, and can be told to refuse writes or reads. */
function fakeStore() {
  const writes: LocalState[] = [];
  const saved = new Map<string, unknown>();
  const store = {
    writes,
    refuse: false,
    get: async (key: string) => {
      if (store.refuse) throw Object.assign(new Error('secret content'), { name: 'InvalidStateError' });
      return saved.get(key);
    },
    set: async (key: string, value: unknown) => {
      if (store.refuse) throw Object.assign(new Error('secret content'), { name: 'QuotaExceededError' });
      writes.push(structuredClone(value) as LocalState);
      saved.set(key, structuredClone(value));
    },
  };
  return store satisfies KeyValue;
}

const named = (name: string): LocalState => ({ ...emptyState(), baseName: name });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the playground keeps its Base in a key-value store', () => {
  it('writes a burst of changes once, after a pause', async () => {
    const store = fakeStore();
    const saved = savedBase(store, { now: () => 0 });
    const state = named('a');
    saved.save(state);
    state.baseName = 'b';
    saved.save(state);
    expect(store.writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(MIN_PAUSE_MS);
    expect(store.writes.map((s) => s.baseName)).toEqual(['b']);
  });

  it('holds changes made during a write for the next one, and flush writes them at once', async () => {
    const store = fakeStore();
    let release: () => void = () => {};
    const slow: KeyValue = {
      get: store.get,
      set: (key, value) =>
        new Promise<void>((resolve) => (release = resolve)).then(() => store.set(key, value)),
    };
    const saved = savedBase(slow, { now: () => 0 });
    saved.save(named('first'));
    await vi.advanceTimersByTimeAsync(MIN_PAUSE_MS);
    saved.save(named('second'));
    await vi.advanceTimersByTimeAsync(10 * MIN_PAUSE_MS);
    expect(store.writes).toEqual([]);
    const flushed = saved.flush();
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await flushed;
    expect(store.writes.map((s) => s.baseName)).toEqual(['first', 'second']);
  });

  it('restores what it wrote, and nothing from a store holding something else', async () => {
    const store = fakeStore();
    const saved = savedBase(store);
    expect(await saved.restore()).toBeUndefined();
    saved.save(named('kept'));
    await saved.flush();
    expect((await savedBase(store).restore())?.baseName).toBe('kept');
    await store.set(SAVED_KEY, { version: 9 });
    expect(await savedBase(store).restore()).toBeUndefined();
  });

  it('a refused write or read is warned by its kind only, and the Base carries on', async () => {
    const store = fakeStore();
    const warnings: string[] = [];
    const saved = savedBase(store, { warn: (m) => warnings.push(m) });
    store.refuse = true;
    saved.save(named('big'));
    await saved.flush();
    expect(await saved.restore()).toBeUndefined();
    expect(warnings).toEqual([
      'playground: the Base was not saved (QuotaExceededError)',
      'playground: the saved Base could not be read (InvalidStateError)',
    ]);
    store.refuse = false;
    saved.save(named('later'));
    await saved.flush();
    expect(store.writes.map((s) => s.baseName)).toEqual(['later']);
  });
});
