/**
 * Working hours between two moments in the company's calendar, in constant time per call: the dashboard sums
 * them over tens of thousands of intervals, each possibly months long.
 */
import { DAY, HOUR } from '../time';
import type { WorkCalendar } from '../workingTime';

function dayLength(cal: WorkCalendar): number {
  return Math.max(0, cal.dayEndHour - cal.dayStartHour) * HOUR;
}

/** Working ms from the local epoch day 0 (a Thursday) up to `t`. */
function workingBefore(t: number, cal: WorkCalendar): number {
  const local = t + cal.utcOffsetMinutes * 60_000;
  const day = Math.floor(local / DAY);
  const weeks = Math.floor(day / 7);
  const perDay = dayLength(cal);
  let total = weeks * cal.workDays.length * perDay;
  for (let d = weeks * 7; d < day; d++) if (cal.workDays.includes((d + 4) % 7)) total += perDay;
  if (cal.workDays.includes((day + 4) % 7)) {
    const into = local - day * DAY;
    total += Math.min(Math.max(into - cal.dayStartHour * HOUR, 0), perDay);
  }
  return total;
}

/** [DB2] Working hours in [from, to); zero when `to` is not after `from`. */
export function workingHoursBetween(from: number, to: number, cal: WorkCalendar): number {
  if (!(to > from)) return 0;
  return (workingBefore(to, cal) - workingBefore(from, cal)) / HOUR;
}
