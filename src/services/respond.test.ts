import { describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_TODAY, demoBase, personId } from '../../test/support/baseFixture';
import type { AssignmentDraft } from '../core/assignment';
import type { LocalHost } from '../local/localHost';
import { toNotice, toTask, toTaskEvent } from '../schema/entities';
import type { BatonStore } from '../store/batonStore';
import { sendAssignment } from './assign';
import { claimTask } from './claim';
import { respond } from './respond';
import { openSession } from './session';
import { DAY, HOUR } from '../core/time';

const RETRY = { attempts: 3, backoffMs: 0 };
const BOSS = personId('王建国');
const HE = personId('何平');
const GUO = personId('郭晓');
const LATER = TEST_NOW + HOUR;

async function open(local: LocalHost) {
  const session = await openSession(local.host, { retry: RETRY });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  return session;
}

/** The demo with one task sent by the boss: assigned to 何平 of 设计部, or published to the pool for 设计部. */
async function demo(mode: 'assign' | 'pool' = 'assign') {
  const local = await demoBase();
  const session = await open(local);
  const { data, store } = session;
  const design = data.departments.find((d) => d.name === '设计部')!.id;
  const draft: AssignmentDraft = {
    draftKey: `respond-${mode}`,
    mode,
    title: '年会海报',
    description: '',
    extraDuty: true,
    due: TEST_TODAY + 10 * DAY,
    primaryDepartmentId: mode === 'assign' ? design : undefined,
    cooperation: [],
    responsibleMemberId: mode === 'assign' ? data.members.find((m) => m.name === '何平')!.id : undefined,
    outsiderConfirmed: false,
    stages: [],
    suggestedDepartmentIds: mode === 'pool' ? [design] : [],
  };
  const sent = await sendAssignment(store, data, draft, BOSS, { now: TEST_NOW, todayStart: TEST_TODAY });
  if (!sent.ok) throw new Error(sent.issues.map((i) => i.code).join());
  const fresh = await store.loadCore();
  local.calls.reset();
  const member = (name: string) => fresh.members.find((m) => m.name === name)!;
  return { local, store, data: fresh, taskId: sent.taskId, member };
}

async function task(store: BatonStore, id: string) {
  return toTask((await store.readByIds('tasks', [id]))[0]!);
}
async function history(store: BatonStore, id: string) {
  const [notices, events] = await Promise.all([store.readAll('notifications'), store.readAll('taskEvents')]);
  return {
    notices: notices.map(toNotice).filter((n) => n.taskId === id),
    events: events.map(toTaskEvent).filter((e) => e.taskId === id),
  };
}
const writes = (local: LocalHost) =>
  ['addRecords', 'setRecords', 'deleteRecords'].reduce((n, m) => n + (local.calls.byMethod[m] ?? 0), 0);

describe('respond', () => {
  it('[R1] the owner acknowledges: in progress, acknowledged at, an event in the history', async () => {
    const d = await demo();
    const result = await respond(d.store, d.data, d.taskId, { kind: 'acknowledge' }, HE, LATER);
    expect(result.ok).toBe(true);
    expect(await task(d.store, d.taskId)).toMatchObject({ status: 'in_progress', acknowledgedAt: LATER });
    const { events } = await history(d.store, d.taskId);
    expect(events.filter((e) => e.type === 'acknowledged')).toMatchObject([
      { actorUserIds: [HE], at: LATER },
    ]);
  });

  it('[R2] a decline without a reason is refused and writes nothing', async () => {
    const d = await demo();
    const result = await respond(d.store, d.data, d.taskId, { kind: 'decline', reason: '  ' }, HE, LATER);
    expect(result).toEqual({ ok: false, code: 'reasonRequired' });
    expect(writes(d.local)).toBe(0);
    expect((await task(d.store, d.taskId)).status).toBe('assigned');
  });

  it('[R2] a decline with a reason is recorded and tells the head and the boss, with the reason', async () => {
    const d = await demo();
    const before = await history(d.store, d.taskId);
    const reason = '本周全力做展会物料';
    const result = await respond(d.store, d.data, d.taskId, { kind: 'decline', reason }, HE, LATER);
    expect(result.ok).toBe(true);
    expect((await task(d.store, d.taskId)).status).toBe('declined');
    const after = await history(d.store, d.taskId);
    const added = after.notices.filter((n) => !before.notices.some((b) => b.id === n.id));
    expect(added.map((n) => [n.type, n.recipientUserIds[0]]).sort()).toEqual(
      [
        ['declined', GUO],
        ['declined', BOSS],
      ].sort(),
    );
    expect(added.every((n) => n.message.includes(reason))).toBe(true);
    expect(after.events.filter((e) => e.type === 'declined')).toMatchObject([{ reason, actorUserIds: [HE] }]);
  });

  it('[R3] the head reassigns with a reason: new owner told, window restarted, acknowledgement cleared', async () => {
    const d = await demo();
    await respond(d.store, d.data, d.taskId, { kind: 'acknowledge' }, HE, LATER);
    const lin = d.member('林峰');
    const action = { kind: 'reassign' as const, toMemberId: lin.id, reason: '何平请假' };
    const result = await respond(d.store, d.data, d.taskId, action, GUO, LATER + HOUR);
    expect(result.ok).toBe(true);
    const t = await task(d.store, d.taskId);
    expect(t).toMatchObject({
      status: 'assigned',
      responsibleUserIds: lin.userIds,
      assignedAt: LATER + HOUR,
    });
    expect(t.acknowledgedAt).toBeUndefined();
    const { notices, events } = await history(d.store, d.taskId);
    expect(notices.filter((n) => n.type === 'reassigned').map((n) => n.recipientUserIds)).toEqual([
      lin.userIds,
    ]);
    expect(events.filter((e) => e.type === 'reassigned')).toMatchObject([
      { reason: '何平请假', actorUserIds: [GUO] },
    ]);
  });

  it('[R1] acknowledging a task reassigned meanwhile is refused and writes nothing', async () => {
    const d = await demo();
    const seen = [HE]; // what 何平's sidebar showed
    const action = { kind: 'reassign' as const, toMemberId: d.member('林峰').id, reason: '调整' };
    await respond(d.store, d.data, d.taskId, action, GUO, LATER);
    d.local.calls.reset();
    const result = await respond(d.store, d.data, d.taskId, { kind: 'acknowledge' }, HE, LATER + HOUR, seen);
    expect(result).toEqual({ ok: false, code: 'reassignedMeanwhile' });
    expect(writes(d.local)).toBe(0);
    expect((await task(d.store, d.taskId)).responsibleUserIds).toEqual(d.member('林峰').userIds);
  });

  it('[R3] an employee may not reassign', async () => {
    const d = await demo();
    const action = { kind: 'reassign' as const, toMemberId: d.member('林峰').id, reason: '我忙' };
    expect(await respond(d.store, d.data, d.taskId, action, HE, LATER)).toEqual({
      ok: false,
      code: 'notAllowed',
    });
    expect(writes(d.local)).toBe(0);
  });
});

