import { describe, expect, it } from 'vitest';
import { demoBase, TEST_NOW } from '../../test/support/baseFixture';
import type { TaskStatus } from '../core/model';
import type { LocalHost } from '../local/localHost';
import { toNotice } from '../schema/entities';
import { BatonStore } from '../store/batonStore';
import { BACKGROUND_JOBS, runOnce, type BackgroundJob } from './background';
import { holdLease, LEASE_MS } from './lease';
import { HOUR } from '../core/time';

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };
const BRAND_STAGES = ['宣传方案', '物料制作', '渠道投放', '效果复盘'];

async function demo(doneInGrid: string[] = []) {
  const local = await demoBase();
  const store = await BatonStore.open(local.host, RETRY);
  const tasks = (await store.loadCore()).tasks;
  const id = (title: string) => tasks.find((t) => t.title === title)!.id;
  await store.update(
    'tasks',
    doneInGrid.map((title) => ({ id: id(title), values: { status: 'done', completedAt: TEST_NOW - HOUR } })),
  );
  return { local, store, id };
}

const once = (store: BatonStore, jobs: readonly BackgroundJob[], holder = 'automations:test') =>
  runOnce(store, jobs, {
    holder,
    clock: () => TEST_NOW,
    leaseMs: LEASE_MS,
    actor: async () => 'ou_automations',
  });

async function escalationsOf(local: LocalHost, taskId: string) {
  const store = await BatonStore.open(local.host, RETRY);
  return (await store.readAll('notifications'))
    .map(toNotice)
    .filter((n) => n.taskId === taskId && n.type !== 'ready');
}

describe('background jobs run once', () => {
  it('[E2][C6] escalation sees the statuses the cascade derived in the same run', async () => {
    // 品牌对外宣传 was assigned a week ago and never acknowledged: escalated...
    const waiting = await demo();
    expect(await once(waiting.store, BACKGROUND_JOBS)).toMatchObject({ outcome: 'done', statuses: 0 });
    expect((await escalationsOf(waiting.local, waiting.id('品牌对外宣传'))).length).toBeGreaterThan(0);
    // ...unless every stage of it was done in the grid: the cascade makes it done, and no one is chased.
    const finished = await demo(BRAND_STAGES);
    expect(await once(finished.store, BACKGROUND_JOBS)).toMatchObject({
      outcome: 'done',
      statuses: 1,
      escalated: 0,
    });
    expect(await escalationsOf(finished.local, finished.id('品牌对外宣传'))).toEqual([]);
  });

  it('a new job is one more entry: it sees the data as the jobs before it left it', async () => {
    const { store, id } = await demo(BRAND_STAGES);
    const seen: (TaskStatus | undefined)[] = [];
    const ledger: BackgroundJob = {
      name: 'ledger',
      run: async ({ data }) => {
        seen.push(data.tasks.find((t) => t.id === id('品牌对外宣传'))!.status);
        return {};
      },
    };
    expect(await once(store, [...BACKGROUND_JOBS, ledger])).toMatchObject({ outcome: 'done' });
    expect(seen).toEqual(['done']);
  });

  it('[J1] stops when someone took the lease over between two jobs, and leaves it to them', async () => {
    const { store } = await demo();
    const ran: string[] = [];
    const takeOver: BackgroundJob = {
      name: 'first',
      run: async ({ store }) => {
        ran.push('first');
        const [row] = await store.readWhere('settings', 'key', 'runner');
        const value = JSON.stringify({ holder: 'sidebar-b', until: TEST_NOW + LEASE_MS });
        await store.update('settings', [{ id: row!.id, values: { value } }]);
        return {};
      },
    };
    const next: BackgroundJob = { name: 'second', run: async () => (ran.push('second'), {}) };
    expect(await once(store, [takeOver, next])).toEqual({ outcome: 'busy' });
    expect(ran).toEqual(['first']);
    expect(await holdLease(store, 'sidebar-c', TEST_NOW + 1000)).toBe(false);
  });
});
