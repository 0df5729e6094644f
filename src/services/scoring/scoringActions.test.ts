import { describe, expect, it } from 'vitest';
import { personId, TEST_NOW } from '../../../test/support/baseFixture';
import { acceptedDemo, ledgerOf, ledgerTotals } from '../../../test/support/scoringKit';
import { parseClosed } from '../../core/scoring/periods';
import { CLOSED_SETTING } from '../../core/scoring/settings';
import { DAY } from '../../core/time';
import { toNotice } from '../../schema/entities';
import { reconcileLedger } from './reconcileLedger';
import { awardPoints, closePeriod } from './scoringActions';
import { readRecord, readStanding } from './scoringReads';

const BOSS = personId('王建国');
const HEAD = personId('郭晓'); // 设计部
const HE = personId('何平'); // 设计部 employee
const SELLER = personId('谢飞'); // 销售部 employee

async function closedList(store: Awaited<ReturnType<typeof acceptedDemo>>['store']) {
  const [row] = await store.readWhere('settings', 'key', CLOSED_SETTING);
  return parseClosed(row?.values.value as string | undefined);
}

describe('closing a period', () => {
  it('[SC3] the boss closes the month, after booking it; closing again changes nothing; others are refused', async () => {
    const { local, store } = await acceptedDemo();
    const data = await store.loadCore();
    expect(await closePeriod(store, data, HEAD, '2026-11', TEST_NOW)).toEqual({
      ok: false,
      code: 'notAllowed',
    });
    const before = await closedList(store);
    expect(before).not.toContain('2026-11');
    expect(await closePeriod(store, data, BOSS, '2026-12', TEST_NOW)).toEqual({
      ok: false,
      code: 'badPeriod',
    });
    expect(await closePeriod(store, data, BOSS, '2026-Q4', TEST_NOW)).toEqual({
      ok: false,
      code: 'badPeriod',
    });
    expect(await closePeriod(store, data, BOSS, '2026-11', TEST_NOW)).toEqual({
      ok: true,
      value: { closed: [...before, '2026-11'] },
    });
    expect((await ledgerOf(local)).length).toBeGreaterThan(0);
    expect(await closePeriod(store, data, BOSS, '2026-11', TEST_NOW)).toEqual({
      ok: true,
      value: { closed: [...before, '2026-11'] },
    });
    expect(await closedList(store)).toEqual([...before, '2026-11']);
  });

  it('[SC14] a task reopened after its month closed: the month keeps its totals, the reversal goes to the next', async () => {
    const { local, store, liveId } = await acceptedDemo();
    await closePeriod(store, await store.loadCore(), BOSS, '2026-11', TEST_NOW);
    const closedTotals = ledgerTotals(await ledgerOf(local));
    await store.update('tasks', [{ id: liveId, values: { status: 'in_review', completedAt: undefined } }]);
    await reconcileLedger(store, await store.loadCore(), TEST_NOW + 7 * DAY);
    const after = await ledgerOf(local);
    const november = after.filter((e) => e.period === '2026-11');
    expect(ledgerTotals(november)).toEqual(closedTotals);
    const corrections = after.filter((e) => e.period !== '2026-11');
    expect(corrections.length).toBeGreaterThan(0);
    expect(corrections.every((e) => e.period === '2026-12' && e.corrects === '2026-11')).toBe(true);
  });
});

describe('manual awards', () => {
  it('[SC18] the boss awards with a reason; the person is told; a retry writes nothing twice', async () => {
    const { local, store } = await acceptedDemo();
    const data = await store.loadCore();
    const he = data.members.find((m) => m.userIds.includes(HE))!;
    const input = { memberId: he.id, points: 15, reason: '周末支援展会布置' };
    const first = await awardPoints(store, data, BOSS, input, TEST_NOW, 'req-1');
    expect(first).toMatchObject({ ok: true, value: { points: 15, period: '2026-11', rule: 'award' } });
    await awardPoints(store, data, BOSS, input, TEST_NOW, 'req-1');
    const awards = (await ledgerOf(local)).filter((e) => e.rule === 'award');
    expect(awards).toHaveLength(1);
    expect(awards[0]!.reason).toBe('周末支援展会布置');
    const notices = (await store.readAll('notifications')).map(toNotice).filter((n) => n.type === 'award');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.recipientUserIds).toEqual([HE]);
    expect(notices[0]!.message).toContain('周末支援展会布置');
  });

  it('[SC18] a head or an employee cannot award, nor anyone without a reason: nothing is written', async () => {
    const { local, store } = await acceptedDemo();
    const data = await store.loadCore();
    const he = data.members.find((m) => m.userIds.includes(HE))!;
    const input = { memberId: he.id, points: 15, reason: '自评' };
    expect(await awardPoints(store, data, HE, input, TEST_NOW, 'r1')).toEqual({
      ok: false,
      code: 'notAllowed',
    });
    expect(await awardPoints(store, data, HEAD, input, TEST_NOW, 'r2')).toEqual({
      ok: false,
      code: 'notAllowed',
    });
    expect(await awardPoints(store, data, BOSS, { ...input, reason: ' ' }, TEST_NOW, 'r3')).toEqual({
      ok: false,
      code: 'noReason',
    });
    expect(await ledgerOf(local)).toEqual([]);
  });
});

describe('reading scores', () => {
  it('[SC16] a record is refused to another department’s employee, given to the person, their head and the boss', async () => {
    const { store } = await acceptedDemo();
    const data = await store.loadCore();
    await reconcileLedger(store, data, TEST_NOW);
    const he = data.members.find((m) => m.userIds.includes(HE))!;
    expect(await readRecord(store, data, SELLER, he.id)).toEqual({ ok: false, code: 'notAllowed' });
    for (const viewer of [HE, HEAD, BOSS])
      expect((await readRecord(store, data, viewer, he.id)).ok).toBe(true);
  });

  it('[SC17] the standing of the current period is for managers by default', async () => {
    const { store } = await acceptedDemo();
    const data = await store.loadCore();
    await reconcileLedger(store, data, TEST_NOW);
    expect(await readStanding(store, data, HE, TEST_NOW)).toEqual({ ok: false, code: 'notAllowed' });
    const standing = await readStanding(store, data, HEAD, TEST_NOW);
    expect(standing.ok && standing.value.entries.length).toBeGreaterThan(0);
  });
});
