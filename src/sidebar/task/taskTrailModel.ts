/**
 * A task's trail as rows: its history (who did what, when, why) and its notices (who was told what, when),
 * the task's own and its stages', merged oldest first. Pure.
 */
import type { Notice, Task, TaskEvent } from '../../core/model';
import type { Org } from '../../core/org';
import type { Locale, Translate } from '../../i18n/translate';
import { optionName } from '../shared/schemaNames';
import { formatTime, namesOf } from '../kernel/labels';

export interface HistoryRow {
  id: string;
  when: string;
  actor: string;
  actorUserIds: string[];
  /** The event type in the viewer's language. */
  what: string;
  /** The sentence written with the event, in the Base's language. */
  summary: string;
  reason: string;
  /** The stage it happened on, when it was not the task itself. */
  stage?: string;
}

export interface NoticeRow {
  id: string;
  when: string;
  recipient: string;
  recipientUserIds: string[];
  what: string;
  message: string;
  /** 待发送 / 已发送, as the Base automation left it. */
  delivery: string;
  sent: boolean;
  read: boolean;
  stage?: string;
}

export interface Trail {
  events: TaskEvent[];
  notices: Notice[];
}

const oldestFirst = <T extends { at?: number }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.at ?? 0) - (b.at ?? 0));

/** Merges the trails read per task (the task and each of its stages) into one, oldest first. */
export function mergeTrails(trails: Trail[]): Trail {
  return {
    events: oldestFirst(trails.flatMap((x) => x.events)),
    notices: oldestFirst(trails.flatMap((x) => x.notices)),
  };
}

function stageTitle(tasks: Task[], pageTaskId: string, taskId: string | undefined): string | undefined {
  if (!taskId || taskId === pageTaskId) return undefined;
  return tasks.find((x) => x.id === taskId)?.title;
}

export function historyRows(
  trail: Trail,
  org: Org,
  tasks: Task[],
  pageTaskId: string,
  t: Translate,
  locale: Locale,
): HistoryRow[] {
  return trail.events.map((e) => ({
    id: e.id,
    when: formatTime(e.at),
    actor: namesOf(org, e.actorUserIds, t),
    actorUserIds: e.actorUserIds,
    what: e.type ? optionName('taskEvents', 'type', e.type, locale) : t('taskPage.history.unknownType'),
    summary: e.summary,
    reason: e.reason,
    stage: stageTitle(tasks, pageTaskId, e.taskId),
  }));
}

export function noticeRows(
  trail: Trail,
  org: Org,
  tasks: Task[],
  pageTaskId: string,
  t: Translate,
  locale: Locale,
): NoticeRow[] {
  return trail.notices.map((n) => ({
    id: n.id,
    when: formatTime(n.at),
    recipient: namesOf(org, n.recipientUserIds, t),
    recipientUserIds: n.recipientUserIds,
    what: n.type ? optionName('notifications', 'type', n.type, locale) : '',
    message: n.message,
    delivery: optionName('notifications', 'status', n.status, locale),
    sent: n.status === 'sent',
    read: n.read,
    stage: stageTitle(tasks, pageTaskId, n.taskId),
  }));
}
