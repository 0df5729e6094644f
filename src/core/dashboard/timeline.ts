/** Rows of a scope sorted by one time, so a period is two binary searches instead of a pass over everything. */
import { lowerBound } from './measure';
import type { Period } from './period';

export interface Timeline<T> {
  times: number[];
  rows: T[];
}

export function timeline<T>(rows: T[], timeOf: (row: T) => number | undefined): Timeline<T> {
  const timed = rows.flatMap((row) => {
    const t = timeOf(row);
    return t === undefined ? [] : [{ t, row }];
  });
  timed.sort((a, b) => a.t - b.t);
  return { times: timed.map((x) => x.t), rows: timed.map((x) => x.row) };
}

/** The rows whose time falls in [from, to). */
export function between<T>(line: Timeline<T>, from: number, to: number): T[] {
  return line.rows.slice(lowerBound(line.times, from), lowerBound(line.times, to));
}

export const inPeriod = <T>(line: Timeline<T>, period: Period): T[] => between(line, period.from, period.to);
