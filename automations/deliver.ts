/**
 * [RB9] Delivers the 通知 outbox as Feishu messages, for a deployment with an app (BATON_DELIVER_MESSAGES): each
 * row waiting to be sent goes to each of its 接收人 by open_id — the ids the automation reads through its own
 * app, so they are that app's — then the row is marked 已发送. A failed send leaves the row waiting for the next
 * run and is reported; a person the app can never message marks the row 无法送达 instead of retrying forever.
 * Runs apart from the runner lease: an open sidebar cannot send messages, so it must not hold delivery up, and
 * the message API's `uuid` keeps two runs (or a retried row) from sending one notice twice within its hour.
 */
import { createHash } from 'node:crypto';
import { DAY } from '../src/core/time';
import type { DecodedRecord } from '../src/schema/cellCodec';
import type { BatonStore } from '../src/store/batonStore';
import type { MessageSender, SendOutcome } from './openApi/messageApi';

export const DELIVER_JOB = 'deliver';

/** Older rows waiting are not sent: switching delivery on must not flood people with last month's notices. */
export const DELIVERY_MAX_AGE_MS = 3 * DAY;

export interface DeliveryReport {
  sent: number;
  unreachable: number;
  /** Rows left waiting after a failed send, with the first reason. */
  failed: number;
  reason?: string;
  /** Rows waiting longer than DELIVERY_MAX_AGE_MS, left as they are. */
  stale: number;
  /** The Base has no 无法送达 option yet (installed before it existed): those rows wait until the Check page adds it. */
  optionMissing?: boolean;
}

type Row = DecodedRecord<'notifications'>;

/** The message API's dedup id for one notice to one person: stable across runs, at most 50 characters. */
export function messageUuid(key: string, openId: string): string {
  return `baton-${createHash('sha256').update(`${key}\n${openId}`).digest('hex').slice(0, 40)}`;
}

export async function deliverOutbox(
  store: BatonStore,
  sender: MessageSender,
  now: number,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, unreachable: 0, failed: 0, stale: 0 };
  const waiting = (await store.readAll('notifications')).filter(isWaiting);
  const fresh = waiting.filter((row) => !row.values.at || now - Number(row.values.at) <= DELIVERY_MAX_AGE_MS);
  report.stale = waiting.length - fresh.length;
  const marks: { id: string; values: { status: SendOutcome } }[] = [];
  // One at a time: the message API limits a bot's rate, and a company's notices of five minutes are few.
  for (const row of fresh) {
    const outcome = await deliverRow(row, sender).catch((error: unknown) => {
      report.failed += 1;
      report.reason ??= (error as Error).message;
      return undefined;
    });
    if (outcome) marks.push({ id: row.id, values: { status: outcome } });
  }
  const canMark = Boolean(store.table('notifications').fields.status?.options.unreachable);
  const writes = canMark ? marks : marks.filter((m) => m.values.status === 'sent');
  report.optionMissing = writes.length < marks.length;
  report.sent = writes.filter((m) => m.values.status === 'sent').length;
  report.unreachable = writes.length - report.sent;
  if (writes.length > 0) await store.update('notifications', writes);
  return report;
}

/** Waiting: 待发送, or no status at all (a row added by hand). */
function isWaiting(row: Row): boolean {
  return row.values.status === 'pending' || !row.values.status;
}

/** Sent when anyone got it; unreachable when nobody could; throws (the row waits) when a send failed. */
async function deliverRow(row: Row, sender: MessageSender): Promise<SendOutcome> {
  const people = row.values.recipient;
  const recipients = (Array.isArray(people) ? people : []).filter((id) => id !== '');
  const text = String(row.values.message ?? '');
  const key = String(row.values.key || row.id);
  const outcomes: SendOutcome[] = [];
  for (const openId of recipients)
    outcomes.push(await sender.sendText(openId, text, messageUuid(key, openId)));
  return outcomes.includes('sent') ? 'sent' : 'unreachable';
}
