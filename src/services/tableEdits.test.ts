import { describe, expect, it } from 'vitest';
import { demoBase, TEST_NOW } from '../../test/support/baseFixture';
import { toTaskEvent } from '../schema/entities';
import { BatonStore } from '../store/batonStore';
import { BACKGROUND_JOBS, runOnce } from './background';
import { LEASE_MS } from './lease';

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };
const once = (store: BatonStore) =>
  runOnce(store, BACKGROUND_JOBS, {
    holder: 'automations:test',
    clock: () => TEST_NOW,
    leaseMs: LEASE_MS,
    actor: async () => 'ou_automations',
  });

describe('a stage set to done in the grid', () => {
  it('[EV9] gets its completion time and one history row "edited in the table"; a second run adds nothing', async () => {
    const local = await demoBase();
    const store = await BatonStore.open(local.host, RETRY);
    const stage = (await store.loadCore()).tasks.find(
      (t) => t.kind === 'stage' && t.status === 'in_progress',
    )!;
    await store.update('tasks', [{ id: stage.id, values: { status: 'done' } }]);
    expect(await once(store)).toMatchObject({ outcome: 'done' });
    const after = (await store.loadCore()).tasks.find((t) => t.id === stage.id)!;
    expect(after.completedAt).toBe(TEST_NOW);
    const rows = async () =>
      (await store.readAll('taskEvents'))
        .map(toTaskEvent)
        .filter((e) => e.key?.startsWith(`${stage.id}/doneInTable/`));
    expect((await rows()).map((e) => [e.summary, e.actorUserIds])).toEqual([
      [`「${stage.title}」在表格中被改为「已完成」（操作人未知）`, []],
    ]);
    await once(store);
    expect(await rows()).toHaveLength(1);
  });
});
