/**
 * [EV6] Writes the due-soon and overdue notices that are due and not yet in the outbox. A background job:
 * an open sidebar runs it while open, the automations on schedule; keys make repeated runs add nothing.
 */
import { DEFAULT_DEADLINES, deadlineNotices, type DeadlineSettings } from '../core/deadlines';
import type { BatonStore, CoreData } from '../store/batonStore';
import type { BackgroundJob } from './background';
import { escalationSettings } from './escalate';
import { recordNew } from './outbox';

export const DEADLINES_SETTING = 'deadlines';
/** As often as escalation (a value import of background.ts would be circular). */
const DEADLINES_CHECK_MS = 5 * 60_000;

/** The boss's delay from 设置 `deadlines` (JSON `{"bossDelayHours": n}`), the calendar from `escalation`. */
export function deadlineSettings(store: BatonStore): DeadlineSettings {
  const calendar = escalationSettings(store).calendar;
  try {
    const given = JSON.parse(store.setting(DEADLINES_SETTING) ?? '{}') as Partial<DeadlineSettings>;
    const delay = given.bossDelayHours;
    return {
      bossDelayHours: typeof delay === 'number' && delay >= 0 ? delay : DEFAULT_DEADLINES.bossDelayHours,
      calendar,
    };
  } catch {
    return { ...DEFAULT_DEADLINES, calendar };
  }
}

/** Returns how many notices were added. */
export async function remindDeadlines(store: BatonStore, data: CoreData, now: number): Promise<number> {
  return recordNew(store, deadlineNotices(data.tasks, data, deadlineSettings(store), now), now);
}

/** As often as escalation, on the statuses as the cascade left them. */
export const deadlinesJob: BackgroundJob = {
  name: 'deadlines',
  every: DEADLINES_CHECK_MS,
  run: async ({ store, data, now }) => ({ escalated: await remindDeadlines(store, data, now) }),
};
