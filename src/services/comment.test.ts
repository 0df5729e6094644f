import { describe, expect, it } from 'vitest';
import { TEST_NOW, demoBase, personId } from '../../test/support/baseFixture';
import { toNotice, toTaskEvent } from '../schema/entities';
import { addComment } from './comment';
import { openSession } from './session';

describe('comments on the local Base', () => {
  it('[EV14] a comment lands in the task history and the person mentioned is told; a retry adds nothing', async () => {
    const local = await demoBase();
    const session = await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } });
    if (session.kind !== 'ready') throw new Error(session.kind);
    const { store, data } = session;
    const task = data.tasks.find((t) => t.title === '品牌对外宣传')!;
    const he = data.members.find((m) => m.name === '何平')!;
    const input = { text: '海报用新版标志', mentionedMemberIds: [he.id] };
    const boss = personId('王建国');
    expect(await addComment(store, data, task.id, input, boss, TEST_NOW)).toMatchObject({ ok: true });
    await addComment(store, data, task.id, input, boss, TEST_NOW, true);
    const events = (await store.readAll('taskEvents')).map(toTaskEvent).filter((e) => e.type === 'commented');
    expect(events.map((e) => [e.taskId, e.summary])).toEqual([
      [task.id, `王建国评论「品牌对外宣传」：海报用新版标志`],
    ]);
    const told = (await store.readAll('notifications')).map(toNotice).filter((n) => n.type === 'mentioned');
    expect(told.map((n) => n.recipientUserIds)).toEqual([[personId('何平')]]);
  });
});
