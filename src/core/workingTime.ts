import { DAY, HOUR } from './time';
/**
 * Working time in the company's calendar: windows like "4 working hours" skip nights and weekends.
 * Pure arithmetic on epoch ms with a fixed UTC offset (China has no daylight saving).
 */
export interface WorkCalendar {
  utcOffsetMinutes: number;
  dayStartHour: number;
  dayEndHour: number;
  /** 0 = Sunday … 6 = Saturday. */
  workDays: number[];
}

export const DEFAULT_CALENDAR: WorkCalendar = {
  utcOffsetMinutes: 480,
  dayStartHour: 9,
  dayEndHour: 18,
  workDays: [1, 2, 3, 4, 5],
};

/** The working span [start, end) of the local day containing `t`, in epoch ms, or undefined on a day off. */
function workingSpan(t: number, cal: WorkCalendar): { start: number; end: number } | undefined {
  const offset = cal.utcOffsetMinutes * 60_000;
  const dayStart = Math.floor((t + offset) / DAY) * DAY - offset;
  const weekday = (Math.floor((t + offset) / DAY) + 4) % 7; // 1970-01-01 was a Thursday
  if (!cal.workDays.includes(weekday)) return undefined;
  return { start: dayStart + cal.dayStartHour * HOUR, end: dayStart + cal.dayEndHour * HOUR };
}

const nextDay = (t: number, cal: WorkCalendar) => {
  const offset = cal.utcOffsetMinutes * 60_000;
  return (Math.floor((t + offset) / DAY) + 1) * DAY - offset;
};

/** [B1] The moment `hours` working hours after `from`. */
export function addWorkingHours(from: number, hours: number, cal: WorkCalendar = DEFAULT_CALENDAR): number {
  let remaining = hours * HOUR;
  let t = from;
  // Bounded: a calendar with no working day at all would never finish.
  for (let guard = 0; guard < 3660 && cal.workDays.length > 0; guard++) {
    const span = workingSpan(t, cal);
    if (span && t < span.end) {
      const begin = Math.max(t, span.start);
      if (begin + remaining <= span.end) return begin + remaining;
      remaining -= span.end - begin;
    }
    t = nextDay(t, cal);
  }
  return Number.POSITIVE_INFINITY;
}
