import { describe, expect, it } from 'vitest';
import { demoBase, TEST_NOW } from '../../test/support/baseFixture';
import type { LocalHost } from '../local/localHost';
import { toNotice } from '../schema/entities';
import { BatonStore } from '../store/batonStore';
import { ESCALATION_INTERVAL_MS } from './background';
import { LiveBackground } from './backgroundLive';
import { holdLease, LEASE_MARGIN_MS, LEASE_MS, releaseLease } from './lease';
import { openSession } from './session';

const MINUTE = 60_000;
// No retries: a failure injected into the local Base fails the read or the run it hits.
const NO_RETRY = { retry: { attempts: 1, backoffMs: 0 } };

/** An open sidebar of the boss (who can edit) and its runner, at a clock the test moves. */
async function sidebar(local: LocalHost, holder = 'sidebar-a') {
  const session = await openSession(local.host, NO_RETRY);
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  const clock = { now: TEST_NOW };
  // One sidebar at a time: the lease's settle wait only moves the test's clock.
  const wait = async (ms: number) => void (clock.now += ms);
  const runner = new LiveBackground({ holder, clock: () => clock.now, wait });
  runner.readAll(session);
  let current = session;
  return {
    runner,
    clock,
    /** The host's events for these tasks, then the sidebar's partial re-read. */
    async read(...taskIds: string[]) {
      runner.note('tasks', 'modify', taskIds);
      current = await runner.reread(current, true);
      return current;
    },
  };
}

/** Someone else's view of the Base: edits in the grid, another sidebar's lease. */
async function demo() {
  const local = await demoBase();
  const grid = await BatonStore.open(local.host, NO_RETRY);
  const tasks = (await grid.loadCore()).tasks;
  const id = (title: string) => tasks.find((t) => t.title === title)!.id;
  const doneInGrid = (...titles: string[]) =>
    grid.update(
      'tasks',
      titles.map((t) => ({ id: id(t), values: { status: 'done', completedAt: TEST_NOW - MINUTE } })),
    );
  const statusOf = async (title: string) =>
    (await grid.loadCore()).tasks.find((t) => t.title === title)!.status;
  return { local, grid, id, doneInGrid, statusOf };
}

const settingsReads = (local: LocalHost) => {
  const settings = local.state.tables.find((t) => t.name === '设置')!.id;
  return local.calls.recent.filter((c) => c.tableId === settings && c.method.startsWith('get')).length;
};

/** Every job of the list, in its order: what a first run, and a run after the escalation interval, runs. */
const EVERY_JOB = [
  'tableEdits',
  'contestRepair',
  'cascade',
  'escalate',
  'deadlines',
  'unfinished',
  'claims',
  'untold',
  'collection',
  'courseReminders',
  'duplicates',
  'digest',
  'scoring',
];

