import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINES, deadlineNotices, dueSoonFrom, overdueFrom } from './deadlines';
import { aMember, aTask, TODAY_START } from './testBuilders';
import { DAY, HOUR } from './time';

// TODAY_START is Friday 2024-05-10 in UTC+8.
const org = {
  departments: [],
  members: [
    aMember({ id: 'm_boss', name: '王建国', userIds: ['u_boss'], role: 'boss' }),
    aMember({ id: 'm_zhang', name: '张伟', userIds: ['u_zhang'] }),
    aMember({ id: 'm_he', name: '何平', userIds: ['u_he'] }),
  ],
};
const cal = DEFAULT_DEADLINES.calendar;
const live = aTask({
  id: 'live',
  title: '直播课堂',
  responsibleUserIds: ['u_zhang'],
  due: TODAY_START + 10 * DAY,
});
const due = TODAY_START + 3 * DAY; // Monday
const poster = aTask({
  id: 'poster',
  kind: 'stage',
  parentId: 'live',
  title: '海报',
  status: 'in_progress',
  responsibleUserIds: ['u_he'],
  due,
});
const run = (now: number, tasks = [live, poster]) =>
  deadlineNotices(tasks, org, DEFAULT_DEADLINES, now).map((n) => [n.type, n.recipientUserId, n.taskId]);

describe('deadlines', () => {
  it('[EV6] due soon: the owner from the opening of the working day before the due day (Friday for a Monday)', () => {
    expect(dueSoonFrom(due, cal)).toBe(TODAY_START + 9 * HOUR);
    expect(run(TODAY_START + 8 * HOUR)).toEqual([]);
    expect(run(TODAY_START + 9 * HOUR)).toEqual([['dueSoon', 'u_he', 'poster']]);
  });

  it("[EV6] overdue: the owner and the special task's responsible person, then the boss after the delay", () => {
    const late = overdueFrom(due, cal);
    expect(late).toBe(due + DAY);
    expect(run(late)).toEqual([
      ['overdue', 'u_he', 'poster'],
      ['overdue', 'u_zhang', 'poster'],
    ]);
    // Tuesday 09:00 plus 9 working hours is Wednesday 09:00.
    expect(run(late + 9 * HOUR + 23 * HOUR).map((n) => n[1])).toEqual(['u_he', 'u_zhang', 'u_boss']);
  });

  it('[EV6] keyed by task, due date and member row: a moved due date starts over; finished work is left alone', () => {
    const [n] = deadlineNotices([poster], org, DEFAULT_DEADLINES, due + DAY);
    expect(n!.key).toBe(`poster/overdue/${due}/m_he`);
    const moved = { ...poster, due: due + 7 * DAY };
    expect(deadlineNotices([moved], org, DEFAULT_DEADLINES, due + 6 * DAY)[0]!.key).toBe(
      `poster/dueSoon/${due + 7 * DAY}/m_he`,
    );
    for (const status of ['done', 'cancelled', 'open', 'draft'] as const)
      expect(run(due + 5 * DAY, [{ ...poster, status }])).toEqual([]);
  });
});
