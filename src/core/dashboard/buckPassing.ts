/** [DB6] Buck-passing signals from 任务日志, each with the tasks behind it. */
import type { TaskEvent, TaskEventType } from '../model';
import { lowerBound, memo, type Computed, type ScopedFacts } from './measure';
import { within, type Period } from './period';
import { timeOrder } from './timeline';
import { workingHoursBetween } from './workingHours';

/** No task in the scope existed by the period's end: nothing to count, not zero. */
function hasTasks(scoped: ScopedFacts, period: Period): boolean {
  // Found for every scope while the facts were prepared.
  const first = scoped.facts.firstTask;
  const { scope } = scoped;
  const earliest =
    scope.kind === 'company' ? first.company : (first.byDepartment.get(scope.departmentId) ?? Infinity);
  return earliest < period.to;
}

const ignoredNote = (scoped: ScopedFacts) =>
  scoped.facts.ignoredEvents ? { eventsIgnored: scoped.facts.ignoredEvents } : {};

/**
 * The type's events by time (with their tasks' positions), for every scope, and the number of the scope's
 * 主责部门 (none for the company: all of them; -1 for a department with no task).
 */
function eventLine(scoped: ScopedFacts, type: TaskEventType) {
  const all = memo(scoped.facts, `events/${type}`, () => {
    const list = scoped.facts.eventsByType.get(type) ?? { rows: [], times: [], slots: [] };
    const order = timeOrder(list.times);
    if (!order) return list;
    return { rows: pick(list.rows, order), times: pick(list.times, order), slots: pick(list.slots, order) };
  });
  const { scope } = scoped;
  const { numbers, of } = scoped.facts.taskDepartment;
  const own = scope.kind === 'company' ? undefined : (numbers.get(scope.departmentId) ?? -1);
  return { all, own, departmentOf: of };
}

const pick = <T>(xs: T[], order: number[]): T[] => order.map((i) => xs[i]!);

function eventCount(scoped: ScopedFacts, period: Period, type: TaskEventType): Computed {
  const { all, own, departmentOf } = eventLine(scoped, type);
  const from = lowerBound(all.times, period.from);
  const to = lowerBound(all.times, period.to);
  const events: TaskEvent[] = [];
  for (let i = from; i < to; i++)
    if (own === undefined || departmentOf[all.slots[i]!] === own) events.push(all.rows[i]!);
  const items = [...new Set(events.map((e) => e.taskId!))];
  const known = hasTasks(scoped, period);
  return {
    value: known ? events.length : undefined,
    sample: known ? events.length : 0,
    items,
    itemKind: 'task',
    notes: ignoredNote(scoped),
  };
}

/**
 * `eventCount`'s value alone, for a trend month: no list of tasks, and for the company two binary searches
 * instead of a pass over the month's events.
 */
function eventTally(scoped: ScopedFacts, period: Period, type: TaskEventType): number | undefined {
  if (!hasTasks(scoped, period)) return undefined;
  const { all, own, departmentOf } = eventLine(scoped, type);
  const from = lowerBound(all.times, period.from);
  const to = lowerBound(all.times, period.to);
  if (own === undefined) return to - from;
  let n = 0;
  for (let i = from; i < to; i++) if (departmentOf[all.slots[i]!] === own) n++;
  return n;
}

/** [DB6] Declines recorded in the period (events); the items are the declined tasks. */
export const declines = (scoped: ScopedFacts, period: Period) => eventCount(scoped, period, 'declined');
export const declinesValue = (scoped: ScopedFacts, period: Period) => eventTally(scoped, period, 'declined');

/** [DB6] Reassignments recorded in the period. */
export const reassignments = (scoped: ScopedFacts, period: Period) =>
  eventCount(scoped, period, 'reassigned');
export const reassignmentsValue = (scoped: ScopedFacts, period: Period) =>
  eventTally(scoped, period, 'reassigned');

/**
 * [DB6] Bounced: tasks that passed between departments two or more times by the period's end, one of those
 * passes falling in the period.
 */
export function bounced(scoped: ScopedFacts, period: Period): Computed {
  const all = scoped.facts.movers;
  const { scope } = scoped;
  const movers = memo(scoped, 'movers', () =>
    scope.kind === 'company' ? all : all.filter((t) => t.department === scope.departmentId),
  );
  // Moves are in time order: the second one before the period's end means two or more by then.
  const items = movers
    .filter(({ moves }) => moves[1]! < period.to && moves.some((m) => within(m, period)))
    .map((t) => t.id);
  const known = hasTasks(scoped, period);
  return {
    value: known ? items.length : undefined,
    sample: known ? 1 : 0,
    items,
    itemKind: 'task',
    notes: {},
  };
}

/**
 * [DB6] Working hours in the period during which a special task was assigned with no acknowledged owner, summed
 * over tasks; the items are the tasks that had any.
 */
export function unownedHours(scoped: ScopedFacts, period: Period): Computed {
  const { scope } = scoped;
  const spans = memo(scoped, 'unowned', () =>
    scope.kind === 'company'
      ? scoped.facts.unowned
      : scoped.facts.unowned.filter((s) => s.department === scope.departmentId),
  );
  const end = Math.min(period.to, scoped.facts.now);
  const byTask = new Map<string, number>();
  let total = 0;
  for (const span of spans) {
    if (span.to <= period.from || span.from >= end) continue;
    const hours = workingHoursBetween(
      Math.max(span.from, period.from),
      Math.min(span.to, end),
      scoped.facts.calendar,
    );
    if (hours <= 0) continue;
    total += hours;
    byTask.set(span.id, (byTask.get(span.id) ?? 0) + hours);
  }
  const known = hasTasks(scoped, period);
  return {
    value: known ? total : undefined,
    sample: known ? 1 : 0,
    items: [...byTask.keys()],
    itemKind: 'task',
    notes: ignoredNote(scoped),
  };
}
