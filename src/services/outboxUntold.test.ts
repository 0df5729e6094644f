/**
 * [X6] Notices owed by an action whose sidebar closed before telling are found in the record by the background
 * (here the automations, which share no memory with the sidebar): told once, and never for a change the task
 * no longer shows.
 */
import { describe, expect, it, vi } from 'vitest';
import { personId } from '../../test/support/baseFixture';
import { AT, base, CLOCK, draft, HE, open, PATHS, sent, visible } from '../../test/support/writePaths';
import { HOUR } from '../core/time';
import type { LocalHost } from '../local/localHost';
import { toNotice, toTask } from '../schema/entities';
import { sendAssignment } from './assign';
import { respond } from './respond';
import type { Wait } from './settle';

const DECLINE = { kind: 'decline', reason: '排期冲突' } as const;
const GUO = personId('郭晓');

const waitOn =
  (local: LocalHost): Wait =>
  async (ms) =>
    void (await local.advance(ms));

/** A decline from a sidebar whose change and history land, whose notices fail, and which is then closed. */
async function declinedThenClosed() {
  const local = await base();
  const id = await sent(local, 'assign');
  const { store, data } = await open(local);
  local.failures.failNext(1, 'before', { tableId: store.table('notifications').id });
  await expect(respond(store, data, id, DECLINE, HE, AT, undefined, false, waitOn(local))).rejects.toThrow();
  local.failures.clear();
  return { local, id };
}

/** A run of the automations: another process, which shares no memory with the closed sidebar. */
async function automationRun(local: LocalHost, at: number) {
  const { store } = await open(local, 3);
  vi.resetModules();
  const { BACKGROUND_JOBS, runOnce } = await import('./background');
  return runOnce(store, BACKGROUND_JOBS, {
    holder: 'automations:test',
    clock: () => at,
    leaseMs: 10 * 60_000,
    actor: async () => 'automations',
  });
}

async function declineNotices(local: LocalHost, id: string) {
  const { store } = await open(local, 3);
  const [task] = (await store.readByIds('tasks', [id])).map(toTask);
  const notices = (await store.readAll('notifications')).map(toNotice);
  const keys = notices.filter((n) => n.taskId === id && n.type === 'declined').map((n) => n.key);
  return { status: task!.status, keys };
}

describe('[X6] notices owed are found in the record', () => {
  it('a decline whose sidebar closed before telling is told once by the next run', async () => {
    const { local, id } = await declinedThenClosed();
    expect(await declineNotices(local, id)).toEqual({ status: 'declined', keys: [] });
    expect((await automationRun(local, AT + HOUR)).outcome).toBe('done');
    const once = await declineNotices(local, id);
    expect(once.keys.length).toBeGreaterThan(0);
    expect(new Set(once.keys).size).toBe(once.keys.length);
    await automationRun(local, AT + 2 * HOUR);
    expect(await declineNotices(local, id)).toEqual(once);
  });

  it('a decline the task no longer shows (reassigned since) is not told', async () => {
    const { local, id } = await declinedThenClosed();
    const head = await open(local, 3);
    const lin = head.data.members.find((m) => m.name === '林峰')!.id;
    const reassign = { kind: 'reassign', toMemberId: lin, reason: '人手调整' } as const;
    expect((await respond(head.store, head.data, id, reassign, GUO, AT + 60_000)).ok).toBe(true);
    await automationRun(local, AT + HOUR);
    expect(await declineNotices(local, id)).toEqual({ status: 'assigned', keys: [] });
  });
});

/** What a run without failures leaves once the automations have run. */
async function cleanEnd(prepare: (typeof PATHS)[number][1]) {
  const local = await base();
  expect((await (await prepare(local, 3))(false)).ok).toBe(true);
  await automationRun(local, AT + HOUR);
  return visible((await open(local, 3)).store);
}

describe.each(['submit', 'acknowledge', 'send', 'decline', 'send back'])(
  '[X12] a %s whose change landed, whose notices failed, and whose sidebar closed',
  (name) => {
    it('is told by the next automation run, exactly as a clean run tells it', async () => {
      const [, prepare] = PATHS.find(([path]) => path === name)!;
      const clean = await cleanEnd(prepare);
      const local = await base();
      const act = await prepare(local, 1);
      const notifications = (await open(local)).store.table('notifications').id;
      local.failures.failNext(1, 'before', { tableId: notifications });
      await expect(act(false)).rejects.toThrow();
      local.failures.clear();
      const { store } = await open(local, 3);
      expect((await visible(store)).notices.length).toBeLessThan(clean.notices.length);
      await automationRun(local, AT + HOUR);
      expect(await visible(store)).toEqual(clean);
      await automationRun(local, AT + 2 * HOUR);
      expect(await visible(store)).toEqual(clean);
    });
  },
);

describe('[X12] a pool send whose notices failed and whose sidebar closed', () => {
  const publish = async (local: LocalHost, failNotices: boolean) => {
    const { store, data } = await open(local, 1);
    if (failNotices) local.failures.failNext(1, 'before', { tableId: store.table('notifications').id });
    return sendAssignment(store, data, draft(data, 'pool', 'pool-untold'), personId('王建国'), CLOCK);
  };

  it('is told to the suggested departments by the next run, as a clean send tells them', async () => {
    const clean = await base();
    expect((await publish(clean, false)).ok).toBe(true);
    await automationRun(clean, AT + HOUR);
    const local = await base();
    await expect(publish(local, true)).rejects.toThrow();
    local.failures.clear();
    await automationRun(local, AT + HOUR);
    const [told, expected] = await Promise.all(
      [local, clean].map(async (l) => visible((await open(l, 3)).store)),
    );
    expect(told!.notices.filter((k) => k?.includes('/notice/pool/')).length).toBeGreaterThan(0);
    expect(told).toEqual(expected);
  });
});
