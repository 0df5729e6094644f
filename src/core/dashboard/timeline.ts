/** Rows of a scope sorted by one time, so a period is two binary searches instead of a pass over everything. */
import { lowerBound } from './measure';
import type { Period } from './period';

export interface Timeline<T> {
  times: number[];
  rows: T[];
}

const ascending = (times: ArrayLike<number>) => {
  for (let i = 1; i < times.length; i++) if (times[i - 1]! > times[i]!) return false;
  return true;
};

/** The rows with a time, by time; rows with the same time keep their order (as a stable sort does). */
export function timeline<T>(rows: T[], timeOf: (row: T) => number | undefined): Timeline<T> {
  const times: number[] = [];
  const kept: T[] = [];
  for (const row of rows) {
    const t = timeOf(row);
    if (t === undefined) continue;
    times.push(t);
    kept.push(row);
  }
  const order = timeOrder(times);
  if (!order) return { times, rows: kept };
  return { times: order.map((i) => times[i]!), rows: order.map((i) => kept[i]!) };
}

/**
 * The positions of `times` by time, equal times in their order (as a stable sort); undefined when they are in
 * order already, as tables often are.
 */
export function timeOrder(times: ArrayLike<number>): number[] | undefined {
  if (ascending(times)) return undefined;
  return packedOrder(times) ?? comparedOrder(times);
}

/** Positions by (time, position), with a comparator: for times no sum below fits exactly. */
function comparedOrder(times: ArrayLike<number>): number[] {
  const order = Array.from({ length: times.length }, (_, i) => i);
  return order.sort((a, b) => times[a]! - times[b]! || a - b);
}

/**
 * The same order from a numeric sort of `(time − earliest) × n + position`, exact while that stays below 2^53
 * (two years of milliseconds for 100,000 rows does): several times faster than a comparator.
 */
function packedOrder(times: ArrayLike<number>): number[] | undefined {
  const n = times.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = times[i]!;
    if (!Number.isInteger(t)) return undefined;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if ((max - min + 1) * n > Number.MAX_SAFE_INTEGER) return undefined;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (times[i]! - min) * n + i;
  keys.sort();
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = keys[i]! % n;
  return order;
}

/** The rows of `line` that pass `test`, still by time (no sorting again). */
export function keep<T>(line: Timeline<T>, test: (row: T) => boolean): Timeline<T> {
  const times: number[] = [];
  const rows: T[] = [];
  line.rows.forEach((row, i) => {
    if (!test(row)) return;
    times.push(line.times[i]!);
    rows.push(row);
  });
  return { times, rows };
}

/** The rows whose time falls in [from, to). */
export function between<T>(line: Timeline<T>, from: number, to: number): T[] {
  return line.rows.slice(lowerBound(line.times, from), lowerBound(line.times, to));
}

export const inPeriod = <T>(line: Timeline<T>, period: Period): T[] => between(line, period.from, period.to);
