import { describe, expect, it } from 'vitest';
import { AT, base, HE, open, sent } from '../../test/support/writePaths';
import type { LocalHost } from '../local/localHost';
import { toNotice, toTask, toTaskEvent } from '../schema/entities';
import { BACKGROUND_JOBS, runOnce } from './background';
import { OWED_TTL_MS, owedCount, payOwed } from './outboxOwed';
import { respond } from './respond';

const DECLINE = { kind: 'decline', reason: '排期冲突' } as const;

/** A decline whose task update lands but whose notices fail (the outbox does not answer). */
async function declinedUntold() {
  const local = await base();
  const id = await sent(local, 'assign');
  const { store, data } = await open(local);
  local.failures.failNext(1, 'before', { tableId: store.table('notifications').id });
  await expect(respond(store, data, id, DECLINE, HE, AT)).rejects.toThrow();
  local.failures.clear();
  return { local, id };
}

async function told(local: LocalHost, id: string) {
  const { store } = await open(local, 3);
  const [task] = (await store.readByIds('tasks', [id])).map(toTask);
  const notices = (await store.readAll('notifications')).map(toNotice).filter((n) => n.taskId === id);
  const events = (await store.readAll('taskEvents')).map(toTaskEvent).filter((e) => e.taskId === id);
  return {
    status: task!.status,
    declined: notices.filter((n) => n.type === 'declined').length,
    events: events.filter((e) => e.type === 'declined').length,
  };
}

describe('owed notices', () => {
  it('[O3] a change that landed untold is told once by the next background run', async () => {
    const { local, id } = await declinedUntold();
    expect(await told(local, id)).toMatchObject({ status: 'declined', declined: 0 });
    expect(owedCount()).toBe(1);
    const run = () =>
      open(local, 3).then(({ store }) =>
        runOnce(store, BACKGROUND_JOBS, {
          holder: 'sidebar:test',
          clock: () => AT + 60_000,
          leaseMs: 60_000,
          actor: async () => HE,
        }),
      );
    expect(await run()).toMatchObject({ outcome: 'done' });
    expect(await run()).toMatchObject({ outcome: 'done' });
    expect(await told(local, id)).toEqual({ status: 'declined', declined: 2, events: 1 });
    expect(owedCount()).toBe(0);
  });

  it('[O3] a retry on a page re-read since the failure (showing the change) still tells once', async () => {
    const { local, id } = await declinedUntold();
    const reread = await open(local, 3);
    const retried = await respond(
      reread.store,
      reread.data,
      id,
      { kind: 'acknowledge' },
      HE,
      AT,
      undefined,
      true,
    );
    expect(retried.ok).toBe(true);
    expect(await told(local, id)).toEqual({ status: 'declined', declined: 2, events: 1 });
    expect(owedCount()).toBe(0);
  });

  it('[O3] a change that never landed tells nothing and is dropped after the TTL', async () => {
    const local = await base();
    const id = await sent(local, 'assign');
    const { store, data } = await open(local);
    local.failures.failNext(1, 'before', { method: 'setRecords' });
    await expect(respond(store, data, id, DECLINE, HE, AT)).rejects.toThrow();
    local.failures.clear();
    expect(await payOwed(store, AT + 1000)).toBe(0);
    expect(owedCount()).toBe(1);
    expect(await payOwed(store, AT + OWED_TTL_MS + 1)).toBe(0);
    expect(owedCount()).toBe(0);
    expect(await told(local, id)).toEqual({ status: 'assigned', declined: 0, events: 0 });
  });
});
