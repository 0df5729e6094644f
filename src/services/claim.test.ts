import { describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_TODAY, demoBase, personId } from '../../test/support/baseFixture';
import type { AssignmentDraft } from '../core/assignment';
import { DAY, HOUR } from '../core/time';
import type { LocalHost } from '../local/localHost';
import type { BitableHost } from '../port/bitableBase';
import { toNotice, toTask, toTaskEvent } from '../schema/entities';
import type { BatonStore } from '../store/batonStore';
import { sleep } from '../store/retry';
import { sendAssignment } from './assign';
import { BACKGROUND_JOBS } from './background';
import { claimTask, completeClaims } from './claim';
import { openSession } from './session';

const RETRY = { attempts: 3, backoffMs: 0 };
const BOSS = personId('王建国');
const HE = personId('何平');
const LIU = personId('刘洋');
const LATER = TEST_NOW + HOUR;

async function open(host: BitableHost) {
  const session = await openSession(host, { retry: RETRY });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  return session;
}

/** The demo with one task the boss published to the pool for 设计部. */
async function pool() {
  const local = await demoBase();
  const { data, store } = await open(local.host);
  const design = data.departments.find((d) => d.name === '设计部')!.id;
  const draft: AssignmentDraft = {
    draftKey: 'claim-pool',
    mode: 'pool',
    title: '年会海报',
    description: '',
    extraDuty: true,
    due: TEST_TODAY + 10 * DAY,
    primaryDepartmentId: undefined,
    cooperation: [],
    responsibleMemberId: undefined,
    outsiderConfirmed: false,
    stages: [],
    suggestedDepartmentIds: [design],
  };
  const sent = await sendAssignment(store, data, draft, BOSS, { now: TEST_NOW, todayStart: TEST_TODAY });
  if (!sent.ok) throw new Error(sent.issues.map((i) => i.code).join());
  return { local, store, data: await store.loadCore(), taskId: sent.taskId };
}

async function task(store: BatonStore, id: string) {
  return toTask((await store.readByIds('tasks', [id]))[0]!);
}

async function claimNotices(store: BatonStore, id: string) {
  const notices = (await store.readAll('notifications')).map(toNotice);
  return notices.filter((n) => n.taskId === id && n.type === 'claimed');
}

function failTaskWrites(local: LocalHost, store: BatonStore) {
  local.failures.failNext(RETRY.attempts, 'before', {
    method: 'setRecords',
    tableId: store.table('tasks').id,
  });
}

