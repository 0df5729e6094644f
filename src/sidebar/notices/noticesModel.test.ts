import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../core/model';
import { aTask, TODAY_START } from '../../core/testBuilders';
import { noticeItems, unreadCount, unreadIds, withRead } from './noticesModel';

const MIN = 60_000;
const task = aTask({ title: '直播' });

const notice = (id: string, minutes: number, read: boolean, over: Partial<Notice> = {}): Notice => ({
  id,
  recipientUserIds: ['ou_me'],
  type: 'assigned',
  message: `message ${id}`,
  taskId: task.id,
  key: id,
  status: 'pending',
  read,
  at: TODAY_START + minutes * MIN,
  ...over,
});

const notices = [notice('old-unread', 1, false), notice('new-read', 9, true), notice('new-unread', 5, false)];

describe('unreadCount / unreadIds', () => {
  it('counts and lists the unread notices', () => {
    expect(unreadCount(notices)).toBe(2);
    expect(unreadIds(notices)).toEqual(['old-unread', 'new-unread']);
    expect(unreadCount([])).toBe(0);
  });
});

describe('withRead', () => {
  it('treats the notices this sidebar marked as read, leaving the rest', () => {
    const marked = withRead(notices, new Set(['old-unread']));
    expect(marked.map((n) => n.read)).toEqual([true, true, false]);
    expect(notices[0]!.read).toBe(false);
  });
});

describe('noticeItems', () => {
  it('puts unread first, newest first within each group, and marks them', () => {
    const items = noticeItems(notices, [task], 'zh-CN');
    expect(items.map((i) => [i.id, i.unread])).toEqual([
      ['new-unread', true],
      ['old-unread', true],
      ['new-read', false],
    ]);
  });

  it('gives each its time, its type in the viewer language, and its task', () => {
    const [item] = noticeItems([notice('n', 0, false, { type: 'reminder' })], [task], 'en-US');
    expect(item).toMatchObject({
      when: dayjs(TODAY_START).format('YYYY-MM-DD HH:mm'),
      what: 'Reminder',
      taskId: task.id,
      taskTitle: '直播',
      message: 'message n',
    });
  });

  it('a notice whose task was deleted keeps its task id but has no title', () => {
    const [item] = noticeItems([notice('n', 0, false, { taskId: 'gone' })], [task], 'zh-CN');
    expect(item).toMatchObject({ taskId: 'gone', taskTitle: undefined });
  });
});
