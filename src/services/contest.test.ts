/**
 * [X5] Rival actions on one task, one of them stalled: a writer decides on its copy before the other's change
 * reached it, and its write lands only after the other writer has waited, ranked and told. The first intent by
 * the Base's clock is the outcome, whoever wrote the task row last.
 */
import { describe, expect, it } from 'vitest';
import { personId } from '../../test/support/baseFixture';
import { byTitle, openOn, readAll } from '../../test/support/twoWriters';
import { AT, base, CLOCK, HE, sent } from '../../test/support/writePaths';
import { HOUR } from '../core/time';
import type { LocalHost } from '../local/localHost';
import type { BatonStore } from '../store/batonStore';
import { BACKGROUND_JOBS, runOnce } from './background';
import { work } from './process';
import { respond } from './respond';
import type { Wait } from './settle';
import { CONTEST_SPAN_MS } from './contestRepair';

const BOSS = personId('王建国');
const GUO = personId('郭晓');
const ZHANG = personId('张伟');
const LATER = { ...CLOCK, now: AT + HOUR };

/** Two sidebars on replicas of one Base that hear each other a second later. */
async function twoSidebars(prepare: (local: LocalHost) => Promise<unknown>) {
  const local = await base();
  await prepare(local);
  await local.sync();
  const replicas = [local.replica({ syncDelayMs: 1000 }), local.replica({ syncDelayMs: 1000 })];
  const [a, b] = await Promise.all(replicas.map((r) => openOn(r.host)));
  return { local, a: a!, b: b!, replicas };
}

/** Waiting moves the Base's clock a quarter second at a time, so the other writer's calls go on meanwhile. */
const waitOn =
  (local: LocalHost): Wait =>
  async (ms) => {
    for (let waited = 0; waited < ms; waited += 250) await local.advance(250);
  };

/** The store's first task write lands only after `ms`: its writer decided on a copy older than that. */
function stall(store: BatonStore, local: LocalHost, ms: number) {
  const update = store.update.bind(store);
  let stalled = false;
  store.update = (async (...args: Parameters<BatonStore['update']>) => {
    if (!stalled) await waitOn(local)(ms);
    stalled = true;
    return update(...args);
  }) as BatonStore['update'];
}

async function final(local: LocalHost, replicas: { host: LocalHost['host'] }[]) {
  await local.sync();
  const [left, right] = await Promise.all(
    replicas.map(async (r) => readAll((await openOn(r.host, 3)).store)),
  );
  return { left: left!, right: right! };
}

const memberId = (s: { data: { members: { id: string; name: string }[] } }, name: string) =>
  s.data.members.find((m) => m.name === name)!.id;
const reassign = (s: Parameters<typeof memberId>[0], name: string) =>
  ({ kind: 'reassign', toMemberId: memberId(s, name), reason: '人手调整' }) as const;

describe('[X5] the first intent by the Base clock is the outcome', () => {
  it('head and boss reassign at once, the boss stalled: one person is told they own it, and it is theirs', async () => {
    const { local, a, b, replicas } = await twoSidebars((l) => sent(l, 'assign'));
    const task = byTitle(a.data.tasks, '年会海报').id;
    stall(b.store, local, 6000);
    const answers = await Promise.all([
      respond(a.store, a.data, task, reassign(a, '林峰'), GUO, AT, [HE], false, waitOn(local)),
      respond(b.store, b.data, task, reassign(b, '罗佳'), BOSS, AT, [HE], false, waitOn(local)),
    ]);
    const { left, right } = await final(local, replicas);
    const owner = byTitle(left.tasks, '年会海报').responsibleUserIds;
    const told = left.notices.filter((n) => n.type === 'reassigned').map((n) => n.recipientUserIds);
    expect(answers.map((x) => x.ok)).toEqual([true, false]);
    expect(told).toEqual([owner]);
    expect(owner).toEqual([personId('林峰')]);
    expect(left.eventKeys.filter((k) => String(k).includes('/reassigned/'))).toHaveLength(1);
    expect(JSON.stringify(right.tasks)).toBe(JSON.stringify(left.tasks));
  });

  it('an owner declines from two devices: one decline notice per person, one history row', async () => {
    const { local, a, b, replicas } = await twoSidebars((l) => sent(l, 'assign'));
    const task = byTitle(a.data.tasks, '年会海报').id;
    const decline = { kind: 'decline', reason: '排期冲突' } as const;
    const answers = await Promise.all(
      [a, b].map((s) => respond(s.store, s.data, task, decline, HE, AT, undefined, false, waitOn(local))),
    );
    const { left } = await final(local, replicas);
    const keys = left.notices.filter((n) => n.type === 'declined').map((n) => n.key);
    expect(answers.every((x) => x.ok)).toBe(true);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    expect(left.eventKeys.filter((k) => String(k).includes('/declined/'))).toHaveLength(1);
    expect(byTitle(left.tasks, '年会海报').status).toBe('declined');
  });

  it('a send-back first and a stalled accept: the stage stays sent back and nothing after it is released', async () => {
    const { local, a, b, replicas } = await twoSidebars(async (l) => {
      const s = await openOn(l.host, 3);
      await work(s.store, s.data, byTitle(s.data.tasks, '海报设计').id, { kind: 'submit' }, GUO, CLOCK);
    });
    const stage = byTitle(a.data.tasks, '海报设计').id;
    stall(b.store, local, 6000);
    const answers = await Promise.all([
      work(
        a.store,
        a.data,
        stage,
        { kind: 'sendBack', reason: '字太小' },
        ZHANG,
        LATER,
        false,
        waitOn(local),
      ),
      work(b.store, b.data, stage, { kind: 'accept' }, ZHANG, LATER, false, waitOn(local)),
    ]);
    const { left } = await final(local, replicas);
    expect(answers.map((x) => x.ok)).toEqual([true, false]);
    expect(byTitle(left.tasks, '海报设计').status).toBe('in_progress');
    expect(left.notices.filter((n) => n.type === 'ready' && (n.at ?? 0) >= AT)).toEqual([]);
    expect(left.notices.filter((n) => n.type === 'sentBack' && n.taskId === stage)).toHaveLength(1);
  });
});

