import { describe, expect, it } from 'vitest';
import { demoBase } from '../../test/support/baseFixture';
import type { BitableHost } from '../port/bitableBase';
import { BatonStore } from './batonStore';

describe('table handles', () => {
  it('the store asks the host for a table handle once, however often it reads and writes that table', async () => {
    const local = await demoBase();
    const asked: string[] = [];
    const host: BitableHost = {
      bridge: local.host.bridge,
      base: Object.assign(Object.create(local.host.base) as BitableHost['base'], {
        getTableById: (id: string) => {
          asked.push(id);
          return local.host.base.getTableById(id);
        },
      }),
    };
    const store = await BatonStore.open(host);
    asked.length = 0;
    const [task] = await store.readAll('tasks');
    await store.readAll('tasks');
    await store.update('tasks', [{ id: task!.id, values: { description: 'again' } }]);
    await store.readByIds('tasks', [task!.id]);
    expect(asked).toEqual([store.table('tasks').id]);
  });
});
