import { describe, expect, it } from 'vitest';
import { comment } from './comment';
import { aMember, aTask, TODAY_START } from './testBuilders';

const org = {
  departments: [],
  members: [
    aMember({ id: 'm_boss', name: '王建国', userIds: ['u_boss'], role: 'boss' }),
    aMember({ id: 'm_he', name: '何平', userIds: ['u_he'] }),
    aMember({ id: 'm_gone', name: '离职', userIds: ['u_gone'], active: false }),
  ],
};
const task = aTask({ id: 'poster', title: '海报' });
const ctx = (actorUserId: string) => ({ ...org, actorUserId, now: TODAY_START });

describe('comments', () => {
  it('[EV14] a comment is one history event with its text; each person mentioned is told once, never the author', () => {
    const o = comment(
      task,
      { text: ' 颜色再亮一点 ', mentionedMemberIds: ['m_he', 'm_he', 'm_boss', 'm_gone'] },
      ctx('u_boss'),
    );
    expect(o).toMatchObject({
      ok: true,
      changes: {},
      event: { type: 'commented', reason: '颜色再亮一点', key: `poster/comment/u_boss/${TODAY_START}` },
    });
    expect(o.ok && o.notices.map((n) => [n.recipientUserId, n.type, n.message.params.text])).toEqual([
      ['u_he', 'mentioned', '颜色再亮一点'],
    ]);
  });

  it('[EV14] an empty comment or a stranger is refused', () => {
    expect(comment(task, { text: '  ', mentionedMemberIds: [] }, ctx('u_boss'))).toEqual({
      ok: false,
      code: 'textRequired',
    });
    expect(comment(task, { text: 'x', mentionedMemberIds: [] }, ctx('u_x'))).toEqual({
      ok: false,
      code: 'notMember',
    });
    expect(comment(task, { text: 'x'.repeat(2001), mentionedMemberIds: [] }, ctx('u_boss'))).toEqual({
      ok: false,
      code: 'tooLong',
    });
  });
});
