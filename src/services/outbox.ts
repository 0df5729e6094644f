/**
 * The notification outbox and the task history: drafts from core put into words and written once each.
 * A Base automation ("when a record is added to 通知, send a Feishu message to 接收人") delivers the outbox.
 */
import type { EventDraft, MessageSpec, NoticeDraft } from '../core/notices';
import { isMessageKey, translator, type Locale } from '../i18n/translate';
import { fromNotice, fromTaskEvent } from '../schema/entities';
import type { BatonStore, PlannedWrite } from '../store/batonStore';

export const LANGUAGE_SETTING = 'language';

/** The Base's language (chosen at install) is used for notices: we do not know each recipient's. */
export function baseLocale(store: BatonStore): Locale {
  return store.setting(LANGUAGE_SETTING) === 'en' ? 'en-US' : 'zh-CN';
}

export function render(message: MessageSpec, locale: Locale): string {
  if (!isMessageKey(message.key)) return message.key;
  return translator(locale)(message.key, message.params);
}

/** Ids for drafts that name their task by plan key (not yet written). */
type TaskIds = ReadonlyMap<string, string>;

const taskIdOf = (draft: { taskId?: string; taskKey?: string }, ids: TaskIds) =>
  draft.taskId ?? (draft.taskKey ? ids.get(draft.taskKey) : undefined);

export function noticeRows(drafts: NoticeDraft[], locale: Locale, now: number, ids: TaskIds = new Map()) {
  return drafts.map((d) =>
    fromNotice({
      recipientUserIds: [d.recipientUserId],
      type: d.type,
      message: render(d.message, locale),
      taskId: taskIdOf(d, ids),
      key: d.key,
      status: 'pending',
      read: false,
      at: now,
    }),
  );
}

export function eventRows(drafts: EventDraft[], locale: Locale, ids: TaskIds = new Map()) {
  return drafts.map((d) =>
    fromTaskEvent({
      summary: render(d.summary, locale),
      taskId: taskIdOf(d, ids),
      type: d.type,
      actorUserIds: d.actorUserId ? [d.actorUserId] : [],
      reason: d.reason,
      at: d.at,
      key: d.key,
    }),
  );
}

/** The outbox and history rows `record` would write, for checking a whole write set before writing. */
export function recordWrites(
  store: BatonStore,
  notices: NoticeDraft[],
  events: EventDraft[],
  now: number,
  ids: TaskIds = new Map(),
): PlannedWrite[] {
  const locale = baseLocale(store);
  return [
    { table: 'notifications', keyField: 'key', rows: noticeRows(notices, locale, now, ids) },
    { table: 'taskEvents', keyField: 'key', rows: eventRows(events, locale, ids) },
  ];
}

/**
 * Writes notices and events, each once by key: keys already in the Base are looked up first (unless the
 * caller knows none can exist), so a second sidebar or the scheduled job re-sending them adds nothing.
 * A caller retrying after a failure asks for `recheck`: an earlier attempt may land after the lookup.
 */
export async function record(
  store: BatonStore,
  notices: NoticeDraft[],
  events: EventDraft[],
  now: number,
  ids: TaskIds = new Map(),
  checkFirst = true,
  recheck = false,
): Promise<void> {
  const locale = baseLocale(store);
  await Promise.all([
    notices.length
      ? store.addKeyed('notifications', 'key', noticeRows(notices, locale, now, ids), checkFirst, recheck)
      : undefined,
    events.length
      ? store.addKeyed('taskEvents', 'key', eventRows(events, locale, ids), checkFirst, recheck)
      : undefined,
  ]);
}

/** Adds the notices whose keys the Base does not hold yet, looked up once; returns how many were added. */
export async function recordNew(store: BatonStore, notices: NoticeDraft[], now: number): Promise<number> {
  if (notices.length === 0) return 0;
  const existing = await store.findKeyed(
    'notifications',
    'key',
    notices.map((n) => n.key),
  );
  const fresh = notices.filter((n) => !existing.has(n.key));
  // The keys were just looked up: no second lookup before adding.
  await record(store, fresh, [], now, new Map(), false);
  return fresh.length;
}

/** Two writers of the same drafts at once both looked and found nothing: each keeps one row per key. */
export async function keepOnePerKey(
  store: BatonStore,
  notices: NoticeDraft[],
  events: EventDraft[],
): Promise<void> {
  await Promise.all([
    store.removeDuplicateKeys(
      'notifications',
      'key',
      notices.map((n) => n.key),
    ),
    store.removeDuplicateKeys(
      'taskEvents',
      'key',
      events.map((e) => e.key),
    ),
  ]);
}
