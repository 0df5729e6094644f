import { describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_TODAY, demoBase, personId } from '../../test/support/baseFixture';
import type { Task } from '../core/model';
import type { LocalHost } from '../local/localHost';
import { HostErrorCode } from '../port/hostErrors';
import { toNotice, toTaskEvent } from '../schema/entities';
import type { BatonStore } from '../store/batonStore';
import { cascade, work } from './process';
import { openSession } from './session';
import { HOUR } from '../core/time';

const RETRY = { attempts: 3, backoffMs: 0 };
const ZHANG = personId('张伟'); // 市场部 head, responsible for 直播课堂策划: accepts its stages
const GUO = personId('郭晓'); // 设计部 head, owns 海报设计
const ZHENG = personId('郑强'); // 销售部 head, owns 客户邀请
const BOSS = personId('王建国');
const clock = (hours: number) => ({ now: TEST_NOW + hours * HOUR, todayStart: TEST_TODAY });

async function open(local: LocalHost) {
  const session = await openSession(local.host, { retry: RETRY });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  return session;
}

async function demo() {
  const local = await demoBase();
  const { store, data } = await open(local);
  const id = (title: string) => data.tasks.find((t) => t.title === title)!.id;
  return { local, store, data, id };
}

const tasks = async (store: BatonStore) => (await store.loadCore()).tasks;
const statusOf = async (store: BatonStore, id: string) =>
  (await tasks(store)).find((t) => t.id === id)!.status;
async function outbox(store: BatonStore) {
  const [notices, events] = await Promise.all([store.readAll('notifications'), store.readAll('taskEvents')]);
  return { notices: notices.map(toNotice), events: events.map(toTaskEvent) };
}
const writeCalls = (local: LocalHost) =>
  ['addRecords', 'setRecords', 'deleteRecords'].reduce((n, m) => n + (local.calls.byMethod[m] ?? 0), 0);

/** Someone marks stages done in the grid, not through the sidebar: only the cells change. */
async function doneInGrid(store: BatonStore, ids: string[], at: number) {
  await store.update(
    'tasks',
    ids.map((id) => ({ id, values: { status: 'done', completedAt: at } })),
  );
}

