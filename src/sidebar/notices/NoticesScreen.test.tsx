import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { markRead } from '../../services/inbox';
import { respond } from '../../services/respond';
import { myNotices, openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { NoticesScreen } from './NoticesScreen';
import { HOUR } from '../../core/time';

afterEach(cleanup);

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };
const BOSS = personId('王建国');
const XU_LI = personId('徐丽');

/**
 * The boss reassigns a stage to 徐丽, then, an hour later, the special task: two notices for her. She has
 * already read the newer one, so the older, unread one must come first.
 */
async function xuLiWithTwoNotices() {
  const local = await demoBase();
  const boss = (await openSession(local.host, RETRY)) as ReadySession;
  const id = (title: string) => boss.data.tasks.find((t) => t.title === title)!.id;
  const toXuLi = boss.data.members.find((m) => m.userIds.includes(XU_LI))!.id;
  const reassign = (reason: string) => ({ kind: 'reassign', toMemberId: toXuLi, reason }) as const;
  await respond(boss.store, boss.data, id('宣传方案'), reassign('先做方案'), BOSS, TEST_NOW - 2 * HOUR);
  await respond(boss.store, boss.data, id('品牌对外宣传'), reassign('由你牵头'), BOSS, TEST_NOW - HOUR);
  const [newer] = await myNotices(boss.store, XU_LI);
  await markRead(boss.store, [newer!.id]);
  local.setSession({ userId: XU_LI });
  const session = (await openSession(local.host, RETRY)) as ReadySession;
  return { local, session, id };
}

function show(session: ReadySession) {
  let changed = 0;
  const opened: string[] = [];
  render(
    <SessionProvider session={session} now={() => 0} refresh={() => (changed += 1)}>
      <NoticesScreen onOpenTask={(id) => opened.push(id)} />
    </SessionProvider>,
  );
  return { changed: () => changed, opened };
}

const items = () => screen.getAllByTestId('notice-item');

describe('NoticesScreen', () => {
  it('lists unread notices first and marks them, each with its time and task', async () => {
    const { session } = await xuLiWithTwoNotices();
    show(session);
    expect(items().map((i) => i.getAttribute('data-unread'))).toEqual(['true', 'false']);
    const [older] = items();
    expect(within(older!).getByTestId('notice-open').textContent).toBe('查看任务「宣传方案」');
    expect(older!.textContent).toContain(dayjs(TEST_NOW - 2 * HOUR).format('YYYY-MM-DD HH:mm'));
    expect(within(older!).getByTestId('notice-unread').textContent).toBe('未读');
    expect(items()[1]!.textContent).not.toContain('未读');
    expect(within(items()[1]!).getByTestId('notice-open').textContent).toBe('查看任务「品牌对外宣传」');
    expect(screen.getByTestId('notices-unread-count').textContent).toBe('1 条未读');
  });

  it('marks all read: written to the outbox, shown at once, and the app is told', async () => {
    const { session } = await xuLiWithTwoNotices();
    const view = show(session);
    fireEvent.click(screen.getByTestId('notices-mark-read'));
    await waitFor(() =>
      expect(items().map((i) => i.getAttribute('data-unread'))).toEqual(['false', 'false']),
    );
    expect((await myNotices(session.store, XU_LI)).map((n) => n.read)).toEqual([true, true]);
    expect(screen.getByTestId('notices-mark-read').textContent).toBe('全部已读');
    expect(view.changed()).toBe(1);
  });

  it("opening a notice's task goes to the task and marks that notice read", async () => {
    const { session, id } = await xuLiWithTwoNotices();
    const view = show(session);
    fireEvent.click(screen.getAllByTestId('notice-open')[0]!);
    expect(view.opened).toEqual([id('宣传方案')]);
    await waitFor(async () =>
      expect((await myNotices(session.store, XU_LI)).every((n) => n.read)).toBe(true),
    );
  });

  it('a read-only viewer sees the notices but cannot mark them', async () => {
    const { local } = await xuLiWithTwoNotices();
    local.setSession({ readOnly: true });
    show((await openSession(local.host, RETRY)) as ReadySession);
    expect(items()).toHaveLength(2);
    expect(screen.queryByTestId('notices-mark-read')).toBeNull();
  });

  it('[SP8] a long list renders only the notices near the screen, the first (unread, newest) on top', async () => {
    const { session } = await xuLiWithTwoNotices();
    const [sample] = session.notices;
    const many = Array.from({ length: 2_000 }, (_, at) => ({
      ...sample!,
      id: `n${at}`,
      key: `n${at}`,
      message: `消息 ${at}`,
      read: at % 2 === 1,
      at: TEST_NOW - at * HOUR,
    }));
    show({ ...session, notices: many });
    expect(items().length).toBeGreaterThan(0);
    expect(items().length).toBeLessThan(100);
    expect(items()[0]!.textContent).toContain('消息 0');
    expect(items()[0]!.getAttribute('data-unread')).toBe('true');
    expect(screen.getByTestId('notices-unread-count').textContent).toBe('1000 条未读');
  });
});
