import { describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../test/support/baseFixture';
import type { EventDraft, NoticeDraft } from '../core/notices';
import type { LocalHost } from '../local/localHost';
import { toNotice, toTaskEvent } from '../schema/entities';
import { baseLocale, noticeRows, record, render } from './outbox';
import { myNotices, openSession } from './session';

const RETRY = { attempts: 3, backoffMs: 0 };
const HE = personId('何平');
const GUO = personId('郭晓');

async function open(local: LocalHost) {
  const session = await openSession(local.host, { retry: RETRY });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  return session;
}

const notice = (key: string, recipientUserId: string, taskId?: string): NoticeDraft => ({
  key,
  type: 'reminder',
  recipientUserId,
  taskId,
  message: { key: 'notice.reminder', params: { title: '年会海报', hours: 4 } },
});
const event = (key: string, taskId: string): EventDraft => ({
  key,
  type: 'nudged',
  actorUserId: GUO,
  taskId,
  reason: '',
  at: TEST_NOW,
  summary: { key: 'event.acknowledged', params: { actor: '郭晓', title: '年会海报' } },
});

describe('render', () => {
  it('puts a message into words in the given language, with its parameters', () => {
    const spec = { key: 'notice.reminder', params: { title: '年会海报', hours: 4 } };
    expect(render(spec, 'zh-CN')).toBe(
      '提醒：「年会海报」已派给你 4 个工作小时，还没有确认，请尽快确认或说明原因。',
    );
    expect(render(spec, 'en-US')).toContain('"年会海报" was assigned to you 4 working hours ago');
  });

  it('an unknown message key is written as the key itself; a missing parameter stays visible', () => {
    expect(render({ key: 'notice.nope', params: {} }, 'zh-CN')).toBe('notice.nope');
    expect(render({ key: 'event.claimed', params: { actor: '何平' } }, 'en-US')).toBe(
      '何平 claimed "{{title}}"',
    );
  });
});

describe('noticeRows', () => {
  it('a notice names its task by id, or by plan key through the ids written; pending and unread', () => {
    const byKey: NoticeDraft = { ...notice('n1', HE), taskKey: 'd/task' };
    const rows = noticeRows(
      [byKey, notice('n2', HE, 'recX')],
      'zh-CN',
      TEST_NOW,
      new Map([['d/task', 'recT']]),
    );
    expect(rows.map((r) => [r.key, r.task, r.recipient, r.status, r.read, r.at])).toEqual([
      ['n1', ['recT'], [HE], 'pending', false, TEST_NOW],
      ['n2', ['recX'], [HE], 'pending', false, TEST_NOW],
    ]);
  });
});

describe('record', () => {
  it('writes the notices and events once; writing them again adds nothing', async () => {
    const local = await demoBase();
    const { store, data } = await open(local);
    const taskId = data.tasks[0]!.id;
    const notices = [notice('k/1', HE, taskId), notice('k/2', GUO, taskId)];
    const events = [event('k/e', taskId)];
    await record(store, notices, events, TEST_NOW);
    await record(store, notices, events, TEST_NOW);
    const other = await open(local);
    await record(other.store, notices, events, TEST_NOW);
    const rows = (await store.readAll('notifications')).map(toNotice).filter((n) => n.key.startsWith('k/'));
    expect(rows.map((n) => n.key).sort()).toEqual(['k/1', 'k/2']);
    expect(rows.every((n) => n.taskId === taskId && n.message.startsWith('提醒：「年会海报」'))).toBe(true);
    const history = (await store.readAll('taskEvents')).map(toTaskEvent).filter((e) => e.key === 'k/e');
    expect(history).toMatchObject([
      { type: 'nudged', actorUserIds: [GUO], taskId, summary: '郭晓确认接手「年会海报」' },
    ]);
  });

  it("notices are written in the Base's language: English after the language setting says en", async () => {
    const local = await demoBase();
    const { store, data } = await open(local);
    expect(baseLocale(store)).toBe('zh-CN');
    const row = store.settingsRows.find((r) => r.key === 'language')!;
    await store.update('settings', [{ id: row.recordId, values: { value: 'en' } }]);
    const english = await open(local);
    expect(baseLocale(english.store)).toBe('en-US');
    await record(english.store, [notice('en/1', HE, data.tasks[0]!.id)], [], TEST_NOW);
    const [written] = (await store.readAll('notifications')).map(toNotice).filter((n) => n.key === 'en/1');
    expect(written!.message).toMatch(/^Reminder: "年会海报"/);
  });
});

describe('myNotices', () => {
  it("the viewer's notices only, newest first; the session loads them", async () => {
    const local = await demoBase();
    const { store, data } = await open(local);
    const taskId = data.tasks[0]!.id;
    await record(store, [notice('m/old', HE, taskId)], [], TEST_NOW - 1000);
    await record(store, [notice('m/new', HE, taskId), notice('m/guo', GUO, taskId)], [], TEST_NOW);
    const keys = (await myNotices(store, HE)).map((n) => n.key).filter((k) => k.startsWith('m/'));
    expect(keys).toEqual(['m/new', 'm/old']);
    local.setSession({ userId: HE });
    const session = await open(local);
    expect(session.notices.map((n) => n.key).filter((k) => k.startsWith('m/'))).toEqual(['m/new', 'm/old']);
  });
});
