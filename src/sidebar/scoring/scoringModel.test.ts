import { describe, expect, it } from 'vitest';
import { aDepartment, aMember, aStage, aTask } from '../../core/testBuilders';
import type { LedgerEntry } from '../../core/scoring/ledger';
import { boardRows } from './boardModel';
import { recordView, visibleMembers } from './recordModel';

const design = aDepartment({ id: 'design', name: '设计部' });
const sales = aDepartment({ id: 'sales', name: '销售部' });
const boss = aMember({ name: '王建国', role: 'boss', userIds: ['ou_boss'] });
const head = aMember({ name: '郭晓', role: 'manager', departmentId: 'design', userIds: ['ou_head'] });
const he = aMember({ name: '何平', departmentId: 'design', userIds: ['ou_he'] });
const xie = aMember({ name: '谢飞', departmentId: 'sales', userIds: ['ou_xie'] });
const org = { departments: [design, sales], members: [boss, head, he, xie] };

const entry = (
  memberId: string,
  points: number,
  period: string,
  extra: Partial<LedgerEntry> = {},
): LedgerEntry => ({
  key: `k${Math.random()}`,
  memberId,
  points,
  period,
  summary: '直播课堂策划',
  rule: 'owner',
  source: 'task',
  ...extra,
});

describe('record view', () => {
  it('[SC16] sums by period and by source, lists every entry newest first, marks closed periods', () => {
    const ledger = [
      entry(he.id, 12, '2026-10', { at: 1 }),
      entry(he.id, 10, '2026-11', { at: 3, source: 'award', rule: 'award', reason: '支援展会' }),
      entry(he.id, -12, '2026-11', { at: 2, rule: 'reversal', corrects: '2026-10' }),
      entry(xie.id, 99, '2026-11'),
    ];
    const view = recordView(he, ledger, [], ['2026-10']);
    expect(view.total).toBe(10);
    expect(view.byPeriod).toEqual([
      { period: '2026-11', points: -2, closed: false },
      { period: '2026-10', points: 12, closed: true },
    ]);
    expect(view.bySource).toEqual([
      { source: 'task', points: 0 },
      { source: 'award', points: 10 },
    ]);
    expect(view.entries.map((e) => e.points)).toEqual([10, -12, 12]);
    expect(view.entries[1]!.corrects).toBe('2026-10');
  });

  it('[SC16] counts tasks owned, helped on and claimed, and the on-time rate', () => {
    const owned = aTask({ responsibleUserIds: ['ou_he'], status: 'done', due: 10, completedAt: 5 });
    const claimed = aTask({
      responsibleUserIds: ['ou_he'],
      status: 'done',
      origin: 'claimed',
      due: 10,
      completedAt: 20,
    });
    const stage = aStage(owned, { contributorUserIds: ['ou_he'], status: 'done' });
    expect(recordView(he, [], [owned, claimed, stage], []).stats).toEqual({
      owned: 1,
      helped: 1,
      claimed: 1,
      onTimeRate: 0.5,
    });
  });

  it('[SC16] the viewer may open their own record, a head their department, the boss everyone', () => {
    expect(visibleMembers(org, 'ou_he').map((m) => m.name)).toEqual(['何平']);
    expect(visibleMembers(org, 'ou_head').map((m) => m.name)).toEqual(['郭晓', '何平']);
    expect(visibleMembers(org, 'ou_boss')).toHaveLength(4);
  });
});

describe('leaderboard', () => {
  it('[SC17] ranks the period’s totals, ties sharing a rank; a department board keeps its own', () => {
    const ledger = [
      entry(he.id, 20, '2026-11'),
      entry(xie.id, 20, '2026-11'),
      entry(head.id, 5, '2026-11'),
      entry(boss.id, 50, '2026-10'),
    ];
    expect(boardRows(org, ledger, '2026-11').map((r) => [r.name, r.points, r.rank])).toEqual([
      ['何平', 20, 1],
      ['谢飞', 20, 1],
      ['郭晓', 5, 3],
    ]);
    expect(boardRows(org, ledger, '2026-11', 'design').map((r) => r.name)).toEqual(['何平', '郭晓']);
  });
});
