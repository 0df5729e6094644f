import { describe, expect, it } from 'vitest';
import { demoBase, personId } from '../../test/support/baseFixture';
import type { AssignmentDraft } from '../core/assignment';
import { DEFAULT_ESCALATION } from '../core/escalation';
import type { LocalHost } from '../local/localHost';
import { toNotice } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';
import { sendAssignment } from './assign';
import { escalate, escalationSettings } from './escalate';
import { openSession } from './session';
import { DAY } from '../core/time';

const RETRY = { attempts: 3, backoffMs: 0 };
/** Wall-clock time in the company's zone, UTC+8, in November 2026 (the 26th is a Thursday). */
const at = (day: number, hour: number) => Date.UTC(2026, 10, day, hour - 8);
const SENT = at(26, 10);
// Four working hours a window: Thursday 14:00, Thursday 18:00, then Friday 13:00 (09:00 + 4h).
const ONE = at(26, 14);
const TWO = at(26, 18);
const THREE = at(27, 13);
const BOSS = personId('王建国');

async function open(local: LocalHost) {
  const session = await openSession(local.host, { retry: RETRY });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  return session;
}

/** The demo with one task sent at SENT: assigned to 何平 of 设计部, or published to the pool for 设计部 and 销售部. */
async function demo(mode: 'assign' | 'pool' = 'assign', escalationSetting?: string) {
  const local = await demoBase();
  let { store, data } = await open(local);
  if (escalationSetting !== undefined) {
    await store.addAll('settings', [{ key: 'escalation', value: escalationSetting }]);
    ({ store, data } = await open(local)); // settings are read when the sidebar opens
  }
  const dep = (name: string) => data.departments.find((d) => d.name === name)!.id;
  const draft: AssignmentDraft = {
    draftKey: `escalate-${mode}`,
    mode,
    title: '年会海报',
    description: '',
    extraDuty: false,
    due: SENT + 10 * DAY,
    primaryDepartmentId: mode === 'assign' ? dep('设计部') : undefined,
    cooperation: [],
    responsibleMemberId: mode === 'assign' ? data.members.find((m) => m.name === '何平')!.id : undefined,
    outsiderConfirmed: false,
    stages: [],
    suggestedDepartmentIds: mode === 'pool' ? [dep('设计部'), dep('销售部')] : [],
  };
  const sent = await sendAssignment(store, data, draft, BOSS, { now: SENT, todayStart: at(26, 0) });
  if (!sent.ok) throw new Error('send refused');
  return { local, store, data: await store.loadCore(), taskId: sent.taskId };
}

async function outbox(store: BatonStore) {
  return (await store.readAll('notifications')).map(toNotice);
}
/** Escalation notices about the task, as [type, recipient]. */
async function ladder(d: { store: BatonStore; data: CoreData; taskId: string }, now: number) {
  await escalate(d.store, d.data, now);
  return (await outbox(d.store))
    .filter((n) => n.taskId === d.taskId && ['reminder', 'escalation', 'pool'].includes(n.type!))
    .map((n) => [n.type, n.recipientUserIds[0]]);
}

