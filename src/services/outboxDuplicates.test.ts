import { describe, expect, it } from 'vitest';
import { demoBase, TEST_NOW } from '../../test/support/baseFixture';
import { DAY, HOUR } from '../core/time';
import { openSession } from './session';
import { removeDuplicates } from './outboxDuplicates';

async function open() {
  const local = await demoBase();
  const session = await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  return session.store;
}

const notice = (key: string, at: number) => ({ key, message: key, at });

describe('removeDuplicates', () => {
  it('[X2] keeps the smallest record id of each recent key and leaves older rows alone', async () => {
    const store = await open();
    const before = await store.readAll('notifications');
    await store.addAll('notifications', [
      notice('dup/recent', TEST_NOW),
      notice('dup/recent', TEST_NOW),
      notice('dup/recent', TEST_NOW - HOUR),
      notice('dup/old', TEST_NOW - 3 * DAY),
      notice('dup/old', TEST_NOW - 3 * DAY),
      notice('single', TEST_NOW),
    ]);
    const added = (await store.readAll('notifications')).filter((r) => !before.some((b) => b.id === r.id));
    const firstRecent = added
      .filter((r) => r.values.key === 'dup/recent')
      .map((r) => r.id)
      .sort()[0];

    expect(await removeDuplicates(store, TEST_NOW)).toBe(2);
    const after = await store.readAll('notifications');
    const keys = after.filter((r) => !before.some((b) => b.id === r.id)).map((r) => r.values.key);
    expect(keys.sort()).toEqual(['dup/old', 'dup/old', 'dup/recent', 'single']);
    expect(after.some((r) => r.id === firstRecent)).toBe(true);
    expect(await removeDuplicates(store, TEST_NOW)).toBe(0);
  });
});
