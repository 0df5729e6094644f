import { describe, expect, it, vi } from 'vitest';
import { LocalHost } from '../local/localHost';
import { emptyState } from '../local/localState';
import { HostError, HostErrorCode } from '../port/hostErrors';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry';

/** A policy whose sleeps are recorded instead of waited. */
function policy(attempts = 3, backoffMs = 100) {
  const sleeps: number[] = [];
  const retry: RetryPolicy = { attempts, backoffMs, sleep: async (ms) => void sleeps.push(ms) };
  return { retry, sleeps };
}

/** A call that throws the given errors in turn, then answers 'ok'; records the attempt numbers it saw. */
function failing(...errors: unknown[]) {
  const attempts: number[] = [];
  const run = vi.fn(async (attempt: number) => {
    attempts.push(attempt);
    if (attempts.length <= errors.length) throw errors[attempts.length - 1];
    return 'ok';
  });
  return { run, attempts };
}

describe('withRetry', () => {
  it('returns the first answer without sleeping', async () => {
    const { retry, sleeps } = policy();
    const { run } = failing();
    expect(await withRetry(run, retry)).toBe('ok');
    expect([run.mock.calls.length, sleeps]).toEqual([1, []]);
  });

  it('[H2] retries an error with no code, backing off by attempt', async () => {
    const { retry, sleeps } = policy(3, 100);
    const { run, attempts } = failing(new Error('network'), new Error('network'));
    expect(await withRetry(run, retry)).toBe('ok');
    expect(attempts).toEqual([1, 2, 3]);
    expect(sleeps).toEqual([100, 200]);
  });

  it.each([
    ['an unknown record error', HostErrorCode.RecordUnknown],
    ['a timeout', HostErrorCode.Timeout],
  ])('[H2] retries %s', async (_, code) => {
    const { retry } = policy();
    const { run } = failing(new HostError(code, 'failed'));
    expect(await withRetry(run, retry)).toBe('ok');
    expect(run).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['the record limit', HostErrorCode.RecordLimitExceeded],
    ['a permission denial', HostErrorCode.RecordPermissionDenied],
    ['a repeated table name', HostErrorCode.TableNameRepeated],
    ['a repeated field name', HostErrorCode.FieldNameRepeated],
    ['a repeated view name', HostErrorCode.ViewNameRepeated],
  ])('[H2] does not retry %s', async (_, code) => {
    const { retry, sleeps } = policy();
    const error = new HostError(code, 'refused');
    const { run } = failing(error);
    await expect(withRetry(run, retry)).rejects.toBe(error);
    expect([run.mock.calls.length, sleeps]).toEqual([1, []]);
  });

  it('[H2] reads the code of an error from another realm (a plain object with a code)', async () => {
    const { retry } = policy();
    const foreign = { code: HostErrorCode.RecordLimitExceeded, message: 'limit' };
    const { run } = failing(foreign);
    await expect(withRetry(run, retry)).rejects.toBe(foreign);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('[H2] gives up after 3 attempts by default, with the last error', async () => {
    const { sleeps } = policy();
    const errors = [1, 2, 3, 4].map((i) => new HostError(HostErrorCode.RecordUnknown, `failure ${i}`));
    const { run } = failing(...errors);
    const sleep = async (ms: number) => void sleeps.push(ms);
    await expect(withRetry(run, { ...DEFAULT_RETRY, sleep })).rejects.toBe(errors[2]);
    expect(run).toHaveBeenCalledTimes(3);
    expect(sleeps).toHaveLength(2);
  });

  it('[H2] retries a host call that failed twice, and the host sees three calls', async () => {
    const local = new LocalHost({
      state: emptyState(),
      latency: { clock: 'virtual', roundTripMs: 25, windowMs: 5 },
    });
    const { retry } = policy();
    local.failures.failNext(2, 'before');
    expect(await withRetry(() => local.host.bridge.getUserId(), retry)).toBe('ou_local');
    expect(local.calls.byMethod.getUserId).toBe(3);
  });
});
