import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/support/baseFixture';
import { HOUR } from '../../core/time';
import { runOnce } from '../background';
import { LEASE_MS } from '../lease';
import { reconcileLedger } from './reconcileLedger';
import { scoringJob } from './scoringJob';
import { acceptedDemo, expectedTotals, ledgerOf, ledgerTotals, open } from '../../../test/support/scoringKit';

const addCalls = (local: { calls: { byMethod: Record<string, number> } }) =>
  local.calls.byMethod.addRecords ?? 0;

describe('reconciling the ledger', () => {
  it('[SC12] adds what an acceptance calls for in ⌈n/200⌉ writes; a second run writes nothing', async () => {
    const { local, store } = await acceptedDemo();
    const data = await store.loadCore();
    local.calls.reset();
    const first = await reconcileLedger(store, data, TEST_NOW);
    expect(first.added).toBeGreaterThan(0);
    expect(addCalls(local)).toBe(Math.ceil(first.added / 200));
    const ledger = await ledgerOf(local);
    expect(ledger).toHaveLength(first.added);
    expect(ledgerTotals(ledger)).toEqual(await expectedTotals(store));
    local.calls.reset();
    expect((await reconcileLedger(store, data, TEST_NOW)).added).toBe(0);
    expect(addCalls(local)).toBe(0);
  });

  it('[SC13] a task reopened after acceptance is reversed, nothing is edited or deleted', async () => {
    const { local, store, liveId } = await acceptedDemo();
    await reconcileLedger(store, await store.loadCore(), TEST_NOW);
    const before = await ledgerOf(local);
    await store.update('tasks', [{ id: liveId, values: { status: 'in_review', completedAt: undefined } }]);
    await reconcileLedger(store, await store.loadCore(), TEST_NOW + HOUR);
    const after = await ledgerOf(local);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).every((e) => e.rule === 'reversal' && e.reversesId)).toBe(true);
    expect(ledgerTotals(after.filter((e) => e.source === 'task'))).toEqual(new Map());
  });

  it('[SC11] with 10% of calls failing (answers lost), retried runs end with exactly the entries called for', async () => {
    let injected = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { local, store } = await acceptedDemo();
      const data = await store.loadCore();
      local.failures.failRate(0.1, 'after', seed);
      for (let attempt = 0; attempt < 6; attempt++) {
        const ok = await reconcileLedger(store, data, TEST_NOW).then(
          () => true,
          () => false,
        );
        if (ok) break;
      }
      injected += local.failures.injected;
      local.failures.clear();
      await reconcileLedger(store, data, TEST_NOW);
      const ledger = await ledgerOf(local);
      expect(new Set(ledger.map((e) => e.key)).size).toBe(ledger.length);
      expect(ledgerTotals(ledger)).toEqual(await expectedTotals(store));
    }
    expect(injected).toBeGreaterThan(0);
  });

  it('[SC11] two sidebars and an automation run at once: once synced, each entry is there once', async () => {
    const { local } = await acceptedDemo();
    const sides = [local.replica({ syncDelayMs: 400 }), local.replica({ syncDelayMs: 400 })];
    const stores = await Promise.all(sides.map((r) => open(r)));
    const [left, right] = await Promise.all([
      ...stores.map(async (s) => reconcileLedger(s, await s.loadCore(), TEST_NOW)),
      runOnce(await open(local), [scoringJob], {
        holder: 'automations:test',
        clock: () => TEST_NOW,
        leaseMs: LEASE_MS,
        actor: async () => 'ou_automations',
      }),
    ]);
    await local.sync();
    // Both sidebars found the ledger empty and wrote every entry: the race is real. 12 for the task, 3 for the
    // demo drive's on-time submissions, 1 for the boss's course.
    expect([left, right].map((r) => (r as { added: number }).added)).toEqual([16, 16]);
    const store = await open(local);
    await reconcileLedger(store, await store.loadCore(), TEST_NOW);
    const ledger = await ledgerOf(local);
    expect(new Set(ledger.map((e) => e.key)).size).toBe(ledger.length);
    expect(ledgerTotals(ledger)).toEqual(await expectedTotals(store));
  });
});
