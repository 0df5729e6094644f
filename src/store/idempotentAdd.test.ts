import { describe, expect, it } from 'vitest';
import { LocalHost } from '../local/localHost';
import { emptyState } from '../local/localState';
import { FieldType, type BaseTable } from '../port/bitableBase';
import { HostError, HostErrorCode } from '../port/hostErrors';
import { addOnce, findKeys, type KeyedRecord } from './idempotentAdd';
import { readAllRecords } from './paging';
import { sleep, type RetryPolicy } from './retry';

const VIRTUAL = { clock: 'virtual', roundTripMs: 25, windowMs: 5 } as const;
const text = (t: string) => [{ type: 'text' as const, text: t }];
const plain = (cell: unknown) =>
  Array.isArray(cell) ? cell.map((s: { text?: string }) => s.text ?? '').join('') : '';

function policy(attempts = 3) {
  const sleeps: number[] = [];
  const retry: RetryPolicy = { attempts, backoffMs: 100, sleep: async (ms) => void sleeps.push(ms) };
  return { retry, sleeps };
}

/** A Ledger table keyed by its primary text field Key, with a number Amount. */
async function ledger() {
  const local = new LocalHost({ state: emptyState(), latency: VIRTUAL });
  const { tableId } = await local.host.base.addTable({
    name: 'Ledger',
    fields: [
      { type: FieldType.Text, name: 'Key' },
      { type: FieldType.Number, name: 'Amount' },
    ],
  });
  const table = await local.host.base.getTableById(tableId);
  const [key, amount] = (await table.getFieldMetaList()).map((f) => f.id) as [string, string];
  const items = (count: number, prefix = 'k'): KeyedRecord[] =>
    Array.from({ length: count }, (_, i) => ({
      key: `${prefix}${i}`,
      fields: { [key]: text(`${prefix}${i}`), [amount]: i },
    }));
  return { local, table, key, items };
}

/** Checks the table holds exactly one record per item key, and that `added` maps each key to that record. */
async function expectOnePerKey(
  table: BaseTable,
  keyField: string,
  items: KeyedRecord[],
  added: Map<string, string>,
) {
  const records = await readAllRecords(table, policy().retry);
  const keys = records.map((r) => plain(r.fields[keyField]));
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  expect([...keys].sort()).toEqual(items.map((i) => i.key).sort());
  const recordOf = new Map(records.map((r) => [plain(r.fields[keyField]), r.recordId]));
  expect(new Map([...added].sort())).toEqual(new Map([...recordOf].sort()));
}

