/** The measures of 任务 and 任务日志: time to assign, completion and on time, voluntary uptake. */
import { timeToAssign } from '../responsibility';
import { DAY } from '../time';
import type { Task } from '../model';
import { lowerBound, memo, type Computed, type Notes, type ScopedFacts } from './measure';
import type { Period } from './period';
import { median, percentile, share } from './stats';
import { between, inPeriod, keep, timeline } from './timeline';
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
  const line = memo(scoped.facts, 'assign', () =>
    timeline(
      scoped.facts.special.map((task) => {
        const span = timeToAssign(task);
        const ack = task.acknowledgedAt!;
        const hours =
          span === undefined || span < 0 ? span : workingHoursBetween(ack - span, ack, scoped.facts.calendar);
        return {
          id: task.id,
          primaryDepartmentId: task.primaryDepartmentId,
          ack: task.acknowledgedAt,
          hours,
        };
      }),
      (row) => row.ack,
    ),
  );
  const rows = ownRows(scoped, inPeriod(line, period));
  const counted = rows.filter((r) => r.hours !== undefined && r.hours >= 0);
  const notes: Notes = {};
  add(notes, 'noStart', rows.filter((r) => r.hours === undefined).length);
  add(notes, 'badTimes', rows.filter((r) => r.hours !== undefined && r.hours < 0).length);
  return { hours: counted.map((r) => r.hours!), items: counted.map((r) => r.id), notes };
}

export const assignMedian = (scoped: ScopedFacts, period: Period): Computed => {
  const { hours, items, notes } = assignHours(scoped, period);
  return { value: median(hours), sample: hours.length, items, itemKind: 'task', notes };
};

export const assignP90 = (scoped: ScopedFacts, period: Period): Computed => {
  const { hours, items, notes } = assignHours(scoped, period);
  return { value: percentile(hours, 0.9), sample: hours.length, items, itemKind: 'task', notes };
};

/** Special tasks not cancelled, by due date, once for every scope; those with no due date are noted, not counted. */
const dueLine = (scoped: ScopedFacts) => {
  const all = memo(scoped.facts, 'due', () =>
    timeline(
      scoped.facts.special.filter((t) => t.status !== 'cancelled'),
      (t) => t.due,
    ),
  );
  return memo(scoped, 'due', () => ({
    line: all,
    noDue: scoped.special.filter((t) => t.due === undefined && t.status !== 'cancelled').length,
  }));
};

/** A department's part of rows taken from the company's lines: its own tasks, still in order. */
function ownRows<T extends { primaryDepartmentId?: string }>(scoped: ScopedFacts, rows: T[]): T[] {
  const { scope } = scoped;
  if (scope.kind === 'company') return rows;
  return rows.filter((row) => row.primaryDepartmentId === scope.departmentId);
}

function dueIn(scoped: ScopedFacts, period: Period): { due: Task[]; notes: Notes } {
  const { line, noDue } = dueLine(scoped);
  const notes: Notes = {};
  add(notes, 'noDue', noDue);
  add(notes, 'unknownDepartment', scoped.orphanTasks);
  return { due: ownRows(scoped, inPeriod(line, period)), notes };
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
  // A department's line is the company's with its tasks kept: one sort for every scope.
  const all = memo(scoped.facts, 'created', () =>
    timeline(scoped.facts.special, (t) => t.createdAt ?? t.due ?? 0),
  );
  const { scope } = scoped;
  const created = memo(scoped, 'created', () =>
    scope.kind === 'company' ? all : keep(all, (t) => t.primaryDepartmentId === scope.departmentId),
  );
  const existing = lowerBound(created.times, at);
  const late = ownRows(scoped, between(dueLine(scoped).line, -Infinity, today)).filter(
    (t) =>
      (t.createdAt ?? t.due ?? 0) < at &&
      !(t.status === 'done' && (t.completedAt === undefined || t.completedAt < at)),
  );
  return {
    value: existing ? late.length : undefined,
    sample: existing,
    items: late.map((t) => t.id),
    itemKind: 'task',
    notes: dueIn(scoped, period).notes,
  };
}
