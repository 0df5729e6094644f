import { describe, expect, it } from 'vitest';
import { acknowledgedNotices, assignerOf } from './acknowledgement';
import type { TaskEvent } from './model';
import { aMember, aTask, TODAY_START } from './testBuilders';

const org = {
  departments: [],
  members: [
    aMember({ name: '王建国', userIds: ['u_boss'], role: 'boss' }),
    aMember({ name: '张伟', userIds: ['u_zhang'], role: 'manager' }),
    aMember({ name: '何平', userIds: ['u_he'] }),
  ],
};
const ev = (id: string, type: TaskEvent['type'], actor: string, at: number, taskId = 'live'): TaskEvent => ({
  id,
  taskId,
  type,
  actorUserIds: [actor],
  reason: '',
  at,
  summary: '',
});

describe('acknowledgement', () => {
  it('[EV4] whoever assigned last is told of the acknowledgement, once per assignment', () => {
    const task = aTask({ id: 'live', title: '直播课堂', assignedAt: TODAY_START });
    const events = [ev('e1', 'assigned', 'u_boss', 1), ev('e2', 'reassigned', 'u_zhang', 2)];
    expect(assignerOf(events)).toBe('u_zhang');
    expect(acknowledgedNotices(task, events, org, 'u_he')).toEqual([
      {
        key: `live/acknowledged/${TODAY_START}/u_zhang`,
        type: 'acknowledged',
        recipientUserId: 'u_zhang',
        taskId: 'live',
        message: { key: 'notice.acknowledged', params: { title: '直播课堂', actor: '何平' } },
      },
    ]);
  });

  it('[EV4] a stage answers to its special task’s sender; nobody is told of their own acknowledgement', () => {
    const stage = aTask({ id: 'poster', kind: 'stage', parentId: 'live' });
    const events = [ev('e1', 'assigned', 'u_boss', 1, 'live')];
    expect(acknowledgedNotices(stage, events, org, 'u_he').map((n) => n.recipientUserId)).toEqual(['u_boss']);
    expect(acknowledgedNotices(stage, events, org, 'u_boss')).toEqual([]);
    expect(acknowledgedNotices(stage, [], org, 'u_he')).toEqual([]);
  });
});
