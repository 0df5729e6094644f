/**
 * What a notice says, before it is put into words: the text is chosen by message key in the recipient's
 * language outside core. Every notice has a deterministic key, so whoever writes it first writes it once.
 */
import type { NoticeType, TaskEventType } from './model';

export interface MessageSpec {
  key: string;
  params: Record<string, string | number>;
}

export interface NoticeDraft {
  key: string;
  type: NoticeType;
  recipientUserId: string;
  /** The task by id, or by its key within a plan not yet written. */
  taskId?: string;
  taskKey?: string;
  message: MessageSpec;
}

export interface EventDraft {
  key: string;
  type: TaskEventType;
  actorUserId: string;
  taskId?: string;
  taskKey?: string;
  reason: string;
  at: number;
  summary: MessageSpec;
}

/** Recipients once each, in order, without empty ids. */
export function uniqueRecipients(userIds: (string | undefined)[]): string[] {
  return [...new Set(userIds.filter((u): u is string => Boolean(u)))];
}

/** A day as stored text (YYYY-MM-DD) in the company's offset: notices are read as written, in any language. */
export function dayText(at: number, utcOffsetMinutes = 480): string {
  return new Date(at + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}
