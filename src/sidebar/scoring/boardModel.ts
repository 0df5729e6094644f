/** The current period's leaderboard, company-wide and for one department. Pure. */
import type { Org } from '../../core/org';
import { totalsByMemberPeriod, type LedgerEntry } from '../../core/scoring/ledger';

export interface BoardRow {
  memberId: string;
  name: string;
  department: string;
  points: number;
  rank: number;
}

/** Ranked by points (ties share a rank, then by name); members with no points this period are left out. */
export function boardRows(
  org: Org,
  entries: LedgerEntry[],
  period: string,
  departmentId?: string,
): BoardRow[] {
  const totals = totalsByMemberPeriod(entries.filter((e) => e.period === period));
  const rows = org.members
    .filter((m) => departmentId === undefined || m.departmentId === departmentId)
    .map((m) => ({
      memberId: m.id,
      name: m.name,
      department: org.departments.find((d) => d.id === m.departmentId)?.name ?? '',
      points: totals.get(`${m.id}|${period}`) ?? 0,
    }))
    .filter((r) => r.points !== 0)
    .sort((a, b) => b.points - a.points || a.name.localeCompare(b.name, 'zh'));
  return rows.map((r) => ({ ...r, rank: 1 + rows.filter((o) => o.points > r.points).length }));
}
