/**
 * Who held a task over time, from its history: the spans it was assigned with no acknowledged owner, and the
 * moments it passed from one department to another.
 */
import type { Task, TaskEvent } from '../model';

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

// Plain comparisons rather than sets: these run for every event of every task with a trail.
const takes = (type: string | undefined) => type === 'acknowledged' || type === 'claimed';
const drops = (type: string | undefined) =>
  type === 'declined' || type === 'reassigned' || type === 'assigned';
const holds = (type: string | undefined) =>
  type === 'acknowledged' || type === 'claimed' || type === 'declined';

const timeOf = (e: TaskEvent) => (e.at ?? e.createdAt)!;

/** Where an unowned span ends when nothing in the history ends it. */
function trailEnd(task: Task, events: TaskEvent[], now: number): number | undefined {
  if (task.status === 'done') return task.completedAt ?? (events.length ? timeOf(events.at(-1)!) : undefined);
  if (task.status === 'cancelled') return events.length ? timeOf(events.at(-1)!) : undefined;
  return now;
}

/**
 * [DB6] A task is unowned from its assignment (a pool task: only once claimed and later dropped) until an
 * acknowledgement or claim; a decline or reassignment starts a new span. With its history deleted, the
 * task's own 确认时间 still closes the first span.
 */
function unownedSpans(task: Task, events: TaskEvent[], now: number): [number, number][] {
  if (task.status === 'draft') return [];
  const spans: [number, number][] = [];
  const pool = task.publishedAt !== undefined;
  let since = pool ? undefined : (task.createdAt ?? task.assignedAt ?? (events[0] && timeOf(events[0])));
  const close = (at: number) => {
    if (since !== undefined && at > since) spans.push([since, at]);
    since = undefined;
  };
  for (const e of events) {
    if (takes(e.type)) close(timeOf(e));
    else if (drops(e.type) && since === undefined) since = timeOf(e);
  }
  if (since !== undefined) {
    const ack = task.acknowledgedAt;
    const end = ack !== undefined && ack > since ? ack : trailEnd(task, events, now);
    if (end !== undefined) close(end);
  }
  return spans;
}

/** The first actor's department that is known (a loop: this runs for every event of every task). */
function firstDepartment(userIds: string[], departmentByUser: Map<string, string>): string | undefined {
  for (const u of userIds) {
    const department = departmentByUser.get(u);
    if (department) return department;
  }
  return undefined;
}

function departmentMoves(events: TaskEvent[], departmentByUser: Map<string, string>): number[] {
  const moves: number[] = [];
  let holder: string | undefined;
  for (const e of events) {
    if (!holds(e.type)) continue;
    const department = firstDepartment(e.actorUserIds, departmentByUser);
    if (!department) continue;
    if (holder !== undefined && department !== holder) moves.push(timeOf(e));
    holder = department;
  }
  return moves;
}

/** Two moves need three holders: the first, then two changes. */
export const MOVES_NEED = 3;

const orNone = <T>(list: T[]): readonly T[] => (list.length ? list : NONE);

export function ownerTrail(
  task: Task,
  events: TaskEvent[],
  departmentByUser: Map<string, string>,
  now: number,
  withSpans = true,
): OwnerTrail {
  return {
    unowned: withSpans ? orNone(unownedSpans(task, events, now)) : NONE,
    moves: events.length >= MOVES_NEED ? orNone(departmentMoves(events, departmentByUser)) : NONE,
  };
}
