import { describe, expect, it } from 'vitest';
import { addWorkingHours, DEFAULT_CALENDAR } from '../workingTime';
import { may } from './dashboardFixtures';
import { monthLabel, periodOf, trendMonths } from './period';
import { workingHoursBetween } from './workingHours';

const OFFSET = 480;
const local = (y: number, m: number, d: number) => Date.UTC(y, m, d) - OFFSET * 60_000;

describe('dashboard periods', () => {
  it('[DB1] this month, last month and the quarter are cut at local midnight', () => {
    const now = may(10, 12);
    expect(periodOf({ kind: 'thisMonth' }, now, OFFSET)).toEqual({
      from: local(2024, 4, 1),
      to: local(2024, 5, 1),
    });
    expect(periodOf({ kind: 'lastMonth' }, now, OFFSET)).toEqual({
      from: local(2024, 3, 1),
      to: local(2024, 4, 1),
    });
    expect(periodOf({ kind: 'quarter' }, now, OFFSET)).toEqual({
      from: local(2024, 3, 1),
      to: local(2024, 6, 1),
    });
  });

  it('[DB1] last month in January is December of the year before; 00:30 local on the 1st is the new month', () => {
    const earlyJan = local(2024, 0, 1) + 30 * 60_000;
    expect(periodOf({ kind: 'lastMonth' }, earlyJan, OFFSET)).toEqual({
      from: local(2023, 11, 1),
      to: local(2024, 0, 1),
    });
  });

  it('[DB1] a custom range must end after it starts', () => {
    expect(periodOf({ kind: 'custom', from: may(5), to: may(5) }, may(10), OFFSET)).toBe('emptyRange');
    expect(periodOf({ kind: 'custom', from: NaN, to: may(5) }, may(10), OFFSET)).toBe('emptyRange');
    expect(periodOf({ kind: 'custom', from: may(1), to: may(5) }, may(10), OFFSET)).toEqual({
      from: may(1),
      to: may(5),
    });
  });

  it('[DB1] the trend is the twelve months ending with the period, oldest first', () => {
    const months = trendMonths(local(2024, 5, 1), OFFSET);
    expect(months).toHaveLength(12);
    expect(monthLabel(months[0]!, OFFSET)).toBe('2023-06');
    expect(monthLabel(months[11]!, OFFSET)).toBe('2024-05');
    expect(months[1]!.from).toBe(months[0]!.to);
  });
});

describe('working hours between two moments', () => {
  it('[DB2] skips nights and weekends: Friday 17:00 to Monday 10:00 is 2 hours', () => {
    expect(workingHoursBetween(may(10, 17), may(13, 10), DEFAULT_CALENDAR)).toBe(2);
  });

  it('[DB2] a whole week is 45 hours; before 9:00 counts nothing; backwards is zero', () => {
    expect(workingHoursBetween(may(13), may(20), DEFAULT_CALENDAR)).toBe(45);
    expect(workingHoursBetween(may(13, 8), may(13, 12), DEFAULT_CALENDAR)).toBe(3);
    expect(workingHoursBetween(may(13, 12), may(13, 8), DEFAULT_CALENDAR)).toBe(0);
  });

  it('[DB2] agrees with addWorkingHours over a long span', () => {
    const from = may(3, 15);
    expect(workingHoursBetween(from, addWorkingHours(from, 123.5), DEFAULT_CALENDAR)).toBeCloseTo(123.5, 6);
  });
});