describe('escalate', () => {
  it('the dates used: 26 Nov 2026 is a Thursday, the 27th a Friday', () => {
    expect(new Date(Date.UTC(2026, 10, 26)).getUTCDay()).toBe(4);
    expect(new Date(Date.UTC(2026, 10, 27)).getUTCDay()).toBe(5);
  });

  it('[E1] [E2] as the clock moves: reminder to the owner, then the head, then the boss', async () => {
    const d = await demo();
    expect(await ladder(d, ONE - 60_000)).toEqual([]);
    expect(await ladder(d, ONE)).toEqual([['reminder', personId('何平')]]);
    expect(await ladder(d, TWO)).toEqual([
      ['reminder', personId('何平')],
      ['escalation', personId('郭晓')],
    ]);
    // Thursday night counts for nothing: still two notices at 08:59 on Friday.
    expect(await ladder(d, at(27, 9) - 60_000)).toHaveLength(2);
    expect(await ladder(d, THREE)).toEqual([
      ['reminder', personId('何平')],
      ['escalation', personId('郭晓')],
      ['escalation', BOSS],
    ]);
  });

  it('[E2] running twice adds nothing: the same number of rows in 通知', async () => {
    const d = await demo();
    const first = await escalate(d.store, d.data, THREE);
    const rows = (await outbox(d.store)).length;
    // At least the three notices of the new task; the demo's own unacknowledged task may add more.
    expect(first).toBeGreaterThanOrEqual(3);
    d.local.calls.reset();
    expect(await escalate(d.store, d.data, THREE)).toBe(0);
    expect(await escalate(d.store, d.data, THREE + 60_000)).toBe(0);
    expect(await outbox(d.store)).toHaveLength(rows);
    expect(d.local.calls.byMethod.addRecords ?? 0).toBe(0);
  });

  it('[E2] a second sidebar running with the same data adds nothing either', async () => {
    const d = await demo();
    await escalate(d.store, d.data, THREE);
    const rows = (await outbox(d.store)).length;
    const other = await open(d.local);
    expect(await escalate(other.store, other.data, THREE)).toBe(0);
    expect(await outbox(d.store)).toHaveLength(rows);
  });

  it('[E3] an unclaimed pool task tells the boss after 16 working hours (Friday 17:00)', async () => {
    const d = await demo('pool');
    expect(await ladder(d, at(27, 17) - 60_000)).toEqual([]);
    expect(await ladder(d, at(27, 17))).toEqual([['pool', BOSS]]);
    const [notice] = (await outbox(d.store)).filter((n) => n.taskId === d.taskId && n.type === 'pool');
    expect(notice!.message).toContain('设计部、销售部');
  });
});

describe('escalationSettings', () => {
  it('without a settings row the defaults apply', async () => {
    const d = await demo();
    expect(escalationSettings(d.store)).toEqual(DEFAULT_ESCALATION);
  });

  it('[E2] the settings row "escalation" (JSON) overrides the windows', async () => {
    const d = await demo('assign', JSON.stringify({ ackWindowHours: 1, poolWindowHours: 2 }));
    expect(escalationSettings(d.store)).toEqual({
      ...DEFAULT_ESCALATION,
      ackWindowHours: 1,
      poolWindowHours: 2,
    });
    // One-hour windows: at 13:00 all three levels have passed.
    expect(await ladder(d, at(26, 13))).toHaveLength(3);
  });

  it('a calendar override merges into the default calendar', async () => {
    const d = await demo('assign', JSON.stringify({ calendar: { dayEndHour: 20 } }));
    expect(escalationSettings(d.store).calendar).toEqual({ ...DEFAULT_ESCALATION.calendar, dayEndHour: 20 });
    // Working until 20:00: Thursday holds 10 of the 12 hours, so the boss hears at Friday 11:00, not 13:00.
    expect(await ladder(d, at(27, 11) - 60_000)).toHaveLength(2);
    expect(await ladder(d, at(27, 11))).toHaveLength(3);
  });

  it('invalid JSON falls back to the defaults', async () => {
    const d = await demo('assign', '{ackWindowHours: 1');
    expect(escalationSettings(d.store)).toEqual(DEFAULT_ESCALATION);
    expect(await ladder(d, at(26, 13))).toEqual([]);
    expect(await ladder(d, ONE)).toHaveLength(1);
  });

  it('windows that are not positive numbers fall back to the defaults', async () => {
    const d = await demo('assign', JSON.stringify({ ackWindowHours: -1, poolWindowHours: '8' }));
    expect(escalationSettings(d.store)).toEqual(DEFAULT_ESCALATION);
  });

  it('a calendar with wrong-typed fields falls back to the default calendar (bug: escalation silently stops)', async () => {
    const d = await demo('assign', JSON.stringify({ calendar: { workDays: '1-5', dayStartHour: 'nine' } }));
    expect(escalationSettings(d.store).calendar).toEqual(DEFAULT_ESCALATION.calendar);
    expect(await ladder(d, ONE)).toHaveLength(1);
  });
});
