/**
 * Which rows of a table the grid fetches from the worker. Small tables come whole (so every row is in the DOM,
 * as a person scrolling Bitable would find it); big ones come in blocks around the rows in view, so a scroll
 * of a few rows does not ask again.
 */
import { MAX_ROWS } from './gridData';

/** Tables up to this many rows render in full. */
export const FULL_UNDER = 500;
/** Rows fetched are aligned to blocks of this many. */
export const BLOCK = 100;
/** Rows fetched beyond those in view, either side. */
export const MARGIN = 50;

export interface RowSpan {
  from: number;
  count: number;
}

/** The span to fetch so rows `first`..`last` (in view) of `total` are on hand. */
export function spanFor(first: number, last: number, total: number): RowSpan {
  if (total <= FULL_UNDER) return { from: 0, count: total };
  const from = Math.floor(Math.max(0, first - MARGIN) / BLOCK) * BLOCK;
  const end = Math.min(total, Math.ceil((last + 1 + MARGIN) / BLOCK) * BLOCK);
  return { from, count: Math.max(0, Math.min(end - from, MAX_ROWS)) };
}

/** Whether a fetched span holds rows `first`..`last`. */
export function covers(held: RowSpan | undefined, first: number, last: number): boolean {
  return !!held && held.from <= first && last < held.from + held.count;
}
