/**
 * A believable past for the demo company's 贡献 ledger: six closed months of finished special tasks, their
 * stages, on-time bonuses, a few voluntary claims and the boss's awards, so records and the leaderboard are not
 * empty on first open. Keys start with `history:`, so reconciliation (which owns `sc:` keys) never reverses them.
 */
import { CLOSED_SETTING } from '../core/scoring/settings';
import { periodOf, periodSpan } from '../core/scoring/periods';
import type { LedgerEntry } from '../core/scoring/ledger';
import type { Member } from '../core/model';
import { fromEntry } from '../schema/contributionEntity';
import { toMember } from '../schema/entities';
import type { BatonStore } from '../store/batonStore';

const PAST_TASKS = [
  '新品发布会',
  '618大促复盘',
  '客户答谢会',
  '秋季招聘宣讲',
  '门店物料更新',
  '品牌短片拍摄',
];
const AWARDS = ['周末支援展会布置', '主动整理客户资料库', '带新人完成首个项目'];
const CN = 480;
const MONTHS = 6;

function monthEntries(month: string, index: number, members: Member[], start: number): LedgerEntry[] {
  const at = (day: number) => start + day * 86_400_000 + 10 * 3_600_000;
  const pick = (k: number) => members[(index * 7 + k * 5) % members.length]!;
  const title = PAST_TASKS[index % PAST_TASKS.length]!;
  const points = 30 + ((index * 13) % 4) * 10;
  const entry = (m: Member, rule: LedgerEntry['rule'], p: number, key: string, day: number, extra = {}) => ({
    key: `history:${month}:${key}`,
    memberId: m.id,
    rule,
    source: rule === 'award' ? ('award' as const) : ('task' as const),
    points: Math.round(p * 100) / 100,
    period: month,
    at: at(day),
    summary: title,
    ...extra,
  });
  const owner = pick(0);
  const helpers = [pick(1), pick(2), pick(3)];
  const share = (points * 0.6) / helpers.length;
  const onTime = index % 3 !== 1;
  return [
    entry(owner, 'owner', points * 0.4, 'owner', 20),
    ...(onTime ? [entry(owner, 'on_time', points * 0.08, 'owner-on-time', 20)] : []),
    ...helpers.flatMap((m, k) => [
      entry(m, 'cooperating', share, `stage${k}`, 20),
      ...(onTime ? [entry(m, 'on_time', share * 0.2, `stage${k}-on-time`, 20)] : []),
    ]),
    entry(pick(4), 'claim', 10 + (index % 3) * 5, 'claim', 12, { summary: '任务大厅：展会易拉宝' }),
    ...(index % 2 === 0
      ? [
          entry(pick(5), 'award', 10, 'award', 25, {
            summary: AWARDS[index % AWARDS.length],
            reason: AWARDS[index % AWARDS.length],
          }),
        ]
      : []),
  ];
}

/** Six months before `todayStart`'s month, all closed. */
export async function seedScoringHistory(store: BatonStore, todayStart: number): Promise<void> {
  const members = (await store.readAll('members')).map(toMember).filter((m) => m.role !== 'boss');
  const months: string[] = [];
  let cursor = periodSpan(periodOf(todayStart, 'month', CN), CN)!.start;
  for (let i = 0; i < MONTHS; i++) {
    const month = periodOf(cursor - 1, 'month', CN);
    months.unshift(month);
    cursor = periodSpan(month, CN)!.start;
  }
  const entries = months.flatMap((month, i) => monthEntries(month, i, members, periodSpan(month, CN)!.start));
  await store.addAll('contributions', entries.map(fromEntry));
  await store.addAll('settings', [{ key: CLOSED_SETTING, value: JSON.stringify(months) }]);
}
