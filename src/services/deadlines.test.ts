import { describe, expect, it } from 'vitest';
import { demoBase, TEST_NOW } from '../../test/support/baseFixture';
import { DAY } from '../core/time';
import { toNotice } from '../schema/entities';
import { BatonStore } from '../store/batonStore';
import { deadlinesJob, deadlineSettings, DEADLINES_SETTING, remindDeadlines } from './deadlines';

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };

describe('deadline reminders on the local Base', () => {
  it('[EV6] an overdue stage tells its owner and the responsible person once; a second run adds nothing', async () => {
    const local = await demoBase();
    const store = await BatonStore.open(local.host, RETRY);
    const data = await store.loadCore();
    const stage = data.tasks.find((t) => t.kind === 'stage' && t.status === 'in_progress' && t.parentId)!;
    await store.update('tasks', [{ id: stage.id, values: { due: TEST_NOW - 2 * DAY } }]);
    const fresh = await store.loadCore();
    await remindDeadlines(store, fresh, TEST_NOW);
    const told = async () =>
      (await store.readAll('notifications'))
        .map(toNotice)
        .filter((n) => n.taskId === stage.id && n.type === 'overdue');
    const first = await told();
    const parent = fresh.tasks.find((t) => t.id === stage.parentId)!;
    const expected = [...new Set([stage.responsibleUserIds[0], parent.responsibleUserIds[0]])];
    expect(first.flatMap((n) => n.recipientUserIds).sort()).toEqual(expect.arrayContaining(expected));
    expect(first.every((n) => n.message.includes(stage.title))).toBe(true);
    expect(await remindDeadlines(store, fresh, TEST_NOW)).toBe(0);
    expect(await told()).toHaveLength(first.length);
    expect(deadlinesJob.name).toBe('deadlines');
  });

  it('[EV6] the boss delay comes from 设置 deadlines; a bad value falls back to the default', async () => {
    const withSetting = async (value?: string) => {
      const local = await demoBase();
      const store = await BatonStore.open(local.host, RETRY);
      if (value === undefined) return store;
      await store.addAll('settings', [{ key: DEADLINES_SETTING, value }]);
      return BatonStore.open(local.host, RETRY); // settings are read when the sidebar opens
    };
    expect(deadlineSettings(await withSetting()).bossDelayHours).toBe(9);
    expect(deadlineSettings(await withSetting('{"bossDelayHours": 18}')).bossDelayHours).toBe(18);
    expect(deadlineSettings(await withSetting('not json')).bossDelayHours).toBe(9);
    expect(deadlineSettings(await withSetting('{"bossDelayHours": -1}')).bossDelayHours).toBe(9);
  });
});