/** What a Base ends up holding: every task's status, and the keys in the outbox and the history. */
async function finalState(store: BatonStore) {
  const { notices, events } = await outbox(store);
  return {
    statuses: Object.fromEntries((await tasks(store)).map((t: Task) => [t.title, t.status])),
    notices: notices.map((n) => n.key).sort(),
    events: events.map((e) => e.key).sort(),
  };
}
const duplicates = (keys: unknown[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

describe('work on the demo: 直播课堂策划', () => {
  it('[W2][W3][C1][C2] submit then accept 海报设计: 客户邀请 is ready, its owner told once, all in the history', async () => {
    const d = await demo();
    const poster = d.id('海报设计');
    const invite = d.id('客户邀请');
    const submitted = await work(d.store, d.data, poster, { kind: 'submit' }, GUO, clock(1));
    expect(submitted).toMatchObject({ ok: true, task: { status: 'in_review' } });
    expect(await statusOf(d.store, invite)).toBe('waiting');

    const accepted = await work(d.store, d.data, poster, { kind: 'accept' }, ZHANG, clock(2));
    expect(accepted).toMatchObject({ ok: true, task: { status: 'done', completedAt: clock(2).now } });
    const after = await tasks(d.store);
    expect(after.find((t) => t.id === poster)).toMatchObject({ status: 'done', completedAt: clock(2).now });
    expect(after.find((t) => t.id === invite)!.status).toBe('ready');
    // 彩排 still waits for 客户邀请.
    expect(after.find((t) => t.title === '彩排')!.status).toBe('waiting');

    const { notices, events } = await outbox(d.store);
    const ready = notices.filter((n) => n.taskId === invite);
    expect(ready.map((n) => [n.type, n.recipientUserIds])).toEqual([['ready', [ZHENG]]]);
    expect(ready[0]!.message).toContain('客户邀请');
    expect(notices.filter((n) => n.taskId === poster).map((n) => n.recipientUserIds)).toEqual([[ZHANG]]);
    const history = (id: string) =>
      events.filter((e) => e.taskId === id).map((e) => [e.type, e.actorUserIds[0]]);
    expect(history(poster)).toEqual([
      ['status_change', GUO],
      ['status_change', ZHANG],
    ]);
    expect(history(invite)).toEqual([['status_change', ZHANG]]);
  });

  it('[C6] running the cascade again on what was written writes nothing', async () => {
    const d = await demo();
    const poster = d.id('海报设计');
    await work(d.store, d.data, poster, { kind: 'submit' }, GUO, clock(1));
    await work(d.store, d.data, poster, { kind: 'accept' }, ZHANG, clock(2));
    const fresh = await tasks(d.store);
    d.local.calls.reset();
    const again = await cascade(d.store, fresh, ZHANG, clock(3).now, { changed: [poster] });
    const full = await cascade(d.store, fresh, BOSS, clock(3).now);
    expect([again.changes, full.changes]).toEqual([[], []]);
    expect(writeCalls(d.local)).toBe(0);
  });

  it('[W2][C6] a submit retried after its status write failed records its event and review notice once', async () => {
    const d = await demo();
    const poster = d.id('海报设计');
    // The event and the notice are written, then the status write fails for good (the sidebar shows an error).
    const taskTable = d.store.table('tasks').id;
    d.local.failures.failNext(RETRY.attempts, 'before', { method: 'setRecords', tableId: taskTable });
    await expect(work(d.store, d.data, poster, { kind: 'submit' }, GUO, clock(1))).rejects.toMatchObject({
      code: HostErrorCode.RecordUnknown,
    });
    expect(await statusOf(d.store, poster)).not.toBe('in_review');
    // The owner presses submit again a minute later.
    const retried = await work(d.store, d.data, poster, { kind: 'submit' }, GUO, {
      ...clock(1),
      now: clock(1).now + 60_000,
    });
    expect(retried).toMatchObject({ ok: true, task: { status: 'in_review' } });
    const { notices, events } = await outbox(d.store);
    expect(events.filter((e) => e.taskId === poster).map((e) => e.type)).toEqual(['status_change']);
    expect(notices.filter((n) => n.taskId === poster).map((n) => n.recipientUserIds)).toEqual([[ZHANG]]);
  });

  it('[W3][C6] an accept retried after its cascade failed completes the cascade instead of refusing', async () => {
    const d = await demo();
    const poster = d.id('海报设计');
    const invite = d.id('客户邀请');
    await work(d.store, d.data, poster, { kind: 'submit' }, GUO, clock(1));
    // The stage is accepted, then the ready notice of the cascade cannot be written (the sidebar shows an error).
    const outboxTable = d.store.table('notifications').id;
    d.local.failures.failNext(RETRY.attempts, 'before', { method: 'addRecords', tableId: outboxTable });
    await expect(work(d.store, d.data, poster, { kind: 'accept' }, ZHANG, clock(2))).rejects.toMatchObject({
      code: HostErrorCode.RecordUnknown,
    });
    expect([await statusOf(d.store, poster), await statusOf(d.store, invite)]).toEqual(['done', 'waiting']);

    const retried = await work(d.store, d.data, poster, { kind: 'accept' }, ZHANG, clock(3));
    expect(retried).toMatchObject({ ok: true, task: { status: 'done', completedAt: clock(2).now } });
    expect(await statusOf(d.store, invite)).toBe('ready');
    const { notices, events } = await outbox(d.store);
    expect(notices.filter((n) => n.taskId === invite).map((n) => n.type)).toEqual(['ready']);
    expect(events.filter((e) => e.taskId === poster)).toHaveLength(2);
    // Someone else's accept of a stage already done is still refused: only a retry finishes.
    const other = await work(d.store, d.data, poster, { kind: 'accept' }, BOSS, clock(4));
    expect(other).toEqual({ ok: false, code: 'wrongStatus' });
  });

  it('[W4] sending back with a reason returns the stage to in progress and tells its owner why', async () => {
    const d = await demo();
    const poster = d.id('海报设计');
    await work(d.store, d.data, poster, { kind: 'submit' }, GUO, clock(1));
    const refused = await work(d.store, d.data, poster, { kind: 'sendBack', reason: ' ' }, ZHANG, clock(2));
    expect(refused).toEqual({ ok: false, code: 'reasonRequired' });
    const reason = '主视觉与品牌色不符';
    const result = await work(d.store, d.data, poster, { kind: 'sendBack', reason }, ZHANG, clock(2));
    expect(result).toMatchObject({ ok: true, task: { status: 'in_progress' } });
    expect(await statusOf(d.store, poster)).toBe('in_progress');
    expect(await statusOf(d.store, d.id('客户邀请'))).toBe('waiting');
    const { notices, events } = await outbox(d.store);
    const toOwner = notices.filter((n) => n.taskId === poster && n.recipientUserIds[0] === GUO);
    expect(toOwner).toHaveLength(1);
    expect(toOwner[0]!.message).toContain(reason);
    expect(events.filter((e) => e.type === 'sent_back')).toMatchObject([
      { taskId: poster, reason, actorUserIds: [ZHANG] },
    ]);
  });
});

describe('cascade after an edit in the grid', () => {
  it('[C6] two sidebars cascading the same edit at once write each change, notice and event once', async () => {
    const d = await demo();
    const [poster, collect] = [d.id('海报设计'), d.id('作品收集')];
    await doneInGrid(d.store, [poster, collect], clock(1).now);
    const [a, b] = [await open(d.local), await open(d.local)];
    await Promise.all([
      cascade(a.store, a.data.tasks, ZHANG, clock(2).now, { changed: [poster, collect] }),
      cascade(b.store, b.data.tasks, BOSS, clock(2).now, { changed: [poster, collect] }),
    ]);
    const state = await finalState(d.store);
    expect(state.statuses).toMatchObject({ 客户邀请: 'ready', 作品评选: 'ready' });
    expect(state.notices).toHaveLength(2);
    expect(duplicates(state.notices)).toEqual([]);
    expect(duplicates(state.events)).toEqual([]);
    expect(state.events).toHaveLength(2);
  });

  it('[C6] with 20% of host calls failing, the next cascade run converges to the same state, no notice twice', async () => {
    // The same edit on a Base without faults gives the state to reach.
    const clean = await demo();
    const edited = [clean.id('海报设计'), clean.id('作品收集')];
    await doneInGrid(clean.store, edited, clock(1).now);
    await cascade(clean.store, await tasks(clean.store), ZHANG, clock(2).now, { changed: edited });
    const target = await finalState(clean.store);
    expect(target.notices).toHaveLength(2);

    // Seeds 1–6 on sidebars that retry (3 attempts); 7–14 on sidebars that stop at the first failure, as one
    // closed mid-run would: the run is cut short and the next one has to finish it.
    let interrupted = 0;
    for (let seed = 1; seed <= 14; seed++) {
      const d = await demo();
      await doneInGrid(d.store, edited, clock(1).now);
      const retry = seed <= 6 ? RETRY : { attempts: 1, backoffMs: 0 };
      const sidebar = await openSession(d.local.host, { retry });
      if (sidebar.kind !== 'ready') throw new Error(sidebar.kind);
      d.local.failures.failRate(0.2, seed % 2 ? 'after' : 'before', seed);
      await cascade(sidebar.store, sidebar.data.tasks, ZHANG, clock(2).now, { changed: edited }).catch(
        () => (interrupted += 1),
      );
      d.local.failures.clear();
      // The next run starts from what the Base now holds.
      await cascade(d.store, await tasks(d.store), ZHANG, clock(3).now, { changed: edited });
      const state = await finalState(d.store);
      expect(state.statuses).toEqual(target.statuses);
      expect(duplicates(state.notices)).toEqual([]);
      expect(duplicates(state.events)).toEqual([]);
      expect([state.notices, state.events]).toEqual([target.notices, target.events]);
    }
    expect(interrupted).toBeGreaterThan(0);
  });
});
