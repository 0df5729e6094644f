import { describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../test/support/baseFixture';
import { markRead, taskHistory, taskNotices } from './inbox';
import { respond } from './respond';
import { myNotices, openSession } from './session';

const RETRY = { attempts: 3, backoffMs: 0 };
const BOSS = personId('王建国');
const PLANNING_HEAD = personId('吴刚');
const XU_LI = personId('徐丽');

async function boss() {
  const local = await demoBase();
  const session = await openSession(local.host, { retry: RETRY });
  if (session.kind !== 'ready') throw new Error(session.kind);
  const task = (title: string) => session.data.tasks.find((t) => t.title === title)!;
  const member = (userId: string) => session.data.members.find((m) => m.userIds.includes(userId))!;
  return { local, session, store: session.store, data: session.data, task, member };
}

/**
 * The boss reassigns 品牌对外宣传 to 徐丽 a minute after now; 徐丽's sidebar, whose clock is a minute behind,
 * declines it: the decline is written last but happened first.
 */
async function reassignedThenDeclined() {
  const demo = await boss();
  const brand = demo.task('品牌对外宣传');
  const reassign = { kind: 'reassign', toMemberId: demo.member(XU_LI).id, reason: '吴刚出差' } as const;
  expect((await respond(demo.store, demo.data, brand.id, reassign, BOSS, TEST_NOW + 60_000)).ok).toBe(true);
  const decline = { kind: 'decline', reason: '手上有三个活动' } as const;
  expect((await respond(demo.store, demo.data, brand.id, decline, XU_LI, TEST_NOW)).ok).toBe(true);
  return { ...demo, brand };
}

describe('taskHistory', () => {
  it('lists the events of the task, oldest first, with who, what, when and why', async () => {
    const { store, brand } = await reassignedThenDeclined();
    const history = await taskHistory(store, brand.id);
    expect(history.map((e) => [e.type, e.actorUserIds, e.at, e.reason])).toEqual([
      ['declined', [XU_LI], TEST_NOW, '手上有三个活动'],
      ['reassigned', [BOSS], TEST_NOW + 60_000, '吴刚出差'],
    ]);
    expect(history.every((e) => e.taskId === brand.id)).toBe(true);
    expect(history[1]!.summary).toContain('徐丽');
  });

  it("leaves out other tasks' events", async () => {
    const demo = await boss();
    const stage = demo.task('宣传方案');
    const ack = await respond(
      demo.store,
      demo.data,
      stage.id,
      { kind: 'acknowledge' },
      PLANNING_HEAD,
      TEST_NOW,
    );
    expect(ack.ok).toBe(true);
    expect(await taskHistory(demo.store, demo.task('品牌对外宣传').id)).toEqual([]);
    expect((await taskHistory(demo.store, stage.id)).map((e) => e.type)).toEqual(['acknowledged']);
  });
});

describe('taskNotices', () => {
  it('lists who was told what about the task, oldest first, whoever received it', async () => {
    const { store, brand } = await reassignedThenDeclined();
    const notices = await taskNotices(store, brand.id);
    // The decline tells the planning head and the boss; the reassignment told 徐丽.
    expect(notices.map((n) => [n.type, n.recipientUserIds, n.at])).toEqual([
      ['declined', [PLANNING_HEAD], TEST_NOW],
      ['declined', [BOSS], TEST_NOW],
      ['reassigned', [XU_LI], TEST_NOW + 60_000],
    ]);
    expect(
      notices.every((n) => n.status === 'pending' && !n.read && n.message.includes('品牌对外宣传')),
    ).toBe(true);
  });

  it('a task nobody was told about has no notices', async () => {
    const { store, task } = await boss();
    expect(await taskNotices(store, task('直播课堂策划').id)).toEqual([]);
  });
});

describe('markRead', () => {
  it('marks only the given notices read', async () => {
    const { store } = await reassignedThenDeclined();
    const [bossNotice] = await myNotices(store, BOSS);
    await markRead(store, [bossNotice!.id]);
    expect((await myNotices(store, BOSS)).map((n) => n.read)).toEqual([true]);
    expect((await myNotices(store, PLANNING_HEAD)).map((n) => n.read)).toEqual([false]);
  });

  it('with nothing to mark, makes no call', async () => {
    const { local, store } = await boss();
    local.calls.reset();
    await markRead(store, []);
    expect(local.calls.total).toBe(0);
  });
});
