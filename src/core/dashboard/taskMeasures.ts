/** The measures of 任务 and 任务日志: time to assign, completion and on time, voluntary uptake. */
import { timeToAssign } from '../responsibility';
import { DAY } from '../time';
import type { Task } from '../model';
import type { Computed, Notes, ScopedFacts } from './measure';
import { within, type Period } from './period';
import { median, percentile, share } from './stats';
import { workingHoursBetween } from './workingHours';

const add = (notes: Notes, code: keyof Notes, n: number) => {
  if (n > 0) notes[code] = (notes[code] ?? 0) + n;
};

/**
 * [DB3] Time to assign: special tasks acknowledged in the period, from publishing or creating ([R6]) to the
 * acknowledgement, in working hours. A task with no start is left out and noted; so is one acknowledged before
 * it started (times typed by hand).
 */
export function assignHours(
  scoped: ScopedFacts,
  period: Period,
): { hours: number[]; items: string[]; notes: Notes } {
  const hours: number[] = [];
  const items: string[] = [];
  const notes: Notes = {};
  let noStart = 0;
  let bad = 0;
  for (const task of scoped.special) {
    if (!within(task.acknowledgedAt, period)) continue;
    const span = timeToAssign(task);
    if (span === undefined) noStart++;
    else if (span < 0) bad++;
    else {
      hours.push(workingHoursBetween(task.acknowledgedAt - span, task.acknowledgedAt, scoped.facts.calendar));
      items.push(task.id);
    }
  }
  add(notes, 'noStart', noStart);
  add(notes, 'badTimes', bad);
  return { hours, items, notes };
}

export const assignMedian = (scoped: ScopedFacts, period: Period): Computed => {
  const { hours, items, notes } = assignHours(scoped, period);
  return { value: median(hours), sample: hours.length, items, itemKind: 'task', notes };
};

export const assignP90 = (scoped: ScopedFacts, period: Period): Computed => {
  const { hours, items, notes } = assignHours(scoped, period);
  return { value: percentile(hours, 0.9), sample: hours.length, items, itemKind: 'task', notes };
};

/** Special tasks due in the period and not cancelled; those with no due date are noted, not counted. */
function dueIn(scoped: ScopedFacts, period: Period): { due: Task[]; notes: Notes } {
  const notes: Notes = {};
  add(notes, 'noDue', scoped.special.filter((t) => t.due === undefined && t.status !== 'cancelled').length);
  add(notes, 'unknownDepartment', scoped.orphanTasks);
  return { due: scoped.special.filter((t) => within(t.due, period) && t.status !== 'cancelled'), notes };
}

/** Done by the period's end (a done task with no 完成时间 counts as done). */
const doneBy = (t: Task, end: number) =>
  t.status === 'done' && (t.completedAt === undefined || t.completedAt < end);

/**
 * [DB4] Completion: the share of special tasks due in the period done by the period's end; the items are the
 * others. A past month keeps its figure when its late tasks are finished afterwards.
 */
export function completionRate(scoped: ScopedFacts, period: Period): Computed {
  const { due, notes } = dueIn(scoped, period);
  const done = due.filter((t) => doneBy(t, period.to));
  const open = due.filter((t) => !doneBy(t, period.to)).map((t) => t.id);
  return { value: share(done.length, due.length), sample: due.length, items: open, itemKind: 'task', notes };
}

/**
 * [DB4] On time: the share of special tasks due in the period done by the end of their due day; a done task
 * with no 完成时间 cannot be judged and is noted. The items are the late ones.
 */
export function onTimeRate(scoped: ScopedFacts, period: Period): Computed {
  const { due, notes } = dueIn(scoped, period);
  const judged = due.filter((t) => t.status !== 'done' || t.completedAt !== undefined);
  add(notes, 'noCompletedAt', due.length - judged.length);
  const late = judged.filter((t) => t.status !== 'done' || t.completedAt! >= t.due! + DAY);
  return {
    value: share(judged.length - late.length, judged.length),
    sample: judged.length,
    items: late.map((t) => t.id),
    itemKind: 'task',
    notes,
  };
}

/** Local midnight of the day containing `t`. */
const dayStart = (t: number, offsetMinutes: number) => {
  const offset = offsetMinutes * 60_000;
  return Math.floor((t + offset) / DAY) * DAY - offset;
};

/**
 * [DB4] Overdue at the period's end (now, for a period not over yet) by [D5]: special tasks due before that day
 * and not done by then nor cancelled. With no special task created by then there is no figure.
 */
export function overdue(scoped: ScopedFacts, period: Period): Computed {
  const at = Math.min(period.to, scoped.facts.now);
  const today = dayStart(at, scoped.facts.calendar.utcOffsetMinutes);
  const existing = scoped.special.filter((t) => (t.createdAt ?? t.due ?? 0) < at);
  const late = existing.filter(
    (t) =>
      t.due !== undefined &&
      t.due < today &&
      t.status !== 'cancelled' &&
      !(t.status === 'done' && (t.completedAt === undefined || t.completedAt < at)),
  );
  return {
    value: existing.length ? late.length : undefined,
    sample: existing.length,
    items: late.map((t) => t.id),
    itemKind: 'task',
    notes: dueIn(scoped, period).notes,
  };
}