describe('[X5] actions one after another are no rivals', () => {
  it('an owner who acknowledged, then declines, and a head who reassigns after: each stands', async () => {
    const local = await base();
    await sent(local, 'assign');
    const open3 = () => openOn(local.host, 3);
    const task = byTitle((await open3()).data.tasks, '年会海报').id;
    const act = async (action: Parameters<typeof respond>[3], actor: string, at: number) => {
      const s = await open3();
      return respond(s.store, s.data, task, action, actor, at, undefined, false, waitOn(local));
    };
    expect((await act({ kind: 'acknowledge' }, HE, AT)).ok).toBe(true);
    expect((await act({ kind: 'decline', reason: '排期冲突' }, HE, AT + HOUR)).ok).toBe(true);
    const s = await open3();
    expect((await act(reassign(s, '林峰'), GUO, AT + 2 * HOUR)).ok).toBe(true);
    const end = await readAll((await open3()).store);
    expect(byTitle(end.tasks, '年会海报').responsibleUserIds).toEqual([personId('林峰')]);
    expect(end.notices.filter((n) => n.type === 'declined').length).toBeGreaterThan(0);
  });
});

/** The store's task writes after its first fail: its sidebar closed between its change and its restore. */
function closeAfterChange(store: BatonStore) {
  const update = store.update.bind(store);
  let calls = 0;
  store.update = (async (...args: Parameters<BatonStore['update']>) => {
    calls += 1;
    if (calls > 1) throw new Error('the sidebar was closed');
    return update(...args);
  }) as BatonStore['update'];
}

async function automationRun(local: LocalHost) {
  const store = (await openOn(local.host, 3)).store;
  return runOnce(store, BACKGROUND_JOBS, {
    holder: 'automations:contest',
    clock: () => AT + HOUR,
    leaseMs: 10 * 60_000,
    actor: async () => 'automations',
  });
}

describe('[X14] a loser that closed between its change and its restore', () => {
  it('is put right by the next background run: the task shows the winner its notice named', async () => {
    const { local, a, b, replicas } = await twoSidebars((l) => sent(l, 'assign'));
    const task = byTitle(a.data.tasks, '年会海报').id;
    stall(b.store, local, 6000);
    closeAfterChange(b.store);
    const answers = await Promise.allSettled([
      respond(a.store, a.data, task, reassign(a, '林峰'), GUO, AT, [HE], false, waitOn(local)),
      respond(b.store, b.data, task, reassign(b, '罗佳'), BOSS, AT, [HE], false, waitOn(local)),
    ]);
    expect(answers.map((x) => x.status)).toEqual(['fulfilled', 'rejected']);
    const told = (end: Awaited<ReturnType<typeof final>>['left']) =>
      end.notices.filter((n) => n.type === 'reassigned').map((n) => n.recipientUserIds);
    const before = (await final(local, replicas)).left;
    expect(told(before)).toEqual([[personId('林峰')]]);
    expect(byTitle(before.tasks, '年会海报').responsibleUserIds).toEqual([personId('罗佳')]);
    expect((await automationRun(local)).outcome).toBe('done');
    const { left, right } = await final(local, replicas);
    expect(byTitle(left.tasks, '年会海报').responsibleUserIds).toEqual([personId('林峰')]);
    expect(told(left)).toEqual([[personId('林峰')]]);
    expect(left.eventKeys.filter((k) => String(k).includes('/reassigned/'))).toHaveLength(1);
    expect(JSON.stringify(right.tasks)).toBe(JSON.stringify(left.tasks));
  });

  it('leaves an action taken one after another alone: an acknowledgement, then a decline', async () => {
    const local = await base();
    await sent(local, 'assign');
    const s = await openOn(local.host, 3);
    const task = byTitle(s.data.tasks, '年会海报').id;
    expect((await respond(s.store, s.data, task, { kind: 'acknowledge' }, HE, AT)).ok).toBe(true);
    await local.advance(CONTEST_SPAN_MS + 1000);
    const later = await openOn(local.host, 3);
    const decline = { kind: 'decline', reason: '排期冲突' } as const;
    expect((await respond(later.store, later.data, task, decline, HE, AT + HOUR)).ok).toBe(true);
    await automationRun(local);
    const end = await readAll((await openOn(local.host, 3)).store);
    expect(byTitle(end.tasks, '年会海报').status).toBe('declined');
  });
});
