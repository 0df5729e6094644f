import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BaseTable, BitableHost, ViewMeta } from './bitableBase';
import { HostError, HostErrorCode, hostErrorCode } from './hostErrors';
import { withDeadline, withTimeouts } from './withTimeouts';

const never = <T>() => new Promise<T>(() => {});

/** A host in which only what a test sets does anything; everything else never answers. */
function fakeHost(table: Partial<BaseTable> = {}, extra: Partial<BitableHost['base']> = {}): BitableHost {
  const fullTable = { id: 'tbl1', getName: () => never<string>(), ...table } as BaseTable;
  return {
    base: {
      getTableMetaList: () => never(),
      getTableById: () => Promise.resolve(fullTable),
      addTable: () => never(),
      getPermission: () => never(),
      batchUploadFile: () => never(),
      ...extra,
    },
    bridge: {
      getUserId: () => never(),
      getLanguage: () => Promise.resolve('en'),
      getTheme: () => never(),
      onThemeChange: () => () => {},
      getData: () => never(),
      setData: () => never(),
      getEnv: () => never(),
    },
  };
}

/** Settles `promise` into a readable outcome without an unhandled rejection. */
function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('[H2] withTimeouts', () => {
  it('[H2] a call that never settles rejects with the timeout code at the deadline, not before', async () => {
    const host = withTimeouts(fakeHost(), 1000);
    const call = track(host.base.getTableMetaList());
    await vi.advanceTimersByTimeAsync(999);
    expect(call.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(call.settled).toBe(true);
    expect(hostErrorCode(call.error)).toBe(HostErrorCode.Timeout);
    expect(call.error).toBeInstanceOf(HostError);
  });

  it('[H2] the default deadline is 15 s', async () => {
    const call = track(withTimeouts(fakeHost()).bridge.getUserId());
    await vi.advanceTimersByTimeAsync(14_999);
    expect(call.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(hostErrorCode(call.error)).toBe(HostErrorCode.Timeout);
  });

  it('[H2] tables from getTableById are wrapped too', async () => {
    const host = withTimeouts(fakeHost({ getRecordsByPage: () => never() }), 500);
    const table = await host.base.getTableById('tbl1');
    expect(table.id).toBe('tbl1');
    const call = track(table.getRecordsByPage({ pageSize: 200 }));
    await vi.advanceTimersByTimeAsync(500);
    expect(hostErrorCode(call.error)).toBe(HostErrorCode.Timeout);
  });

  it('[RB8] views from getViewById are wrapped too, and a setter the view lacks stays absent', async () => {
    const view = { id: 'vew1', getMeta: () => never<ViewMeta>(), applySetting: () => never<void>() };
    const host = withTimeouts(fakeHost({ getViewById: () => Promise.resolve(view) }), 300);
    const wrapped = await (await host.base.getTableById('tbl1')).getViewById!('vew1');
    expect([wrapped.id, wrapped.setGroupInfo]).toEqual(['vew1', undefined]);
    const call = track(wrapped.applySetting());
    await vi.advanceTimersByTimeAsync(300);
    expect(hostErrorCode(call.error)).toBe(HostErrorCode.Timeout);
  });

  it('a getTableById that never answers times out as well', async () => {
    const host = withTimeouts(fakeHost({}, { getTableById: () => never() }), 200);
    const call = track(host.base.getTableById('tbl1'));
    await vi.advanceTimersByTimeAsync(200);
    expect(hostErrorCode(call.error)).toBe(HostErrorCode.Timeout);
  });

  it('answers and failures in time pass through unchanged, and leave no timer behind', async () => {
    const failure = new HostError(HostErrorCode.RecordLimitExceeded, 'too many');
    const host = withTimeouts(
      fakeHost(
        {},
        { getPermission: () => Promise.resolve(true), getTableMetaList: () => Promise.reject(failure) },
      ),
      1000,
    );
    await expect(host.bridge.getLanguage()).resolves.toBe('en');
    await expect(host.base.getPermission({ entity: 'Base', type: 'editable' })).resolves.toBe(true);
    await expect(host.base.getTableMetaList()).rejects.toBe(failure);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('non-promise methods pass through: onRecordAdd returns its unsubscribe function', async () => {
    const unsubscribe = vi.fn();
    const onRecordAdd = vi.fn(() => unsubscribe);
    const host = withTimeouts(fakeHost({ onRecordAdd }), 1000);
    const table = await host.base.getTableById('tbl1');
    const callback = () => {};
    const result = table.onRecordAdd(callback);
    expect(result).toBe(unsubscribe);
    expect(onRecordAdd).toHaveBeenCalledWith(callback);
    result();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('bridge listeners pass through as well', () => {
    const off = () => {};
    const inner = fakeHost();
    inner.bridge.onThemeChange = () => off;
    expect(withTimeouts(inner, 1000).bridge.onThemeChange(() => {})).toBe(off);
  });

  it('methods keep their receiver (this)', async () => {
    const table = {
      id: 'tbl1',
      secret: 'mine',
      getName(this: { secret: string }) {
        return Promise.resolve(this.secret);
      },
    };
    const host = withTimeouts(fakeHost(table as unknown as Partial<BaseTable>), 1000);
    await expect((await host.base.getTableById('tbl1')).getName()).resolves.toBe('mine');
  });
});

describe('withDeadline', () => {
  it('[H2] rejects a promise that outlives the deadline, with the seconds in the message', async () => {
    const call = track(withDeadline(never(), 3000));
    await vi.advanceTimersByTimeAsync(3000);
    expect(hostErrorCode(call.error)).toBe(HostErrorCode.Timeout);
    expect((call.error as Error).message).toContain('3 s');
  });
});
