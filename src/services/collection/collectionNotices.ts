/** Collection notices put into words in the Base's language and written once each by key through the outbox. */
import type { FileProblem } from '../../core/collection/compliance';
import type { Drive } from '../../core/collection/drive';
import type { CollectNotice } from '../../core/collection/reminders';
import type { NoticeDraft } from '../../core/notices';
import { translator, type Locale, type Translate } from '../../i18n/translate';
import type { BatonStore } from '../../store/batonStore';
import { baseLocale, record } from '../outbox';

const ZONE_OFFSET = 8 * 3_600_000;

/** A moment as the company reads it (UTC+8, the zone of the working calendar). */
export const companyTime = (at: number | undefined) =>
  at === undefined ? '' : new Date(at + ZONE_OFFSET).toISOString().slice(0, 16).replace('T', ' ');

const formatList = (drive: Drive) => drive.formats.map((f) => f.toUpperCase()).join(' / ');

/** One problem in plain words. */
export function problemText(problem: FileProblem, drive: Drive, t: Translate): string {
  const actual = 'actual' in problem ? problem.actual : undefined;
  const params: Record<string, string | number> = {
    ...problem,
    ...(actual && { actual: actual === 'unknown' ? t('collection.format.unknown') : actual.toUpperCase() }),
    ...('claimed' in problem && { claimed: problem.claimed.toUpperCase() }),
    allowed: formatList(drive),
  };
  return t(`collection.problem.${problem.code}`, params);
}

export const problemsText = (problems: FileProblem[], drive: Drive, locale: Locale) =>
  problems.map((p) => problemText(p, drive, translator(locale))).join('\n');

function message(notice: CollectNotice, drive: Drive, organizer: string) {
  const params = {
    title: drive.title,
    requirements: drive.requirements,
    formats: formatList(drive),
    deadline: companyTime(drive.deadline),
    organizer,
    days: notice.days ?? 0,
    names: (notice.missing ?? []).join('、'),
    reason: notice.reason ?? '',
    problems: notice.reason ?? '',
  };
  return { key: `collection.notice.${notice.kind}`, params };
}

/** Notices as outbox drafts; `organizer` names who is asking. */
export function noticeDrafts(notices: CollectNotice[], drive: Drive, organizer: string): NoticeDraft[] {
  return notices.map((n) => ({
    key: n.key,
    type: 'collection',
    recipientUserId: n.recipientUserId,
    message: message(n, drive, organizer),
  }));
}

/** Writes the notices once each: keys already present are looked up first, and again after a failed attempt. */
export async function tell(store: BatonStore, drafts: NoticeDraft[], now: number): Promise<number> {
  if (drafts.length === 0) return 0;
  await record(store, drafts, [], now, new Map(), true, false);
  return drafts.length;
}

export { baseLocale };
