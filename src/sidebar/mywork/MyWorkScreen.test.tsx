import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW, TEST_TODAY } from '../../../test/support/baseFixture';
import type { LocalHost } from '../../local/localHost';
import { toNotice } from '../../schema/entities';
import { taskHistory } from '../../services/inbox';
import { work } from '../../services/process';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { MyWorkScreen } from './MyWorkScreen';
import { DAY } from '../../core/time';

afterEach(cleanup);

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };
const GUO_XIAO = personId('郭晓');

async function sessionOf(local: LocalHost, name: string): Promise<ReadySession> {
  local.setSession({ userId: personId(name) });
  return (await openSession(local.host, RETRY)) as ReadySession;
}

function show(session: ReadySession, now = TEST_NOW) {
  const opened: string[] = [];
  render(
    <SessionProvider session={session} now={() => now}>
      <MyWorkScreen onOpenTask={(id) => opened.push(id)} />
    </SessionProvider>,
  );
  return { opened };
}

const group = (key: string) => within(screen.getByTestId(`mywork-group-${key}`));
const itemTitles = (key: string) =>
  group(key)
    .queryAllByTestId('mywork-item')
    .map((i) => i.getAttribute('data-title'));

async function nudgesTo(session: ReadySession, userId: string) {
  const notices = (await session.store.readAll('notifications')).map(toNotice);
  return notices.filter((n) => n.type === 'nudge' && n.recipientUserIds.includes(userId));
}

describe('MyWorkScreen', () => {
  it('groups what is ready, in progress, waiting (and on whom) for the viewer', async () => {
    const local = await demoBase();
    show(await sessionOf(local, '郑强'));
    expect(itemTitles('ready')).toEqual([]);
    expect(itemTitles('progress')).toEqual([]);
    expect(itemTitles('waiting')).toEqual(['客户邀请', '渠道投放']);
    expect(group('waiting').getAllByTestId('mywork-item')[0]!.textContent).toContain(
      '在等：郭晓（海报设计）',
    );
    cleanup();
    show(await sessionOf(local, '郭晓'));
    // His stages and the contest he is responsible for; only he holds them up, so there is no one to nudge.
    expect(itemTitles('progress')).toEqual(['海报设计', '作品收集', '参赛作品收集']);
    expect(group('progress').queryByTestId('mywork-nudge')).toBeNull();
  });

  it('[W3] a submitted stage shows for review to the accountable person', async () => {
    const local = await demoBase();
    const guo = await sessionOf(local, '郭晓');
    const poster = guo.data.tasks.find((t) => t.title === '海报设计')!;
    const clock = { now: TEST_NOW, todayStart: TEST_TODAY };
    expect((await work(guo.store, guo.data, poster.id, { kind: 'submit' }, GUO_XIAO, clock)).ok).toBe(true);
    show(await sessionOf(local, '张伟'));
    expect(itemTitles('review')).toEqual(['海报设计']);
    expect(group('review').getByTestId('mywork-item').textContent).toContain('郭晓 已提交，等你验收');
  });

  it('[W5][W6] a nudge notifies the blocker (not the waiting) and records an event, once per day', async () => {
    const local = await demoBase();
    const zheng = await sessionOf(local, '郑强');
    const invite = zheng.data.tasks.find((t) => t.title === '客户邀请')!;
    show(zheng);
    const nudge = () => group('waiting').getAllByTestId('mywork-nudge')[0]!;
    expect(nudge().textContent).toBe('催办');
    fireEvent.click(nudge());
    await waitFor(() => expect(nudge().textContent).toBe('今天已催办'));
    expect(screen.getByTestId('mywork-feedback').textContent).toBe('已催办 郭晓，今天不会再重复通知。');
    expect((await nudgesTo(zheng, GUO_XIAO)).map((n) => n.taskId)).toEqual([
      zheng.data.tasks.find((t) => t.title === '海报设计')!.id,
    ]);
    expect(await nudgesTo(zheng, personId('郑强'))).toEqual([]);
    expect((await taskHistory(zheng.store, invite.id)).map((e) => e.type)).toEqual(['nudged']);

    // Opened again the same day, the sidebar knows it was sent; pressing through the service adds nothing.
    cleanup();
    show(await sessionOf(local, '郑强'), TEST_NOW + 3_600_000);
    await waitFor(() => expect(nudge().textContent).toBe('今天已催办'));
    expect(nudge().hasAttribute('disabled') || nudge().getAttribute('aria-disabled') === 'true').toBe(true);
    const again = { now: TEST_NOW + 3_600_000, todayStart: TEST_TODAY };
    await work(zheng.store, zheng.data, invite.id, { kind: 'nudge' }, personId('郑强'), again);
    expect(await nudgesTo(zheng, GUO_XIAO)).toHaveLength(1);

    // The next day it can be sent again.
    cleanup();
    show(await sessionOf(local, '郑强'), TEST_NOW + DAY);
    await new Promise((resolve) => setTimeout(resolve, 20)); // let the lookup of sent nudges answer first
    expect(nudge().textContent).toBe('催办');
    fireEvent.click(nudge());
    await waitFor(() => expect(nudge().textContent).toBe('今天已催办'));
    expect(await nudgesTo(zheng, GUO_XIAO)).toHaveLength(2);
  });

  it('opens the task from its title', async () => {
    const local = await demoBase();
    const guo = await sessionOf(local, '郭晓');
    const view = show(guo);
    fireEvent.click(within(group('progress').getAllByTestId('mywork-item')[0]!).getByText('海报设计'));
    expect(view.opened).toEqual([guo.data.tasks.find((t) => t.title === '海报设计')!.id]);
  });

  it('says in one line that nothing is in the name of someone with no task or stage', async () => {
    const local = await demoBase();
    show(await sessionOf(local, '王建国'));
    expect(screen.getByTestId('mywork-all-empty').textContent).toContain('你名下暂时没有任务或阶段');
    expect(screen.queryByTestId('mywork-group-ready')).toBeNull();
  });
});
