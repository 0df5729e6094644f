/**
 * The periods a dashboard figure covers, as half-open spans [from, to) of epoch ms, cut at midnight in the
 * company's UTC offset (China has no daylight saving, so a fixed offset is exact).
 */
export interface Period {
  from: number;
  to: number;
}

export type PeriodChoice =
  | { kind: 'thisMonth' }
  | { kind: 'lastMonth' }
  | { kind: 'quarter' }
  | { kind: 'custom'; from: number; to: number };

/** Year and month (0-11) of `t` in the offset's local time. */
function localMonth(t: number, offsetMinutes: number): { year: number; month: number } {
  const local = new Date(t + offsetMinutes * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() };
}

/** Local midnight of the first day of `month` (may overflow: Date.UTC normalises it). */
const monthStart = (year: number, month: number, offsetMinutes: number) =>
  Date.UTC(year, month, 1) - offsetMinutes * 60_000;

/** [DB1] The month `shift` months from the one containing `now` (0 = this month, -1 = last month). */
export function monthOf(now: number, shift: number, offsetMinutes: number): Period {
  const { year, month } = localMonth(now, offsetMinutes);
  return {
    from: monthStart(year, month + shift, offsetMinutes),
    to: monthStart(year, month + shift + 1, offsetMinutes),
  };
}

/** [DB1] The calendar quarter containing `now`. */
export function quarterOf(now: number, offsetMinutes: number): Period {
  const { year, month } = localMonth(now, offsetMinutes);
  const first = month - (month % 3);
  return { from: monthStart(year, first, offsetMinutes), to: monthStart(year, first + 3, offsetMinutes) };
}

export type PeriodRefusal = 'emptyRange';

/** [DB1] The period chosen; a custom range must end after it starts. */
export function periodOf(choice: PeriodChoice, now: number, offsetMinutes: number): Period | PeriodRefusal {
  switch (choice.kind) {
    case 'thisMonth':
      return monthOf(now, 0, offsetMinutes);
    case 'lastMonth':
      return monthOf(now, -1, offsetMinutes);
    case 'quarter':
      return quarterOf(now, offsetMinutes);
    case 'custom':
      return Number.isFinite(choice.from) && Number.isFinite(choice.to) && choice.to > choice.from
        ? { from: choice.from, to: choice.to }
        : 'emptyRange';
  }
}

/** [DB1] The twelve calendar months ending with the one containing `end - 1`, oldest first. */
export function trendMonths(end: number, offsetMinutes: number): Period[] {
  const last = end - 1;
  return Array.from({ length: 12 }, (_, i) => monthOf(last, i - 11, offsetMinutes));
}

/** The label of a month as `YYYY-MM` in the offset's local time. */
export function monthLabel(period: Period, offsetMinutes: number): string {
  const { year, month } = localMonth(period.from, offsetMinutes);
  return `${year}-${String(month + 1).padStart(2, '0')}`;
}

export const within = (t: number | undefined, period: Period): t is number =>
  t !== undefined && t >= period.from && t < period.to;
