import { describe, expect, it } from 'vitest';
import { demoBase, TEST_NOW } from '../../test/support/baseFixture';
import type { ReadySession } from '../sidebar/app/appModel';
import { holdLease, LEASE_MS, releaseLease } from './lease';
import { openSession } from './session';

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };

async function twoSidebars() {
  const local = await demoBase();
  const a = (await openSession(local.host, RETRY)) as ReadySession;
  const b = (await openSession(local.host, RETRY)) as ReadySession;
  return { local, a: a.store, b: b.store };
}

describe('runner lease', () => {
  it('the first sidebar takes it; a second is refused until it expires, then takes it', async () => {
    const { a, b } = await twoSidebars();
    expect(await holdLease(a, 'sidebar-a', TEST_NOW)).toBe(true);
    expect(await holdLease(b, 'sidebar-b', TEST_NOW + 1000)).toBe(false);
    expect(await holdLease(a, 'sidebar-a', TEST_NOW + 2000)).toBe(true);
    expect(await holdLease(b, 'sidebar-b', TEST_NOW + 2000 + LEASE_MS + 1)).toBe(true);
    expect(await holdLease(a, 'sidebar-a', TEST_NOW + 2000 + LEASE_MS + 2)).toBe(false);
  });

  it('two sidebars asking at the same moment: at most one holds it, and there is one runner row', async () => {
    const { local, a, b } = await twoSidebars();
    const held = await Promise.all([
      holdLease(a, 'sidebar-a', TEST_NOW),
      holdLease(b, 'sidebar-b', TEST_NOW),
    ]);
    expect(held.filter(Boolean).length).toBeLessThanOrEqual(1);
    const settings = local.state.tables.find((t) => t.name === '设置')!;
    const key = settings.fields.find((f) => f.isPrimary)!;
    const runners = settings.records.filter((r) => JSON.stringify(r.fields[key.id]).includes('runner'));
    expect(runners.length).toBeGreaterThanOrEqual(1);
  });

  it('released by its holder it can be taken at once; a release by anyone else changes nothing', async () => {
    const { a, b } = await twoSidebars();
    expect(await holdLease(a, 'automations', TEST_NOW)).toBe(true);
    await releaseLease(b, 'sidebar-b', TEST_NOW + 1000);
    expect(await holdLease(b, 'sidebar-b', TEST_NOW + 1000)).toBe(false);
    await releaseLease(a, 'automations', TEST_NOW + 2000);
    expect(await holdLease(b, 'sidebar-b', TEST_NOW + 2000)).toBe(true);
  });

  it('a lease that ran out is not released by its former holder: the next holder keeps it', async () => {
    const { a, b } = await twoSidebars();
    expect(await holdLease(a, 'automations', TEST_NOW, 1000)).toBe(true);
    expect(await holdLease(b, 'sidebar-b', TEST_NOW + 2000)).toBe(true);
    await releaseLease(a, 'automations', TEST_NOW + 3000);
    expect(await holdLease(a, 'someone-else', TEST_NOW + 4000)).toBe(false);
  });
});
