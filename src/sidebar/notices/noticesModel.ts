/** The viewer's notices as plain data: unread first, each with its time and its task. Pure. */
import type { Notice, Task } from '../../core/model';
import { taskById } from '../../core/taskIndex';
import type { Locale } from '../../i18n/translate';
import { optionName } from '../shared/schemaNames';
import { formatTime } from '../kernel/labels';

export interface NoticeItem {
  id: string;
  message: string;
  when: string;
  /** The notice type in the viewer's language. */
  what: string;
  unread: boolean;
  taskId?: string;
  /** Undefined when the notice names no task, or its task was deleted. */
  taskTitle?: string;
}

/** For the tab badge. */
export function unreadCount(notices: Notice[]): number {
  return notices.filter((n) => !n.read).length;
}

/** The notices as read after this sidebar marked some: the Base may not have answered yet. */
export function withRead(notices: Notice[], markedIds: ReadonlySet<string>): Notice[] {
  return notices.map((n) => (markedIds.has(n.id) ? { ...n, read: true } : n));
}

export const unreadIds = (notices: Notice[]): string[] => notices.filter((n) => !n.read).map((n) => n.id);

/** Unread first, then newest first within each group. */
export function noticeItems(notices: Notice[], tasks: Task[], locale: Locale): NoticeItem[] {
  return [...notices]
    .sort((a, b) => Number(a.read) - Number(b.read) || (b.at ?? 0) - (a.at ?? 0))
    .map((n) => ({
      id: n.id,
      message: n.message,
      when: formatTime(n.at),
      what: n.type ? optionName('notifications', 'type', n.type, locale) : '',
      unread: !n.read,
      taskId: n.taskId,
      taskTitle: taskById(tasks, n.taskId)?.title,
    }));
}
