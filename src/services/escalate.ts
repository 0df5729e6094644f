/**
 * Runs the escalation rules and writes the notices that are due and not yet in the outbox. The sidebar runs
 * it while open; the scheduled automation runs the same function. Keys make repeated runs add nothing.
 */
import { DEFAULT_ESCALATION, escalations, type EscalationSettings } from '../core/escalation';
import type { WorkCalendar } from '../core/workingTime';
import type { BatonStore, CoreData } from '../store/batonStore';
import { recordNew } from './outbox';

export const ESCALATION_SETTING = 'escalation';

/** Windows and working calendar from the Settings row "escalation" (JSON); defaults where absent or invalid. */
export function escalationSettings(store: BatonStore): EscalationSettings {
  try {
    const given = JSON.parse(store.setting(ESCALATION_SETTING) ?? '{}') as Partial<EscalationSettings>;
    const positive = (n: unknown, fallback: number) => (typeof n === 'number' && n > 0 ? n : fallback);
    return {
      ackWindowHours: positive(given.ackWindowHours, DEFAULT_ESCALATION.ackWindowHours),
      poolWindowHours: positive(given.poolWindowHours, DEFAULT_ESCALATION.poolWindowHours),
      calendar: validCalendar(given.calendar),
    };
  } catch {
    return DEFAULT_ESCALATION;
  }
}

/** Returns how many notices were added. */
export async function escalate(store: BatonStore, data: CoreData, now: number): Promise<number> {
  // [X2] Two runs at the same moment may both add a key: the duplicates job, later in the same list, keeps one
  // row per key (a re-read here would cost every run a key read for a race the lease already makes rare).
  return recordNew(store, escalations(data.tasks, data, escalationSettings(store), now), now);
}

/** Each calendar field from the setting if it is usable, else the default: a typo never stops escalation. */
function validCalendar(given: Partial<WorkCalendar> | undefined): WorkCalendar {
  const base = DEFAULT_ESCALATION.calendar;
  const hour = (n: unknown, fallback: number) => (typeof n === 'number' && n >= 0 && n <= 24 ? n : fallback);
  const start = hour(given?.dayStartHour, base.dayStartHour);
  const end = hour(given?.dayEndHour, base.dayEndHour);
  const days = Array.isArray(given?.workDays)
    ? given.workDays.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6)
    : [];
  return {
    utcOffsetMinutes:
      typeof given?.utcOffsetMinutes === 'number' ? given.utcOffsetMinutes : base.utcOffsetMinutes,
    dayStartHour: start < end ? start : base.dayStartHour,
    dayEndHour: start < end ? end : base.dayEndHour,
    workDays: days.length > 0 ? days : base.workDays,
  };
}
