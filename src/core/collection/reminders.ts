/**
 * [CD10]-[CD12] The reminder plan of a drive as keyed notices: whoever writes a point first writes it once, so
 * a second run, a second sidebar or the automations add nothing.
 */
import type { Member } from '../model';
import { headOf, userOf, type Org } from '../org';
import { DAY } from '../time';
import { latestByMember, owes, type Drive, type Submission } from './drive';
import { audienceOf } from './audience';

export type CollectNoticeKind =
  | 'published'
  | 'remind'
  | 'due'
  | 'dueHead'
  | 'daily'
  | 'extended'
  | 'nudge'
  | 'sentBack'
  | 'problems'
  | 'refused'
  | 'noAuthor'
  | 'stopped';

export interface CollectNotice {
  key: string;
  kind: CollectNoticeKind;
  recipientUserId: string;
  driveId: string;
  /** Days before the deadline (remind), days after it (daily), or the new deadline (extended). */
  days?: number;
  /** Names of the people still missing, for heads and the organizer. */
  missing?: string[];
  reason?: string;
}

/** The audience members who still owe the drive ([CD9]). */
export function missingMembers(org: Org, drive: Drive, submissions: readonly Submission[]): Member[] {
  const latest = latestByMember(submissions.filter((s) => s.driveId === drive.id));
  return audienceOf(org, drive).filter((m) => owes(latest.get(m.id)));
}

const personal = (drive: Drive, members: Member[], kind: CollectNoticeKind, tag: string, days?: number) =>
  members.flatMap((m): CollectNotice[] => {
    const user = userOf(m);
    return user
      ? [{ key: `collect:${drive.id}:${tag}:${m.id}`, kind, recipientUserId: user, driveId: drive.id, days }]
      : [];
  });

/** [CD6] Publishing tells every audience member once, keyed by drive and member. */
export function publishNotices(org: Org, drive: Drive): CollectNotice[] {
  return personal(drive, audienceOf(org, drive), 'published', 'published');
}

/** Extending tells everyone still missing, keyed by the new deadline. */
export function extensionNotices(
  org: Org,
  drive: Drive,
  submissions: readonly Submission[],
): CollectNotice[] {
  const missing = missingMembers(org, drive, submissions);
  return personal(drive, missing, 'extended', `extended:${drive.deadline}`, drive.deadline);
}

function headNotices(org: Org, drive: Drive, missing: Member[]): CollectNotice[] {
  const byHead = new Map<string, { head: Member; names: string[] }>();
  for (const m of missing) {
    const head = headOf(org, m.departmentId);
    if (!head || head.id === m.id || !userOf(head)) continue;
    const entry = byHead.get(head.id) ?? { head, names: [] };
    entry.names.push(m.name);
    byHead.set(head.id, entry);
  }
  return [...byHead.values()].map(({ head, names }) => ({
    key: `collect:${drive.id}:dueHead:${head.id}`,
    kind: 'dueHead',
    recipientUserId: userOf(head)!,
    driveId: drive.id,
    missing: names,
  }));
}

/** Days after the deadline the organizer's daily missing list runs before it stops ([CD23]). */
export const DAILY_LIST_DAYS = 7;

/**
 * [CD10] [CD23] The organizer's missing list, daily after the deadline for a week; then one last notice says the
 * daily list stopped (the drive stays open, late submissions are still taken) and nothing more.
 */
function organizerList(drive: Drive, missing: Member[], daysAfter: number): CollectNotice[] {
  const stopped = daysAfter > DAILY_LIST_DAYS;
  return drive.organizerUserIds.map((user) => ({
    key: `collect:${drive.id}:${stopped ? 'stopped' : `daily:${daysAfter}`}:${user}`,
    kind: stopped ? 'stopped' : 'daily',
    recipientUserId: user,
    driveId: drive.id,
    days: stopped ? DAILY_LIST_DAYS : daysAfter,
    missing: missing.map((m) => m.name),
  }));
}

/**
 * [CD10] The plan's point reached at `now`, only the latest one: N days before the deadline (each of
 * `reminderDays`) to those missing; at the deadline to them and their heads (one notice per head listing
 * them); from then on, once a day, to the organizer with the missing list. Only an open drive reminds.
 */
export function dueReminders(
  org: Org,
  drive: Drive,
  submissions: readonly Submission[],
  now: number,
): CollectNotice[] {
  if (drive.status !== 'open' || drive.deadline === undefined) return [];
  const missing = missingMembers(org, drive, submissions);
  if (missing.length === 0) return [];
  const deadline = drive.deadline;
  if (now >= deadline) {
    const daysAfter = Math.floor((now - deadline) / DAY);
    if (daysAfter === 0)
      return drive.remindAtDeadline === false
        ? []
        : [...personal(drive, missing, 'due', 'due'), ...headNotices(org, drive, missing)];
    return drive.dailyList === false ? [] : organizerList(drive, missing, daysAfter);
  }
  const reached = drive.reminderDays.filter((d) => now >= deadline - d * DAY);
  if (reached.length === 0) return [];
  const days = Math.min(...reached);
  return personal(drive, missing, 'remind', `remind:${days}d`, days);
}

/** [CD11] The organizer's "remind everyone missing": at most once a day per person, keyed by the day. */
export function nudgeNotices(
  org: Org,
  drive: Drive,
  submissions: readonly Submission[],
  now: number,
): CollectNotice[] {
  const day = Math.floor(now / DAY);
  return personal(drive, missingMembers(org, drive, submissions), 'nudge', `nudge:${day}`);
}
