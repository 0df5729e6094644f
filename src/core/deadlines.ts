/**
 * [EV6] Due dates people are told about: the owner a working day before the due day, the owner and the
 * special task's responsible person once it is overdue, then the boss after a delay. Each notice keyed by
 * task, due date, kind and recipient's member row, so every run (sidebar or automations) writes it once, and
 * a moved due date starts over.
 */
import type { Task } from './model';
import { dayText, uniqueRecipients, type NoticeDraft } from './notices';
import { bosses, type Org, userOf } from './org';
import { DAY } from './time';
import { addWorkingHours, DEFAULT_CALENDAR, type WorkCalendar } from './workingTime';

export interface DeadlineSettings {
  /** Working hours an overdue task waits before the boss is told. */
  bossDelayHours: number;
  calendar: WorkCalendar;
}

export const DEFAULT_DEADLINES: DeadlineSettings = { bossDelayHours: 9, calendar: DEFAULT_CALENDAR };

/** Statuses whose due date still matters to someone: work someone owns and has not finished. */
const WATCHED = new Set<Task['status']>(['assigned', 'waiting', 'ready', 'in_progress', 'in_review']);

const dayStartOf = (t: number, cal: WorkCalendar) => {
  const offset = cal.utcOffsetMinutes * 60_000;
  return Math.floor((t + offset) / DAY) * DAY - offset;
};

const weekday = (dayStart: number, cal: WorkCalendar) =>
  (Math.floor((dayStart + cal.utcOffsetMinutes * 60_000) / DAY) + 4) % 7;

/** The start of the working day before the due day (its opening hour): when the owner is told it is due soon. */
export function dueSoonFrom(due: number, cal: WorkCalendar): number {
  let day = dayStartOf(due, cal) - DAY;
  for (let guard = 0; guard < 14 && !cal.workDays.includes(weekday(day, cal)); guard++) day -= DAY;
  return day + cal.dayStartHour * 3_600_000;
}

/** The moment a task becomes overdue: the end of its due day ([D5]: due before today). */
export const overdueFrom = (due: number, cal: WorkCalendar) => dayStartOf(due, cal) + DAY;

export function deadlineNotices(
  tasks: Task[],
  org: Org,
  settings: DeadlineSettings,
  now: number,
): NoticeDraft[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  return tasks.flatMap((task) => {
    if (task.due === undefined || !WATCHED.has(task.status)) return [];
    const owner = task.responsibleUserIds[0];
    const parent = task.parentId ? byId.get(task.parentId) : undefined;
    const overdueAt = overdueFrom(task.due, settings.calendar);
    const due = dayText(task.due, settings.calendar.utcOffsetMinutes);
    const notice = (kind: 'dueSoon' | 'overdue' | 'overdueBoss', userId: string): NoticeDraft => ({
      key: `${task.id}/${kind}/${task.due}/${memberKey(org, userId)}`,
      type: kind === 'dueSoon' ? 'dueSoon' : 'overdue',
      recipientUserId: userId,
      taskId: task.id,
      message: { key: `notice.${kind}`, params: { title: task.title, parent: parent?.title ?? '', due } },
    });
    if (now < overdueAt)
      return now >= dueSoonFrom(task.due, settings.calendar) && owner ? [notice('dueSoon', owner)] : [];
    const told = uniqueRecipients([owner, parent?.responsibleUserIds[0]]).map((u) => notice('overdue', u));
    if (now < addWorkingHours(overdueAt, settings.bossDelayHours, settings.calendar)) return told;
    const boss = bosses(org)
      .map(userOf)
      .filter((u): u is string => Boolean(u) && u !== owner);
    return [...told, ...boss.map((u) => notice('overdueBoss', u))];
  });
}

/** [E4] A recipient by their member row (the smallest id): open_ids differ between the sidebar's and automations' apps. */
function memberKey(org: Org, userId: string): string {
  return (
    org.members
      .filter((m) => m.userIds.includes(userId))
      .map((m) => m.id)
      .sort()[0] ?? userId
  );
}