/** The same table, with addRecords replaced: the way to slow down or break one call. */
function withAddRecords(table: BaseTable, addRecords: BaseTable['addRecords']): BaseTable {
  return new Proxy(table, {
    get: (target, prop) => {
      if (prop === 'addRecords') return addRecords;
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('addOnce', () => {
  it('[H3] adds each key once and maps keys to their record ids', async () => {
    const { local, table, key, items } = await ledger();
    const { retry, sleeps } = policy();
    const added = await addOnce(table, key, items(5), retry);
    await expectOnePerKey(table, key, items(5), added);
    expect([local.calls.byMethod.addRecords, sleeps.length]).toEqual([1, 0]);
  });

  it('[H3] an answer lost after the write (failNext 1 after) creates no duplicate', async () => {
    const { local, table, key, items } = await ledger();
    local.failures.failNext(1, 'after');
    const added = await addOnce(table, key, items(5), policy().retry);
    await expectOnePerKey(table, key, items(5), added);
    expect(local.calls.byMethod.addRecords).toBe(1);
  });

  it('[H3] two failures before the write (failNext 2 before) still add each key once', async () => {
    const { local, table, key, items } = await ledger();
    local.failures.failNext(2, 'before');
    const added = await addOnce(table, key, items(5), policy().retry);
    await expectOnePerKey(table, key, items(5), added);
  });

  it('[H3] [H1] a lost answer on one of three chunks re-adds nothing', async () => {
    const { local, table, key, items } = await ledger();
    local.failures.failNext(1, 'after');
    const added = await addOnce(table, key, items(450), policy().retry);
    await expectOnePerKey(table, key, items(450), added);
    expect(local.calls.byMethod.addRecords).toBe(3);
  });

  it('[H3] [H1] a failure before one of three chunks re-adds only that chunk', async () => {
    const { local, table, key, items } = await ledger();
    local.failures.failNext(1, 'before');
    const added = await addOnce(table, key, items(450), policy().retry);
    await expectOnePerKey(table, key, items(450), added);
    expect(local.calls.byMethod.addRecords).toBe(4);
  });

  it.each([
    ['after', 1],
    ['after', 2],
    ['before', 3],
  ] as const)(
    "[H3] with failRate(0.3, '%s', seed %i), 450 keys end with one record each",
    async (timing, seed) => {
      const { local, table, key, items } = await ledger();
      local.failures.failRate(0.3, timing, seed);
      const added = await addOnce(table, key, items(450), policy(10).retry);
      local.failures.clear();
      expect(local.failures.injected).toBeGreaterThan(0);
      await expectOnePerKey(table, key, items(450), added);
    },
  );

  it('[H3] a permission error is thrown at once, without a retry', async () => {
    const { local, table, key, items } = await ledger();
    local.setSession({ readOnly: true });
    const { retry, sleeps } = policy();
    await expect(addOnce(table, key, items(3), retry)).rejects.toMatchObject({
      code: HostErrorCode.RecordPermissionDenied,
    });
    expect([local.calls.byMethod.addRecords, sleeps.length]).toEqual([1, 0]);
  });

  it('[H3] gives up after retry.attempts attempts with the last error', async () => {
    const { table, key, items } = await ledger();
    let calls = 0;
    const broken = withAddRecords(table, async () => {
      calls += 1;
      throw new HostError(HostErrorCode.RecordUnknown, `failure ${calls}`);
    });
    await expect(addOnce(broken, key, items(3), policy(3).retry)).rejects.toThrow('failure 3');
    expect(calls).toBe(3);
    expect(await readAllRecords(table, policy().retry)).toEqual([]);
  });

  it('[H3] a chunk still in flight when another chunk fails is not added a second time', async () => {
    // Chunk 1 fails at once; chunk 2 reaches the host only later (a slow request, as with parallel OpenAPI writes).
    const { local, table, key, items } = await ledger();
    let calls = 0;
    let slow: Promise<unknown> = Promise.resolve();
    const slowSecond = withAddRecords(table, (records) => {
      calls += 1;
      if (calls !== 2) return table.addRecords(records);
      const answer = sleep(30).then(() => table.addRecords(records));
      slow = answer.catch(() => undefined);
      return answer;
    });
    local.failures.failNext(1, 'before');
    const added = await addOnce(slowSecond, key, items(400), policy().retry);
    await slow;
    await expectOnePerKey(table, key, items(400), added);
  });
});

/**
 * The first add times out for the caller but lands later, just after the next add: as a slow Base answers
 * after the deadline, when the retry's key lookup has already found nothing.
 */
function lateFirstAdd(table: BaseTable) {
  let late: (() => Promise<unknown>) | undefined;
  let calls = 0;
  return withAddRecords(table, async (records) => {
    calls += 1;
    if (calls === 1) {
      late = () => table.addRecords(records);
      throw new HostError(HostErrorCode.Timeout, 'no answer in time (simulated)');
    }
    const ids = await table.addRecords(records);
    await late?.();
    late = undefined;
    return ids;
  });
}

describe('addOnce with a late answer', () => {
  it('[O5] an attempt landing after its retry looked the keys up leaves one record per key', async () => {
    const { table, key, items } = await ledger();
    const added = await addOnce(lateFirstAdd(table), key, items(5), policy().retry);
    await expectOnePerKey(table, key, items(5), added);
  });

  it('[O5] a caller retrying with recheck after the add was reported failed keeps one record per key', async () => {
    const { table, key, items } = await ledger();
    const slow = lateFirstAdd(table);
    await expect(addOnce(slow, key, items(3), policy(1).retry)).rejects.toMatchObject({
      code: HostErrorCode.Timeout,
    });
    const retried = { checkFirst: true, recheck: true };
    const added = await addOnce(slow, key, items(3), policy(1).retry, retried);
    await expectOnePerKey(table, key, items(3), added);
  });

  it('[O5] two writers that both found nothing agree on the survivor: the smallest id', async () => {
    const { table, key, items } = await ledger();
    const first = await addOnce(table, key, items(2), policy().retry);
    await table.addRecords(items(2).map((i) => ({ fields: i.fields })));
    const second = await addOnce(table, key, items(2), policy().retry, { recheck: true });
    expect(new Map([...second].sort())).toEqual(new Map([...first].sort()));
    await expectOnePerKey(table, key, items(2), second);
  });
});

describe('findKeys', () => {
  it('[H3] finds the record ids of keys already present, across more than 200 keys', async () => {
    const { table, key, items } = await ledger();
    const added = await addOnce(table, key, items(250), policy().retry);
    const wanted = [...items(250).map((i) => i.key), 'missing1', 'missing2'];
    const found = await findKeys(table, key, wanted, policy().retry);
    expect(new Map([...found].sort())).toEqual(new Map([...added].sort()));
  });
});
