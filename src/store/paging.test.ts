import { describe, expect, it } from 'vitest';
import { LocalHost } from '../local/localHost';
import { emptyState } from '../local/localState';
import { FieldType, type BaseRecord, type BaseTable } from '../port/bitableBase';
import { addAllRecords, chunks, readAllRecords, setAllRecords } from './paging';
import type { RetryPolicy } from './retry';

const VIRTUAL = { clock: 'virtual', roundTripMs: 25, windowMs: 5 } as const;
const NO_WAIT: RetryPolicy = { attempts: 3, backoffMs: 100, sleep: async () => {} };
const text = (t: string) => [{ type: 'text' as const, text: t }];
const plain = (cell: unknown) =>
  Array.isArray(cell) ? cell.map((s: { text?: string }) => s.text ?? '').join('') : '';

/** A table of `count` records named r0, r1, ... with N = their index; counters reset afterwards. */
async function seeded(count: number) {
  const local = new LocalHost({ state: emptyState(), latency: VIRTUAL });
  const { tableId } = await local.host.base.addTable({
    name: 'Rows',
    fields: [
      { type: FieldType.Text, name: 'Name' },
      { type: FieldType.Number, name: 'N' },
    ],
  });
  const table = await local.host.base.getTableById(tableId);
  const [name, n] = (await table.getFieldMetaList()).map((f) => f.id) as [string, string];
  const ids = await addAllRecords(
    table,
    Array.from({ length: count }, (_, i) => ({ fields: { [name]: text(`r${i}`), [n]: i } })),
  );
  local.calls.reset();
  local.scheduler.resetCounters();
  return { local, table, ids, name, n };
}

/** A host whose tokens count pages (as the OpenAPI adapter's do): the first page's token is 1, not 200. */
function cursorTokens(table: BaseTable): BaseTable {
  return withTokens(
    table,
    (offset) => offset / 200,
    (token) => token * 200,
  );
}

/**
 * A host whose first token happens to equal the first page's length, while later tokens are not positions:
 * a guessed position lands on the wrong records.
 */
function positionOnlyFirst(table: BaseTable): BaseTable {
  const toToken = (offset: number) => (offset === 200 ? 200 : offset * 10);
  return withTokens(table, toToken, (token) => (token === 200 ? 200 : Math.floor(token / 10)));
}

function withTokens(
  table: BaseTable,
  toToken: (o: number) => number,
  toOffset: (t: number) => number,
): BaseTable {
  return {
    ...table,
    getRecordsByPage: async (params) => {
      const offset = params.pageToken === undefined ? undefined : toOffset(params.pageToken);
      const page = await table.getRecordsByPage({ ...params, pageToken: offset });
      return { ...page, pageToken: page.pageToken === undefined ? undefined : toToken(page.pageToken) };
    },
  };
}

describe('chunks', () => {
  it('splits into chunks of the given size with a short last chunk', () => {
    const items = Array.from({ length: 450 }, (_, i) => i);
    const parts = chunks(items, 200);
    expect(parts.map((c) => c.length)).toEqual([200, 200, 50]);
    expect(parts.flat()).toEqual(items);
    expect(chunks([], 200)).toEqual([]);
  });
});

