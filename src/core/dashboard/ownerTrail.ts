/**
 * Who held a task over time, from its history: the spans it was assigned with no acknowledged owner, and the
 * moments it passed from one department to another.
 */
import type { Task } from '../model';

export interface OwnerTrail {
  /** [from, to) spans assigned with nobody's acknowledgement, to `now` if still so. */
  unowned: readonly (readonly [number, number])[];
  /**
   * When the holder's department differed from the previous holder's, in time order; kept only where two or
   * more are possible (three events or more), as a task counts only once it moved twice.
   */
  moves: readonly number[];
}

/** Most tasks have no span and no move: they share one empty list instead of two new ones each. */
const NONE: readonly never[] = Object.freeze([]);

/** What an event does to its task's holder, as bits: read once per event while it is at hand. */
const TAKE = 1;
const DROP = 2;
const HOLD = 4;

export function holderKind(type: string | undefined): number {
  const take = type === 'acknowledged' || type === 'claimed';
  const drop = type === 'declined' || type === 'reassigned' || type === 'assigned';
  const hold = take || type === 'declined';
  return (take ? TAKE : 0) | (drop ? DROP : 0) | (hold ? HOLD : 0);
}

/**
 * A task's history as positions `order[from..to)` into columns shared by all tasks (by event: its time, holder
 * kind and, for an event that holds, its actors' department as a number), in time order: a trail reads only
 * the small columns, never an event.
 */
export interface History {
  order: Int32Array;
  times: Float64Array;
  kinds: Uint8Array;
  /** For a holding event, the department number of its first actor with one (see `firstDepartment`), else -1. */
  holders: Int32Array;
  from: number;
  to: number;
}

const lastTime = (h: History) => (h.to > h.from ? h.times[h.order[h.to - 1]!]! : undefined);

/** Where an unowned span ends when nothing in the history ends it. */
function trailEnd(task: Task, h: History, now: number): number | undefined {
  if (task.status === 'done') return task.completedAt ?? lastTime(h);
  if (task.status === 'cancelled') return lastTime(h);
  return now;
}

/**
 * [DB6] A task is unowned from its assignment (a pool task: only once claimed and later dropped) until an
 * acknowledgement or claim; a decline or reassignment starts a new span. With its history deleted, the
 * task's own 确认时间 still closes the first span.
 */
function unownedSpans(task: Task, h: History, now: number): [number, number][] {
  if (task.status === 'draft') return [];
  const spans: [number, number][] = [];
  const pool = task.publishedAt !== undefined;
  const first = h.to > h.from ? h.times[h.order[h.from]!]! : undefined;
  let since = pool ? undefined : (task.createdAt ?? task.assignedAt ?? first);
  // No closure for closing a span: one made per task costs a function object (and, under tsx, a naming call).
  for (let p = h.from; p < h.to; p++) {
    const k = h.order[p]!;
    if (h.kinds[k]! & TAKE) {
      if (since !== undefined && h.times[k]! > since) spans.push([since, h.times[k]!]);
      since = undefined;
    } else if (h.kinds[k]! & DROP && since === undefined) since = h.times[k]!;
  }
  if (since !== undefined) {
    const ack = task.acknowledgedAt;
    const end = ack !== undefined && ack > since ? ack : trailEnd(task, h, now);
    if (end !== undefined && end > since) spans.push([since, end]);
  }
  return spans;
}

/**
 * The number of the first actor's department that is known, -1 for none. Numbers, one per department id, so a
 * trail compares numbers; read for every holding event in the order the events came, while each is at hand.
 */
export function firstDepartment(userIds: readonly string[], departmentByUser: Map<string, number>): number {
  for (const u of userIds) {
    const department = departmentByUser.get(u);
    if (department !== undefined) return department;
  }
  return -1;
}

export const isHolding = (kind: number): boolean => (kind & HOLD) !== 0;

function departmentMoves(h: History): number[] {
  const moves: number[] = [];
  let holder = -1;
  for (let p = h.from; p < h.to; p++) {
    const k = h.order[p]!;
    if (!(h.kinds[k]! & HOLD)) continue;
    const department = h.holders[k]!;
    if (department < 0) continue;
    if (holder >= 0 && department !== holder) moves.push(h.times[k]!);
    holder = department;
  }
  return moves;
}

/** Two moves need three holders: the first, then two changes. */
export const MOVES_NEED = 3;

const orNone = <T>(list: T[]): readonly T[] => (list.length ? list : NONE);

export function ownerTrail(task: Task, history: History, now: number, withSpans = true): OwnerTrail {
  const count = history.to - history.from;
  return {
    unowned: withSpans ? orNone(unownedSpans(task, history, now)) : NONE,
    moves: count >= MOVES_NEED ? orNone(departmentMoves(history)) : NONE,
  };
}
