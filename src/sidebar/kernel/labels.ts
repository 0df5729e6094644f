/** Words and times every screen shows alike: a status, a moment, a list of people, a graph flag. Pure. */
import dayjs from 'dayjs';
import type { TaskStatus } from '../../core/model';
import type { Org } from '../../core/org';
import type { FlagCode, TaskFlag } from '../../core/taskFlags';
import type { Translate } from '../../i18n/translate';

export function statusLabel(status: TaskStatus | undefined, t: Translate): string {
  return status ? t(`status.${status}`) : t('status.unknown');
}

export const formatTime = (at: number | undefined): string =>
  at === undefined ? '' : dayjs(at).format('YYYY-MM-DD HH:mm');

export function namesOf(org: Org, userIds: string[], t: Translate): string {
  if (userIds.length === 0) return t('taskPage.nobody');
  return userIds.map((u) => org.members.find((m) => m.userIds.includes(u))?.name ?? u).join('、');
}

export function flagMessage(flag: TaskFlag, t: Translate): string {
  const code: FlagCode = flag.code;
  return t(`flag.${code}`, flag.params);
}