describe('claimTask', () => {
  it('[R4] an employee claims a published pool task: theirs, voluntary, acknowledged; the boss is told', async () => {
    const d = await demo('pool');
    expect((await task(d.store, d.taskId)).status).toBe('open');
    const result = await claimTask(d.store, d.data, d.taskId, HE, LATER);
    expect(result.ok).toBe(true);
    const t = await task(d.store, d.taskId);
    expect(t).toMatchObject({
      status: 'in_progress',
      origin: 'claimed',
      responsibleUserIds: [HE],
      primaryDepartmentId: d.member('何平').departmentId,
      acknowledgedAt: LATER,
      publishedAt: TEST_NOW,
    });
    const { notices, events } = await history(d.store, d.taskId);
    const afterPublishing = notices.filter((n) => n.type !== 'published');
    expect(afterPublishing.map((n) => [n.type, n.recipientUserIds[0]])).toEqual([['claimed', BOSS]]);
    expect(events.filter((e) => e.type === 'claimed')).toMatchObject([{ actorUserIds: [HE] }]);
  });

  it('[R5] two simultaneous claims: exactly one owner; the other is told alreadyClaimed by whom', async () => {
    const d = await demo('pool');
    const other = await open(d.local);
    const LIU = personId('刘洋');
    const results = await Promise.all([
      claimTask(d.store, d.data, d.taskId, HE, LATER),
      claimTask(other.store, other.data, d.taskId, LIU, LATER),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = results[0]!.ok ? HE : LIU;
    const loser = results.find((r) => !r.ok)!;
    const winnerName = d.data.members.find((m) => m.userIds.includes(winner))!.name;
    expect(loser).toEqual({ ok: false, code: 'alreadyClaimed', by: winnerName });
    expect((await task(d.store, d.taskId)).responsibleUserIds).toEqual([winner]);
    const { events, notices } = await history(d.store, d.taskId);
    expect(events.filter((e) => e.type === 'claimed').map((e) => e.actorUserIds)).toEqual([[winner]]);
    expect(notices.filter((n) => n.type === 'claimed')).toHaveLength(1);
  });

  it('[R5] a claim that finished first is not overturned by an earlier-stamped claim arriving later (bug: both win)', async () => {
    const d = await demo('pool');
    const other = await open(d.local);
    const LIU = personId('刘洋');
    // 何平 clicked first (LATER) but his sidebar is slow: 刘洋's whole claim (LATER + 1 min) lands between
    // 何平's fresh read of the task and his claim event.
    const read = d.store.readByIds.bind(d.store);
    let liu: Awaited<ReturnType<typeof claimTask>> | undefined;
    d.store.readByIds = async (...args) => {
      const records = await read(...args);
      liu ??= await claimTask(other.store, other.data, d.taskId, LIU, LATER + 60_000);
      return records;
    };
    const he = await claimTask(d.store, d.data, d.taskId, HE, LATER);
    expect(liu!.ok).toBe(true);
    expect(he.ok).toBe(false);
    expect((await task(d.store, d.taskId)).responsibleUserIds).toEqual([LIU]);
  });

  it('[R4] a claim on a task that is not open is refused as already claimed, naming the owner', async () => {
    const d = await demo('assign');
    const result = await claimTask(d.store, d.data, d.taskId, personId('刘洋'), LATER);
    expect(result).toEqual({ ok: false, code: 'alreadyClaimed', by: '何平' });
    expect(writes(d.local)).toBe(0);
  });
});
