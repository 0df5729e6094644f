import { describe, expect, it } from 'vitest';
import { demoBase, TEST_NOW } from '../../test/support/baseFixture';
import { base } from '../../test/support/writePaths';
import type { ReadySession } from '../sidebar/app/appModel';
import type { BatonStore } from '../store/batonStore';
import {
  CLOCK_SLACK_MS,
  holdLease,
  invalidLease,
  LEASE_MARGIN_MS,
  LEASE_MS,
  LeaseKeeper,
  releaseLease,
} from './lease';
import { openSession } from './session';

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };

async function twoSidebars() {
  const local = await demoBase();
  const a = (await openSession(local.host, RETRY)) as ReadySession;
  const b = (await openSession(local.host, RETRY)) as ReadySession;
  return { local, a: a.store, b: b.store };
}

/** The runner row as someone typed it in the grid. */
async function typeLease(store: BatonStore, holder: string, until: number) {
  const [row] = await store.readWhere('settings', 'key', 'runner');
  await store.update('settings', [{ id: row!.id, values: { value: JSON.stringify({ holder, until }) } }]);
}

const leaseReads = (local: { calls: { recent: { method: string }[] } }) =>
  local.calls.recent.filter((c) => c.method === 'getRecordsByPage').length;

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

  it('a lease ending further ahead than any lease is written (typed by hand, a clock far ahead) is not obeyed', async () => {
    const { a, b } = await twoSidebars();
    expect(await holdLease(a, 'sidebar-a', TEST_NOW)).toBe(true);
    await typeLease(a, 'sidebar-a', TEST_NOW + 365 * 24 * 3_600_000);
    expect(await holdLease(b, 'sidebar-b', TEST_NOW + 1000)).toBe(true);
    // A clock a little ahead is obeyed: two sidebars whose clocks differ by seconds do not take turns.
    await typeLease(a, 'sidebar-a', TEST_NOW + LEASE_MS + CLOCK_SLACK_MS);
    expect(await holdLease(b, 'sidebar-b', TEST_NOW)).toBe(false);
    await typeLease(a, 'sidebar-a', TEST_NOW + LEASE_MS + CLOCK_SLACK_MS + 1);
    expect(await holdLease(b, 'sidebar-b', TEST_NOW)).toBe(true);
  });

  it('[X7] a lease too far ahead is named as invalid; a lease a little ahead is not', async () => {
    const { a } = await twoSidebars();
    expect(await holdLease(a, 'sidebar-a', TEST_NOW)).toBe(true);
    expect(await invalidLease(a, TEST_NOW)).toBeUndefined();
    await typeLease(a, 'sidebar-a', TEST_NOW + LEASE_MS + CLOCK_SLACK_MS);
    expect(await invalidLease(a, TEST_NOW)).toBeUndefined();
    const until = TEST_NOW + 365 * 24 * 3_600_000;
    await typeLease(a, 'sidebar-a', until);
    expect(await invalidLease(a, TEST_NOW)).toEqual({ holder: 'sidebar-a', until });
  });

  it('[X1] two takers on copies that sync a second later: once synced, one runner row is left', async () => {
    // On the Base's virtual clock, which the waits move, so the copies sync during them.
    const local = await base();
    const copies = [local.replica({ syncDelayMs: 1000 }), local.replica({ syncDelayMs: 1000 })];
    const [a, b] = (await Promise.all(copies.map((c) => openSession(c.host, RETRY)))) as ReadySession[];
    const wait = async (ms: number) => {
      for (let waited = 0; waited < ms; waited += 250) await local.advance(250);
    };
    const held = await Promise.all([
      holdLease(a!.store, 'sidebar-a', TEST_NOW, LEASE_MS, wait),
      holdLease(b!.store, 'sidebar-b', TEST_NOW, LEASE_MS, wait),
    ]);
    await local.sync();
    const rows = await a!.store.readWhere('settings', 'key', 'runner');
    expect(held.filter(Boolean)).toEqual([true]);
    expect(rows).toHaveLength(1);
  });
});

describe('lease keeper', () => {
  it('trusts a held lease without reading it until the margin before it ends, then renews it', async () => {
    const { local, a, b } = await twoSidebars();
    let now = TEST_NOW;
    const keeper = new LeaseKeeper('sidebar-a', () => now);
    expect(await keeper.hold(a)).toBe(true);
    local.calls.reset();
    now = TEST_NOW + LEASE_MS - LEASE_MARGIN_MS - 1;
    expect(await keeper.hold(a)).toBe(true);
    expect(leaseReads(local)).toBe(0);
    now = TEST_NOW + LEASE_MS - LEASE_MARGIN_MS;
    expect(await keeper.hold(a)).toBe(true);
    expect(leaseReads(local)).toBeGreaterThan(0);
    // Renewed: still held a moment after the first lease would have ended.
    expect(await holdLease(b, 'sidebar-b', TEST_NOW + LEASE_MS + 1)).toBe(false);
  });

  it('checks asked for at the same moment share one round trip; a refused one is asked again next time', async () => {
    const { local, a, b } = await twoSidebars();
    expect(await holdLease(b, 'sidebar-b', TEST_NOW)).toBe(true);
    const keeper = new LeaseKeeper('sidebar-a', () => TEST_NOW + 1000);
    local.calls.reset();
    expect(await Promise.all([keeper.hold(a), keeper.hold(a)])).toEqual([false, false]);
    expect(leaseReads(local)).toBe(1);
    expect(await keeper.hold(a)).toBe(false);
    expect(leaseReads(local)).toBe(2);
  });

  it('a margin as long as the lease reads it every time, and a release ends it for everyone', async () => {
    const { local, a, b } = await twoSidebars();
    const keeper = new LeaseKeeper('automations:run', () => TEST_NOW, {
      leaseMs: LEASE_MS,
      marginMs: LEASE_MS,
    });
    expect(await keeper.hold(a)).toBe(true);
    local.calls.reset();
    expect(await keeper.hold(a)).toBe(true);
    expect(leaseReads(local)).toBeGreaterThan(0);
    await keeper.release(a);
    expect(await holdLease(b, 'sidebar-b', TEST_NOW)).toBe(true);
  });
});
