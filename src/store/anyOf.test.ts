import { describe, expect, it } from 'vitest';
import { HOST_PROFILES } from '../local/hostProfiles';
import { LocalHost } from '../local/localHost';
import { emptyState } from '../local/localState';
import { FieldType, type BaseTable } from '../port/bitableBase';
import { HostError, HostErrorCode } from '../port/hostErrors';
import { currentLookupSize, DEFAULT_LOOKUP_SIZE, readAnyOf, setLookupSize } from './anyOf';
import { findAllKeys } from './idempotentAdd';

const RETRY = { attempts: 1, backoffMs: 0 };
const text = (t: string) => [{ type: 'text' as const, text: t }];

async function keyed(count: number) {
  const local = new LocalHost({ state: emptyState(), quirks: HOST_PROFILES.conditionCap });
  const { tableId } = await local.host.base.addTable({
    name: 'T',
    fields: [{ type: FieldType.Text, name: 'Key' }],
  });
  const table = await local.host.base.getTableById(tableId);
  const [key] = (await table.getFieldMetaList()).map((f) => f.id);
  const keys = Array.from({ length: count }, (_, i) => `k${i}`);
  await table.addRecords(keys.map((k) => ({ fields: { [key!]: text(k) } })));
  return { table, key: key!, keys };
}

describe('[RB5] lookups under a cap on filter conditions', () => {
  it('a lookup of more keys than the host takes in one filter still finds every key, and learns the size', async () => {
    setLookupSize(DEFAULT_LOOKUP_SIZE);
    const { table, key, keys } = await keyed(120);
    const found = await findAllKeys(table, key, keys, RETRY);
    expect([...found.keys()].sort()).toEqual([...keys].sort());
    expect(currentLookupSize()).toBeLessThanOrEqual(HOST_PROFILES.conditionCap.maxConditions);
  });

  it('a refusal that is not about size is not split', async () => {
    setLookupSize(DEFAULT_LOOKUP_SIZE);
    const { table, key, keys } = await keyed(10);
    let calls = 0;
    const denying: BaseTable = Object.create(table) as BaseTable;
    denying.getRecordsByPage = () => {
      calls += 1;
      return Promise.reject(new HostError(HostErrorCode.RecordPermissionDenied, 'permission denied'));
    };
    await expect(readAnyOf(denying, key, keys, RETRY)).rejects.toMatchObject({
      code: HostErrorCode.RecordPermissionDenied,
    });
    expect(calls).toBe(1);
    expect(currentLookupSize()).toBe(DEFAULT_LOOKUP_SIZE);
  });
});
