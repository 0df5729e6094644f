import { describe, expect, it } from 'vitest';
import { base, CLOCK, draft, open } from '../../test/support/writePaths';
import { personId } from '../../test/support/baseFixture';
import { aTask } from '../core/testBuilders';

import type { LocalHost } from '../local/localHost';
import { toTask } from '../schema/entities';
import { sendAssignment } from './assign';
import { BACKGROUND_JOBS, runOnce } from './background';
import {
  draftKeyOf,
  rollBackStale,
  rollBackUnfinished,
  UNFINISHED_GRACE_MS,
  unfinishedSends,
} from './assignUnfinished';

const BOSS = personId('王建国');
const MINUTE = 60_000;

/** A send whose release (the one setRecords) fails every time: its drafts stay, nobody told. */
async function abandoned(local: LocalHost, key: string) {
  const { store, data } = await open(local);
  local.failures.failNext(1, 'before', { method: 'setRecords' });
  await expect(sendAssignment(store, data, draft(data, 'assign', key), BOSS, CLOCK)).rejects.toThrow();
  local.failures.clear();
}

async function tasksOf(local: LocalHost) {
  const { store } = await open(local, 3);
  return (await store.readAll('tasks')).map(toTask);
}

const once = (local: LocalHost, at: number) =>
  open(local, 3).then(({ store }) =>
    runOnce(store, BACKGROUND_JOBS, {
      holder: 'automations:test',
      clock: () => at,
      leaseMs: 60_000,
      actor: async () => 'ou_automations',
    }),
  );

describe('unfinished sends', () => {
  it('[O6] groups drafts by the send that wrote them, by their request keys', () => {
    const task = aTask;
    const tasks = [
      task({ id: 'r1', title: 'T', status: 'draft', requestKey: 'd1/task', createdAt: 5 }),
      task({ id: 'r2', title: 'S', status: 'draft', requestKey: 'd1/stage/s1', kind: 'stage', createdAt: 5 }),
      task({ id: 'r3', title: 'U', status: 'draft', requestKey: 'd2/task', createdAt: 3 }),
      task({ id: 'r4', title: 'V', status: 'assigned', requestKey: 'd3/task' }),
    ];
    expect(unfinishedSends(tasks)).toEqual([
      { draftKey: 'd2', title: 'U', startedAt: 3, taskIds: ['r3'] },
      { draftKey: 'd1', title: 'T', startedAt: 5, taskIds: ['r1', 'r2'] },
    ]);
    expect(draftKeyOf('a/b/stage/x')).toBe('a/b');
  });

  it('[O6] a send failed at the release is listed, and rolled back from the list', async () => {
    const local = await base();
    await abandoned(local, 'left');
    const [send, ...others] = unfinishedSends(await tasksOf(local));
    expect(others).toEqual([]);
    expect(send).toMatchObject({ draftKey: 'left', startedAt: CLOCK.now, taskIds: [expect.any(String)] });
    const { store } = await open(local, 3);
    expect(await rollBackUnfinished(store, send!)).toBe(1);
    expect(unfinishedSends(await tasksOf(local))).toEqual([]);
  });

  it('[O6] the background rolls back a send only once it is older than the grace period', async () => {
    const local = await base();
    await abandoned(local, 'left');
    const before = (await tasksOf(local)).length;
    expect(await once(local, CLOCK.now + UNFINISHED_GRACE_MS - MINUTE)).toMatchObject({ outcome: 'done' });
    expect(unfinishedSends(await tasksOf(local))).toHaveLength(1);
    expect(await once(local, CLOCK.now + UNFINISHED_GRACE_MS)).toMatchObject({ outcome: 'done' });
    expect(unfinishedSends(await tasksOf(local))).toEqual([]);
    expect(await tasksOf(local)).toHaveLength(before - 1);
  });

  it('[O6] a draft a resumed send released meanwhile is never removed', async () => {
    const local = await base();
    await abandoned(local, 'resumed');
    const stale = await tasksOf(local);
    const { store, data } = await open(local, 3);
    const resumed = await sendAssignment(store, data, draft(data, 'assign', 'resumed'), BOSS, CLOCK, {
      resume: true,
    });
    expect(resumed.ok).toBe(true);
    expect(await rollBackStale(store, stale, CLOCK.now + UNFINISHED_GRACE_MS)).toBe(0);
    const after = await tasksOf(local);
    expect(after.find((t) => t.requestKey === 'resumed/task')?.status).toBe('assigned');
  });
});
