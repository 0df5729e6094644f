/**
 * The measure table's types: each measure names the facts it reads, so one whose source a Base does not record
 * yet shows "not enough data yet" instead of a zero, and a new source plugs in as rows of the table.
 */
import type { Member, Task } from '../model';
import type { FactSource, PreparedFacts } from './facts';
import type { Period } from './period';

export type Scope = { kind: 'company' } | { kind: 'department'; departmentId: string };

export type MeasureGroup =
  'assign' | 'completion' | 'voluntary' | 'buckPassing' | 'collection' | 'training' | 'contribution';

/** Why a figure is incomplete, with how many rows it left out. */
export type NoteCode =
  | 'eventsIgnored'
  | 'noDue'
  | 'badTimes'
  | 'noCompletedAt'
  | 'unknownDepartment'
  | 'noStart'
  | 'noDeadline'
  | 'noAttemptTime'
  | 'noCloseTime'
  | 'noEntryTime';

export type Notes = Partial<Record<NoteCode, number>>;

/** What a figure counts: drilled into, it lists these. */
export type ItemKind = 'task' | 'member' | 'drive' | 'course';

export interface Computed {
  /** Undefined when nothing was there to measure (a period with no data). */
  value?: number;
  /** How many things the value was computed from. */
  sample: number;
  items: string[];
  itemKind: ItemKind;
  notes: Notes;
}

/** The seed's promise for a measure: absolute before/after figures, or a drop from where the trend starts. */
export type Reference = { kind: 'absolute'; before: number; after: number } | { kind: 'drop'; by: number };

/** The rows one scope sees, cut once and shared by every period of a trend. */
export interface ScopedFacts {
  facts: PreparedFacts;
  scope: Scope;
  tasks: Task[];
  special: Task[];
  members: Member[];
  /** Tasks of this scope whose department is no longer in 部门 (company scope only). */
  orphanTasks: number;
  /** Lists derived once per scope and shared by every period of a trend (see `memo`). */
  cache: Map<string, unknown>;
}

/** The value `build` makes for this scope (or all facts), built on first use: periods then only search and count. */
export function memo<T>(holder: { cache: Map<string, unknown> }, key: string, build: () => T): T {
  // One lookup for a hit (the usual case: every measure of every period asks); `has` only for a kept undefined.
  const kept = holder.cache.get(key);
  if (kept !== undefined || holder.cache.has(key)) return kept as T;
  const value = build();
  holder.cache.set(key, value);
  return value;
}

/** Index of the first element of ascending `times` not below `t`. */
export function lowerBound(times: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Measure {
  id: string;
  spec: string;
  group: MeasureGroup;
  unit: 'hours' | 'days' | 'share' | 'count';
  better: 'lower' | 'higher';
  reads: readonly FactSource[];
  reference?: Reference;
  /** Left out while its sources are not recorded anywhere yet. */
  compute?: (facts: ScopedFacts, period: Period) => Computed;
  /** `compute`'s value alone where that is much cheaper (a trend needs no items): always the same number. */
  value?: (facts: ScopedFacts, period: Period) => number | undefined;
}

export type MeasureResult =
  | ({ status: 'ok'; value: number } & Omit<Computed, 'value'>)
  | { status: 'noData'; notes: Notes }
  | { status: 'noSource'; missing: FactSource[] };
