import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../time';
import { aDepartment, aMember } from '../testBuilders';
import { aDrive, aSubmission, DEADLINE } from './collectionBuilders';
import { DAILY_LIST_DAYS, dueReminders, missingMembers, nudgeNotices, publishNotices } from './reminders';

const design = aDepartment({ name: '设计部' });
const head = aMember({ name: 'Head', departmentId: design.id, role: 'manager' });
const ann = aMember({ name: 'Ann', departmentId: design.id });
const bob = aMember({ name: 'Bob', departmentId: design.id });
const org = { departments: [design], members: [head, ann, bob] };
const drive = aDrive({ departmentIds: [design.id], organizerUserIds: ['ou_hr'] });
const annDone = aSubmission(drive, ann.id);
const keys = (notices: { key: string }[]) => notices.map((n) => n.key);

describe('reminders', () => {
  it('[CD6] publishing tells each audience member once, keyed by drive and member', () => {
    expect(keys(publishNotices(org, drive))).toEqual(
      [head, ann, bob].map((m) => `collect:${drive.id}:published:${m.id}`),
    );
  });

  it('[CD9] missing: no submission, or the newest version sent back', () => {
    const sentBack = aSubmission(drive, bob.id, { review: 'rejected' });
    expect(missingMembers(org, drive, [annDone, sentBack]).map((m) => m.name)).toEqual(['Head', 'Bob']);
    const again = aSubmission(drive, bob.id, { version: 2 });
    expect(missingMembers(org, drive, [annDone, sentBack, again]).map((m) => m.name)).toEqual(['Head']);
  });

  it('[CD10] nothing before the first point; 3 and 1 days before to those missing only', () => {
    expect(dueReminders(org, drive, [annDone], DEADLINE - 4 * DAY)).toEqual([]);
    const three = dueReminders(org, drive, [annDone], DEADLINE - 3 * DAY + HOUR);
    expect(keys(three)).toEqual([
      `collect:${drive.id}:remind:3d:${head.id}`,
      `collect:${drive.id}:remind:3d:${bob.id}`,
    ]);
    const one = dueReminders(org, drive, [annDone], DEADLINE - DAY);
    expect(keys(one)).toEqual([
      `collect:${drive.id}:remind:1d:${head.id}`,
      `collect:${drive.id}:remind:1d:${bob.id}`,
    ]);
  });

  it('[CD10] at the deadline the missing and their head; then daily to the organizer', () => {
    const due = dueReminders(org, drive, [annDone], DEADLINE + HOUR);
    expect(keys(due)).toEqual([
      `collect:${drive.id}:due:${head.id}`,
      `collect:${drive.id}:due:${bob.id}`,
      `collect:${drive.id}:dueHead:${head.id}`,
    ]);
    expect(due[2]!.missing).toEqual(['Bob']);
    const daily = dueReminders(org, drive, [annDone], DEADLINE + 2 * DAY + HOUR);
    expect(daily).toMatchObject([{ key: `collect:${drive.id}:daily:2:ou_hr`, missing: ['Head', 'Bob'] }]);
  });

  it('[CD23] the daily list stops a week after the deadline with one last notice; the drive stays open', () => {
    const last = dueReminders(org, drive, [annDone], DEADLINE + DAILY_LIST_DAYS * DAY + HOUR);
    expect(keys(last)).toEqual([`collect:${drive.id}:daily:${DAILY_LIST_DAYS}:ou_hr`]);
    const after = dueReminders(org, drive, [annDone], DEADLINE + (DAILY_LIST_DAYS + 1) * DAY + HOUR);
    const later = dueReminders(org, drive, [annDone], DEADLINE + 30 * DAY);
    expect(after).toMatchObject([{ key: `collect:${drive.id}:stopped:ou_hr`, kind: 'stopped' }]);
    expect(keys(later)).toEqual(keys(after));
  });

  it('[CD23] the at-deadline point and the daily list can each be switched off', () => {
    expect(dueReminders(org, { ...drive, remindAtDeadline: false }, [annDone], DEADLINE + HOUR)).toEqual([]);
    const daily = { ...drive, dailyList: false };
    expect(dueReminders(org, daily, [annDone], DEADLINE + 2 * DAY)).toEqual([]);
    expect(keys(dueReminders(org, daily, [annDone], DEADLINE + HOUR))).toHaveLength(3);
  });

  it('[CD10] a closed drive or one with nobody missing reminds nobody', () => {
    expect(dueReminders(org, { ...drive, status: 'closed' }, [], DEADLINE - DAY)).toEqual([]);
    const all = [head, ann, bob].map((m) => aSubmission(drive, m.id));
    expect(dueReminders(org, drive, all, DEADLINE - DAY)).toEqual([]);
  });

  it('[CD11] a manual reminder is keyed per person and day', () => {
    const morning = nudgeNotices(org, drive, [annDone], DEADLINE - 2 * DAY);
    const evening = nudgeNotices(org, drive, [annDone], DEADLINE - 2 * DAY + 1);
    expect(keys(evening)).toEqual(keys(morning));
    expect(keys(nudgeNotices(org, drive, [annDone], DEADLINE - DAY))).not.toEqual(keys(morning));
  });
});
