/**
 * Scoring periods: months ("2026-11") or quarters ("2026-Q4") in the company's local time, and which of
 * them the boss closed. Period ids sort in time order as plain strings within one kind.
 */
import type { PeriodKind } from './settings';

const MINUTE = 60_000;

function localParts(t: number, utcOffsetMinutes: number): { year: number; month: number } {
  const local = new Date(t + utcOffsetMinutes * MINUTE);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}

/** [SC2] The period a moment falls in, by the company's local calendar. */
export function periodOf(t: number, kind: PeriodKind, utcOffsetMinutes: number): string {
  const { year, month } = localParts(t, utcOffsetMinutes);
  if (kind === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Start (inclusive) and end (exclusive) of a period id, in epoch ms; undefined for an id that is not one. */
export function periodSpan(
  period: string,
  utcOffsetMinutes: number,
): { start: number; end: number } | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  const year = Number((month ?? quarter)?.[1]);
  if (!month && !quarter) return undefined;
  const first = month ? Number(month[2]) - 1 : (Number(quarter![2]) - 1) * 3;
  if (first < 0 || first > 11) return undefined;
  const length = month ? 1 : 3;
  const offset = utcOffsetMinutes * MINUTE;
  return { start: Date.UTC(year, first, 1) - offset, end: Date.UTC(year, first + length, 1) - offset };
}

/** [SC3] The closed periods as stored in 设置 `scoring.closed` (a JSON list); anything else closes nothing. */
export function parseClosed(text: string | undefined): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string').sort() : [];
  } catch {
    return [];
  }
}

/** [SC3] Closing adds the period once: closing twice changes nothing. */
export function withClosed(closed: readonly string[], period: string): string[] {
  return closed.includes(period) ? [...closed] : [...closed, period].sort();
}

/** The period after this one. */
export function nextPeriod(period: string, kind: PeriodKind, utcOffsetMinutes: number): string {
  const span = periodSpan(period, utcOffsetMinutes);
  if (!span) throw new Error(`not a period: ${period}`);
  return periodOf(span.end, kind, utcOffsetMinutes);
}

/** [SC3] Where late corrections go: the current period, or the first open one after it if the boss closed it early. */
export function openPeriodFrom(
  current: string,
  closed: ReadonlySet<string>,
  kind: PeriodKind,
  utcOffsetMinutes: number,
): string {
  let period = current;
  while (closed.has(period)) period = nextPeriod(period, kind, utcOffsetMinutes);
  return period;
}