describe('readAllRecords', () => {
  it('[H1] reads 1,050 records in exactly 6 page calls, in order', async () => {
    const { local, table, ids, n } = await seeded(1050);
    const records = await readAllRecords(table, NO_WAIT);
    expect(local.calls.byMethod).toEqual({ getRecordsByPage: 6 });
    expect(local.calls.recent.map((c) => c.records)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(records.map((r) => r.recordId)).toEqual(ids);
    expect(records.map((r) => r.fields[n])).toEqual(ids.map((_, i) => i));
  });

  it('[H1] reads the pages after the first at once when its token is a position', async () => {
    const { local, table, ids } = await seeded(1050);
    const records = await readAllRecords(table, NO_WAIT);
    expect(records.map((r) => r.recordId)).toEqual(ids);
    expect(local.scheduler.roundTrips).toBe(2);
  });

  it('[H1] reads in a chain when the tokens are not positions', async () => {
    const { local, table, ids } = await seeded(1050);
    const records = await readAllRecords(cursorTokens(table), NO_WAIT);
    expect(records.map((r) => r.recordId)).toEqual(ids);
    expect(local.calls.byMethod.getRecordsByPage).toBe(6);
    expect(local.scheduler.roundTrips).toBe(6);
  });

  it('[H1] drops a guess by position that the pages do not prove, and repeats no record', async () => {
    const { local, table, ids } = await seeded(1050);
    const records = await readAllRecords(positionOnlyFirst(table), NO_WAIT);
    expect(records.map((r) => r.recordId)).toEqual(ids);
    expect(local.calls.byMethod.getRecordsByPage).toBe(11);
  });

  it('[H1] reads an empty table in one call', async () => {
    const { local, table } = await seeded(0);
    expect(await readAllRecords(table, NO_WAIT)).toEqual([]);
    expect(local.calls.total).toBe(1);
  });

  it('[H1] applies the filter to every page', async () => {
    const { table, name } = await seeded(1050);
    const filter = { conjunction: 'and', conditions: [{ fieldId: name, operator: 'contains', value: '7' }] };
    const names = (await readAllRecords(table, NO_WAIT, filter)).map((r) => plain(r.fields[name]));
    const expected = Array.from({ length: 1050 }, (_, i) => `r${i}`).filter((s) => s.includes('7'));
    expect(expected.length).toBeGreaterThan(200);
    expect(names).toEqual(expected);
  });

  it('[H2] retries a page whose answer was lost, without duplicating records', async () => {
    const { local, table, ids } = await seeded(450);
    local.failures.failNext(1, 'after');
    const records = await readAllRecords(table, NO_WAIT);
    expect(records.map((r) => r.recordId)).toEqual(ids);
    expect(local.calls.byMethod.getRecordsByPage).toBe(4);
  });
});

describe('setAllRecords', () => {
  const doubled = (ids: string[], n: string): BaseRecord[] =>
    ids.map((recordId, i) => ({ recordId, fields: { [n]: i * 2 } }));

  it('[H1] [H4] writes 450 records in 3 setRecords calls sharing one round trip', async () => {
    const { local, table, ids, n } = await seeded(450);
    await setAllRecords(table, doubled(ids, n), NO_WAIT);
    expect(local.calls.byMethod).toEqual({ setRecords: 3 });
    expect(local.calls.recent.map((c) => c.records)).toEqual([200, 200, 50]);
    expect(local.scheduler.roundTrips).toBe(1);
    const records = await readAllRecords(table, NO_WAIT);
    expect(records.map((r) => r.fields[n])).toEqual(ids.map((_, i) => i * 2));
  });

  it('[H2] retries a failed chunk until every record is written', async () => {
    const { local, table, ids, n } = await seeded(450);
    local.failures.failNext(1, 'before');
    await setAllRecords(table, doubled(ids, n), NO_WAIT);
    expect(local.calls.byMethod.setRecords).toBe(4);
    const records = await readAllRecords(table, NO_WAIT);
    expect(records.map((r) => r.fields[n])).toEqual(ids.map((_, i) => i * 2));
  });

  it('[H2] does not retry a permission error', async () => {
    const { local, table, ids, n } = await seeded(10);
    local.setSession({ readOnly: true });
    await expect(setAllRecords(table, doubled(ids, n), NO_WAIT)).rejects.toMatchObject({ code: 10214997 });
    expect(local.calls.byMethod.setRecords).toBe(1);
  });
});

describe('addAllRecords', () => {
  it('[H1] [H4] adds 450 records in 3 addRecords calls sharing one round trip, ids in input order', async () => {
    const { local, table, name } = await seeded(0);
    const ids = await addAllRecords(
      table,
      Array.from({ length: 450 }, (_, i) => ({ fields: { [name]: text(`new${i}`) } })),
    );
    expect(local.calls.byMethod).toEqual({ addRecords: 3 });
    expect(local.scheduler.roundTrips).toBe(1);
    const values = await table.getRecordsByIds(ids);
    expect(values.map((v) => plain(v.fields[name]))).toEqual(ids.map((_, i) => `new${i}`));
  });
});
