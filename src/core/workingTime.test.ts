import { describe, expect, it } from 'vitest';
import { addWorkingHours, DEFAULT_CALENDAR, type WorkCalendar } from './workingTime';
import { HOUR } from './time';

/** A wall-clock moment in the company's zone, UTC+8 (month 1-12). */
const at = (month: number, day: number, hour: number, minute = 0) =>
  Date.UTC(2024, month - 1, day, hour - 8, minute);

// May 2024: Fri 10, Sat 11, Sun 12, Mon 13, Tue 14, Wed 15.
describe('addWorkingHours', () => {
  it('the calendar used below: 10 May 2024 is a Friday and 13 May a Monday', () => {
    expect(new Date(Date.UTC(2024, 4, 10)).getUTCDay()).toBe(5);
    expect(new Date(Date.UTC(2024, 4, 13)).getUTCDay()).toBe(1);
    expect(DEFAULT_CALENDAR).toMatchObject({ utcOffsetMinutes: 480, dayStartHour: 9, dayEndHour: 18 });
  });

  it('[B1] within one working day the hours simply add', () => {
    expect(addWorkingHours(at(5, 13, 10), 4)).toBe(at(5, 13, 14));
    expect(addWorkingHours(at(5, 13, 10, 30), 1.5)).toBe(at(5, 13, 12));
  });

  it('[B1] a window that ends exactly at the end of the day ends that day, not the next', () => {
    expect(addWorkingHours(at(5, 13, 14), 4)).toBe(at(5, 13, 18));
    expect(addWorkingHours(at(5, 13, 9), 9)).toBe(at(5, 13, 18));
  });

  it('[B1] nights are skipped: what does not fit today continues at 09:00 the next working day', () => {
    // Monday 16:00 + 4h: 2h on Monday (to 18:00), 2h on Tuesday from 09:00.
    expect(addWorkingHours(at(5, 13, 16), 4)).toBe(at(5, 14, 11));
    // 10 working hours from Monday 09:00: the 9 hours of Monday, then 1 on Tuesday.
    expect(addWorkingHours(at(5, 13, 9), 10)).toBe(at(5, 14, 10));
  });

  it('[B1] a window that crosses a weekend skips Saturday and Sunday', () => {
    // Friday 16:00 + 4h: 2h on Friday, then Monday 09:00 + 2h.
    expect(addWorkingHours(at(5, 10, 16), 4)).toBe(at(5, 13, 11));
    // Friday 10:00 + 12h: 8h on Friday, 4h on Monday.
    expect(addWorkingHours(at(5, 10, 10), 12)).toBe(at(5, 13, 13));
  });

  it('[B1] a start at night, before the day starts or on a weekend, counts from the next working morning', () => {
    expect(addWorkingHours(at(5, 15, 3), 1)).toBe(at(5, 15, 10)); // Wednesday 03:00
    expect(addWorkingHours(at(5, 14, 20), 1)).toBe(at(5, 15, 10)); // Tuesday 20:00
    expect(addWorkingHours(at(5, 10, 22), 1)).toBe(at(5, 13, 10)); // Friday night
    expect(addWorkingHours(at(5, 11, 12), 3)).toBe(at(5, 13, 12)); // Saturday noon
  });

  it('[B1] days are those of UTC+8: Friday 00:30 in Beijing is still Thursday in UTC', () => {
    const fridayEarly = at(5, 10, 0, 30); // Thursday 16:30 UTC
    expect(addWorkingHours(fridayEarly, 1)).toBe(at(5, 10, 10));
    // The same instant in a UTC calendar is Thursday 16:30, inside Thursday's working day.
    const utc: WorkCalendar = { ...DEFAULT_CALENDAR, utcOffsetMinutes: 0 };
    expect(addWorkingHours(fridayEarly, 1, utc)).toBe(fridayEarly + HOUR);
  });

  it('[B1] the calendar decides: a six-day week works on Saturday, longer days hold more hours', () => {
    const sixDays: WorkCalendar = { ...DEFAULT_CALENDAR, workDays: [1, 2, 3, 4, 5, 6] };
    expect(addWorkingHours(at(5, 10, 16), 4, sixDays)).toBe(at(5, 11, 11));
    const long: WorkCalendar = { ...DEFAULT_CALENDAR, dayEndHour: 20 };
    expect(addWorkingHours(at(5, 13, 16), 4, long)).toBe(at(5, 13, 20));
  });

  it('[B1] a calendar with no working day never reaches the end of a window', () => {
    expect(addWorkingHours(at(5, 13, 10), 1, { ...DEFAULT_CALENDAR, workDays: [] })).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
});
