import { describe, expect, it } from 'vitest';
import { nextPeriod, openPeriodFrom, parseClosed, periodOf, periodSpan, withClosed } from './periods';

const CN = 480;

describe('periods', () => {
  it('[SC2] a moment falls in its local month or quarter', () => {
    // 2026-11-30 17:00 UTC is already 1 December in China.
    const t = Date.UTC(2026, 10, 30, 17);
    expect(periodOf(t, 'month', CN)).toBe('2026-12');
    expect(periodOf(t, 'month', 0)).toBe('2026-11');
    expect(periodOf(t, 'quarter', CN)).toBe('2026-Q4');
    expect(periodOf(Date.UTC(2026, 2, 31, 12), 'quarter', CN)).toBe('2026-Q1');
  });

  it('[SC2] a period spans local midnight to local midnight', () => {
    const span = periodSpan('2026-11', CN)!;
    expect(periodOf(span.start, 'month', CN)).toBe('2026-11');
    expect(periodOf(span.start - 1, 'month', CN)).toBe('2026-10');
    expect(periodOf(span.end, 'month', CN)).toBe('2026-12');
    expect(periodSpan('2026-13', CN)).toBeUndefined();
    expect(nextPeriod('2026-12', 'month', CN)).toBe('2027-01');
    expect(nextPeriod('2026-Q4', 'quarter', CN)).toBe('2027-Q1');
  });

  it('[SC3] closing twice is harmless; a damaged list closes nothing', () => {
    const once = withClosed([], '2026-10');
    expect(withClosed(once, '2026-10')).toEqual(['2026-10']);
    expect(parseClosed(JSON.stringify(once))).toEqual(['2026-10']);
    expect(parseClosed('not json')).toEqual([]);
  });

  it('[SC3] late corrections go to the current period, or the first open one after it', () => {
    expect(openPeriodFrom('2026-11', new Set(['2026-10']), 'month', CN)).toBe('2026-11');
    expect(openPeriodFrom('2026-11', new Set(['2026-11']), 'month', CN)).toBe('2026-12');
  });
});
