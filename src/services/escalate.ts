/**
 * Runs the escalation rules and writes the notices that are due and not yet in the outbox. The sidebar runs
 * it while open; the scheduled automation runs the same function. Keys make repeated runs add nothing.
 */
import { DEFAULT_ESCALATION, escalations, type EscalationSettings } from '../core/escalation';
import type { BatonStore, CoreData } from '../store/batonStore';
import { record } from './outbox';

export const ESCALATION_SETTING = 'escalation';

/** Windows and working calendar from the Settings row "escalation" (JSON); defaults where absent or invalid. */
export function escalationSettings(store: BatonStore): EscalationSettings {
  try {
    const given = JSON.parse(store.setting(ESCALATION_SETTING) ?? '{}') as Partial<EscalationSettings>;
    const positive = (n: unknown, fallback: number) => (typeof n === 'number' && n > 0 ? n : fallback);
    return {
      ackWindowHours: positive(given.ackWindowHours, DEFAULT_ESCALATION.ackWindowHours),
      poolWindowHours: positive(given.poolWindowHours, DEFAULT_ESCALATION.poolWindowHours),
      calendar: { ...DEFAULT_ESCALATION.calendar, ...given.calendar },
    };
  } catch {
    return DEFAULT_ESCALATION;
  }
}

/** Returns how many notices were added. */
export async function escalate(store: BatonStore, data: CoreData, now: number): Promise<number> {
  const due = escalations(data.tasks, data, escalationSettings(store), now);
  if (due.length === 0) return 0;
  const existing = await store.findKeyed(
    'notifications',
    'key',
    due.map((n) => n.key),
  );
  const fresh = due.filter((n) => !existing.has(n.key));
  await record(store, fresh, [], now, new Map(), true);
  return fresh.length;
}
