import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Notice, TaskEvent } from '../../core/model';
import { aMember, aStage, aTask, TODAY_START } from '../../core/testBuilders';
import { translator } from '../../i18n/translate';
import { historyRows, mergeTrails, noticeRows } from './taskTrailModel';

const zh = translator('zh-CN');
const en = translator('en-US');
const MIN = 60_000;

const boss = aMember({ name: '王总', userIds: ['ou_boss'], role: 'boss' });
const liu = aMember({ name: '刘洋', userIds: ['ou_liu'] });
const org = { departments: [], members: [boss, liu] };
const task = aTask({ title: '直播' });
const stage = aStage(task, { title: '海报' });
const tasks = [task, stage];

const event = (id: string, at: number, over: Partial<TaskEvent> = {}): TaskEvent => ({
  id,
  taskId: task.id,
  type: 'assigned',
  actorUserIds: ['ou_boss'],
  reason: '',
  at,
  summary: '',
  ...over,
});

const notice = (id: string, at: number, over: Partial<Notice> = {}): Notice => ({
  id,
  recipientUserIds: ['ou_liu'],
  type: 'assigned',
  message: 'm',
  taskId: task.id,
  key: id,
  status: 'pending',
  read: false,
  at,
  ...over,
});

describe('mergeTrails', () => {
  it("merges the task's and its stages' trails, oldest first", () => {
    const merged = mergeTrails([
      { events: [event('e1', TODAY_START + 5 * MIN)], notices: [notice('n2', TODAY_START + 9 * MIN)] },
      { events: [event('e2', TODAY_START + MIN)], notices: [notice('n1', TODAY_START)] },
    ]);
    expect(merged.events.map((e) => e.id)).toEqual(['e2', 'e1']);
    expect(merged.notices.map((n) => n.id)).toEqual(['n1', 'n2']);
  });
});

describe('historyRows', () => {
  it('says who, what (in the viewer language), when and why, and which stage', () => {
    const trail = {
      events: [
        event('e1', TODAY_START, { summary: '王总派单「直播」给市场部' }),
        event('e2', TODAY_START + MIN, {
          taskId: stage.id,
          type: 'declined',
          actorUserIds: ['ou_liu'],
          reason: '没空',
        }),
      ],
      notices: [],
    };
    const rows = historyRows(trail, org, tasks, task.id, zh, 'zh-CN');
    expect(rows.map((r) => [r.actor, r.what, r.reason, r.stage])).toEqual([
      ['王总', '派单', '', undefined],
      ['刘洋', '拒绝', '没空', '海报'],
    ]);
    expect(rows[0]!.when).toBe(dayjs(TODAY_START).format('YYYY-MM-DD HH:mm'));
    expect(rows[0]!.summary).toBe('王总派单「直播」给市场部');
    expect(historyRows(trail, org, tasks, task.id, en, 'en-US')[1]!.what).toBe('Declined');
  });

  it('an actor who is no member shows the account; an unknown type says so', () => {
    const trail = {
      events: [event('e1', TODAY_START, { actorUserIds: ['ou_x'], type: undefined })],
      notices: [],
    };
    expect(historyRows(trail, org, tasks, task.id, en, 'en-US')[0]).toMatchObject({
      actor: 'ou_x',
      what: 'Other',
    });
  });
});

describe('noticeRows', () => {
  it('says who was told what and when, whether it was delivered and read', () => {
    const trail = {
      events: [],
      notices: [
        notice('n1', TODAY_START, { type: 'reassigned', status: 'sent', read: true }),
        notice('n2', TODAY_START, { recipientUserIds: ['ou_boss'], type: 'copy', taskId: stage.id }),
      ],
    };
    const rows = noticeRows(trail, org, tasks, task.id, zh, 'zh-CN');
    expect(rows.map((r) => [r.recipient, r.what, r.delivery, r.sent, r.read, r.stage])).toEqual([
      ['刘洋', '转派', '已发送', true, true, undefined],
      ['王总', '抄送', '待发送', false, false, '海报'],
    ]);
  });
});