describe('the background runner of an open sidebar', () => {
  it('[C6] derives from the tasks a partial read changed; the echo of its writes derives nothing more', async () => {
    const d = await demo();
    const a = await sidebar(d.local);
    expect(await a.runner.run()).toMatchObject({
      outcome: 'ran',
      ran: EVERY_JOB,
    });
    await d.doneInGrid('海报设计');
    await a.read(d.id('海报设计'));
    a.clock.now += MINUTE;
    expect(await a.runner.run()).toMatchObject({
      ran: ['tableEdits', 'cascade'],
      tally: { statuses: 1, readyNotices: 1 },
    });
    expect(await d.statusOf('客户邀请')).toBe('ready');
    await a.read(d.id('客户邀请'));
    expect(await a.runner.run()).toMatchObject({ tally: { statuses: 0, readyNotices: 0 } });
  });

  it('[C6] after a re-read that failed, the next re-read reads everything, so the changes it took are derived', async () => {
    const d = await demo();
    const a = await sidebar(d.local);
    await a.runner.run();
    await d.doneInGrid('海报设计');
    d.local.failures.failNext(100);
    await expect(a.read(d.id('海报设计'))).rejects.toThrow();
    d.local.failures.clear();
    // The next event names a task of another special task only.
    const read = await a.read(d.id('作品收集'));
    expect(read.data.tasks.find((t) => t.id === d.id('海报设计'))!.status).toBe('done');
    await a.runner.run();
    expect(await d.statusOf('客户邀请')).toBe('ready');
  });

  it('[C6] after a run another sidebar held the lease for, the next run derives everything', async () => {
    const d = await demo();
    const a = await sidebar(d.local);
    await a.runner.run();
    // a's lease ran out (a laptop asleep); another sidebar holds it now.
    expect(await holdLease(d.grid, 'sidebar-b', TEST_NOW + 11 * MINUTE)).toBe(true);
    await d.doneInGrid('海报设计');
    await a.read(d.id('海报设计'));
    a.clock.now = TEST_NOW + 12 * MINUTE;
    expect(await a.runner.run()).toEqual({ outcome: 'refused' });
    expect(await d.statusOf('客户邀请')).toBe('waiting');
    // The other sidebar closed without deriving; the next event names a task of another special task only.
    await releaseLease(d.grid, 'sidebar-b', TEST_NOW + 13 * MINUTE);
    await a.read(d.id('作品收集'));
    a.clock.now = TEST_NOW + 14 * MINUTE;
    expect(await a.runner.run()).toMatchObject({ outcome: 'ran', tally: { statuses: 1 } });
    expect(await d.statusOf('客户邀请')).toBe('ready');
  });

  it('[C6] after a run that failed, the next run derives everything', async () => {
    const d = await demo();
    const a = await sidebar(d.local);
    await a.runner.run();
    await d.doneInGrid('海报设计');
    await a.read(d.id('海报设计'));
    d.local.failures.failNext(100);
    await expect(a.runner.run()).rejects.toThrow();
    d.local.failures.clear();
    expect(await d.statusOf('客户邀请')).toBe('waiting');
    // A tick with nothing read since.
    a.clock.now += MINUTE;
    expect(await a.runner.run()).toMatchObject({ tally: { statuses: 1 } });
    expect(await d.statusOf('客户邀请')).toBe('ready');
  });

  it('[J1] trusts its lease without a round trip, and renews it in the margin before it ends', async () => {
    const d = await demo();
    const a = await sidebar(d.local);
    await a.runner.run();
    d.local.calls.reset();
    a.clock.now = TEST_NOW + 4 * MINUTE;
    await a.runner.run();
    expect(settingsReads(d.local)).toBe(0);
    a.clock.now = TEST_NOW + LEASE_MS - LEASE_MARGIN_MS / 2;
    await a.runner.run();
    expect(settingsReads(d.local)).toBeGreaterThan(0);
    expect(await holdLease(d.grid, 'sidebar-b', TEST_NOW + LEASE_MS + MINUTE / 2)).toBe(false);
  });

  it('[E1] escalates at most every 5 minutes, also with nothing read', async () => {
    const d = await demo();
    const a = await sidebar(d.local);
    const ran = async (at: number) => {
      a.clock.now = at;
      const run = await a.runner.run();
      return run.outcome === 'ran' ? run.ran : [];
    };
    expect(await ran(TEST_NOW)).toEqual(EVERY_JOB);
    expect(await ran(TEST_NOW + MINUTE)).toEqual(['tableEdits', 'cascade']);
    expect(await ran(TEST_NOW + ESCALATION_INTERVAL_MS)).toEqual(EVERY_JOB);
  });

  it('[E2][C6] escalates on the statuses it derived, also before their echo is read back', async () => {
    const d = await demo();
    // Every stage of 品牌对外宣传, assigned a week ago and never acknowledged, was done in the grid.
    await d.doneInGrid('宣传方案', '物料制作', '渠道投放', '效果复盘');
    const brand = d.id('品牌对外宣传');
    const a = await sidebar(d.local);
    expect(await a.runner.run()).toMatchObject({
      ran: EVERY_JOB,
      tally: { statuses: 1 },
    });
    expect(await d.statusOf('品牌对外宣传')).toBe('done');
    a.clock.now = TEST_NOW + ESCALATION_INTERVAL_MS;
    expect(await a.runner.run()).toMatchObject({
      ran: EVERY_JOB,
    });
    const notices = (await d.grid.readAll('notifications')).map(toNotice);
    expect(notices.filter((n) => n.taskId === brand && n.type !== 'ready')).toEqual([]);
  });

  it('does nothing for a viewer who cannot edit, not even reading the lease', async () => {
    const local = await demoBase({ readOnly: true });
    const a = await sidebar(local);
    local.calls.reset();
    expect(await a.runner.run()).toEqual({ outcome: 'idle' });
    expect(local.calls.total).toBe(0);
  });
});