describe('[R5] a claim converges', () => {
  it('[R7] a claim whose task update failed is completed for its claimant by the next claimant', async () => {
    const d = await pool();
    failTaskWrites(d.local, d.store);
    await expect(claimTask(d.store, d.data, d.taskId, HE, LATER)).rejects.toBeTruthy();
    expect((await task(d.store, d.taskId)).status).toBe('open');
    // 何平 closes the sidebar; 刘洋 claims a minute later.
    const other = await open(d.local.host);
    const liu = await claimTask(other.store, other.data, d.taskId, LIU, LATER + 60_000);
    expect(liu).toEqual({ ok: false, code: 'alreadyClaimed', by: '何平' });
    expect(await task(d.store, d.taskId)).toMatchObject({ status: 'in_progress', responsibleUserIds: [HE] });
    // The notices are the background's (or 何平's retry's) to write: once, naming 何平.
    await completeClaims(other.store, await other.store.loadCore(), LATER + 2 * 60_000);
    await completeClaims(other.store, await other.store.loadCore(), LATER + 3 * 60_000);
    const notices = await claimNotices(d.store, d.taskId);
    expect(notices.map((n) => n.recipientUserIds)).toEqual([[BOSS]]);
    expect(notices[0]!.message).toContain('何平');
  });

  it('[R7] the background completes a claim whose claimant gave up after the claim event', async () => {
    const d = await pool();
    failTaskWrites(d.local, d.store);
    await expect(claimTask(d.store, d.data, d.taskId, HE, LATER)).rejects.toBeTruthy();
    expect(BACKGROUND_JOBS.map((j) => j.name)).toContain('claims');
    const completed = await completeClaims(d.store, await d.store.loadCore(), LATER + 60_000);
    expect(completed.map((t) => [t.id, t.responsibleUserIds])).toEqual([[d.taskId, [HE]]]);
    expect(await task(d.store, d.taskId)).toMatchObject({ origin: 'claimed', acknowledgedAt: LATER });
    expect(await claimNotices(d.store, d.taskId)).toHaveLength(1);
    // His retry is told he claimed it, and tells nobody twice.
    expect(await claimTask(d.store, d.data, d.taskId, HE, LATER, true)).toMatchObject({ ok: true });
    expect(await claimNotices(d.store, d.taskId)).toHaveLength(1);
  });

  it('[R8] a task set back to 待认领 in the grid starts a new round: the old claim does not block it', async () => {
    const d = await pool();
    expect(await claimTask(d.store, d.data, d.taskId, HE, LATER)).toMatchObject({ ok: true });
    const status = d.store.table('tasks').fields.status!;
    d.local.editCell(d.store.table('tasks').id, d.taskId, status.id, { text: '待认领' });
    const other = await open(d.local.host);
    const liu = await claimTask(other.store, other.data, d.taskId, LIU, LATER + HOUR);
    expect(liu).toMatchObject({ ok: true });
    expect(await task(d.store, d.taskId)).toMatchObject({ status: 'in_progress', responsibleUserIds: [LIU] });
    const notices = await claimNotices(d.store, d.taskId);
    expect(notices.map((n) => n.message.includes('刘洋'))).toEqual([false, true]);
  });

  it('[R7] a boss notice that failed after the task update is sent once by the retry, which says it won', async () => {
    const d = await pool();
    const outbox = d.store.table('notifications').id;
    d.local.failures.failNext(RETRY.attempts, 'before', { method: 'addRecords', tableId: outbox });
    await expect(claimTask(d.store, d.data, d.taskId, HE, LATER)).rejects.toBeTruthy();
    expect(await task(d.store, d.taskId)).toMatchObject({ status: 'in_progress', responsibleUserIds: [HE] });
    expect(await claimNotices(d.store, d.taskId)).toHaveLength(0);
    // The page was read again meanwhile: it shows the task as his.
    const reread = await open(d.local.host);
    expect(await claimTask(reread.store, reread.data, d.taskId, HE, LATER + 60_000)).toMatchObject({
      ok: true,
    });
    expect(await claimTask(reread.store, reread.data, d.taskId, HE, LATER + 60_000, true)).toMatchObject({
      ok: true,
    });
    expect((await claimNotices(d.store, d.taskId)).map((n) => n.recipientUserIds)).toEqual([[BOSS]]);
  });

  it('[R5] two claimants on replicas with skewed clocks: one winner by the Base clock, both told the same', async () => {
    const d = await pool();
    const syncDelayMs = 100;
    const [a, b] = [
      d.local.replica({ syncDelayMs, userId: HE }),
      d.local.replica({ syncDelayMs, userId: LIU }),
    ];
    const [he, liu] = [await open(a.host), await open(b.host)];
    const settle = () => sleep(3 * syncDelayMs);
    // 何平 claims first; 刘洋 a moment later, but his clock runs a second behind.
    const first = claimTask(he.store, he.data, d.taskId, HE, LATER, false, settle);
    await sleep(20);
    const second = claimTask(liu.store, liu.data, d.taskId, LIU, LATER - 1_000, false, settle);
    const results = await Promise.all([first, second]);
    await d.local.sync();
    expect(results).toEqual([
      expect.objectContaining({ ok: true }),
      { ok: false, code: 'alreadyClaimed', by: '何平' },
    ]);
    expect(await task(d.store, d.taskId)).toMatchObject({ responsibleUserIds: [HE], acknowledgedAt: LATER });
    const notices = await claimNotices(d.store, d.taskId);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain('何平');
    const events = (await d.store.readAll('taskEvents')).map(toTaskEvent);
    expect(
      events.filter((e) => e.type === 'claimed' && e.taskId === d.taskId).map((e) => e.actorUserIds),
    ).toEqual([[HE]]);
  });
});
