/** [DB6] Buck-passing signals from 任务日志, each with the tasks behind it. */
import type { TaskEventType } from '../model';
import { eventTime } from './facts';
import type { Computed, ScopedFacts } from './measure';
import { within, type Period } from './period';
import { workingHoursBetween } from './workingHours';

/** No task in the scope existed by the period's end: nothing to count, not zero. */
const hasTasks = (scoped: ScopedFacts, period: Period) =>
  scoped.tasks.some((t) => (t.createdAt ?? t.publishedAt ?? t.assignedAt ?? period.from) < period.to);

function eventCount(scoped: ScopedFacts, period: Period, type: TaskEventType): Computed {
  let count = 0;
  const items = new Set<string>();
  for (const task of scoped.tasks)
    for (const e of scoped.facts.eventsByTask.get(task.id) ?? [])
      if (e.type === type && within(eventTime(e), period)) {
        count++;
        items.add(task.id);
      }
  const notes = scoped.facts.ignoredEvents ? { eventsIgnored: scoped.facts.ignoredEvents } : {};
  const known = hasTasks(scoped, period);
  return {
    value: known ? count : undefined,
    sample: known ? count : 0,
    items: [...items],
    itemKind: 'task',
    notes,
  };
}

/** [DB6] Declines recorded in the period (events); the items are the declined tasks. */
export const declines = (scoped: ScopedFacts, period: Period) => eventCount(scoped, period, 'declined');

/** [DB6] Reassignments recorded in the period. */
export const reassignments = (scoped: ScopedFacts, period: Period) =>
  eventCount(scoped, period, 'reassigned');

/**
 * [DB6] Bounced: tasks that passed between departments two or more times by the period's end, one of those
 * passes falling in the period.
 */
export function bounced(scoped: ScopedFacts, period: Period): Computed {
  const items = scoped.tasks
    .filter((t) => {
      const moves = scoped.facts.trails.get(t.id)?.moves ?? [];
      return moves.filter((m) => m < period.to).length >= 2 && moves.some((m) => within(m, period));
    })
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
  let total = 0;
  const items: string[] = [];
  const end = Math.min(period.to, scoped.facts.now);
  for (const task of scoped.special) {
    let hours = 0;
    for (const [from, to] of scoped.facts.trails.get(task.id)?.unowned ?? [])
      hours += workingHoursBetween(Math.max(from, period.from), Math.min(to, end), scoped.facts.calendar);
    if (hours > 0) items.push(task.id);
    total += hours;
  }
  const known = hasTasks(scoped, period);
  const notes = scoped.facts.ignoredEvents ? { eventsIgnored: scoped.facts.ignoredEvents } : {};
  return { value: known ? total : undefined, sample: known ? 1 : 0, items, itemKind: 'task', notes };
}
