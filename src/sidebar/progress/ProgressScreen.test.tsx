import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW, TEST_TODAY } from '../../../test/support/baseFixture';
import type { LocalHost } from '../../local/localHost';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { ProgressScreen } from './ProgressScreen';
import { DAY } from '../../core/time';

afterEach(cleanup);

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };
const LIVESTREAM = '直播课堂策划';

async function sessionOf(local: LocalHost, name: string): Promise<ReadySession> {
  local.setSession({ userId: personId(name) });
  return (await openSession(local.host, RETRY)) as ReadySession;
}

function show(session: ReadySession) {
  const opened: string[] = [];
  render(
    <SessionProvider session={session} now={() => TEST_NOW}>
      <ProgressScreen onOpenTask={(id) => opened.push(id)} />
    </SessionProvider>,
  );
  return { opened };
}

const lines = () => screen.getAllByTestId('progress-line');
const titles = () => lines().map((l) => l.getAttribute('data-title'));
const lineOf = (title: string) => within(lines().find((l) => l.getAttribute('data-title') === title)!);
const day = (offset: number) => new Date(TEST_TODAY + offset * DAY).toLocaleDateString('sv');

describe('ProgressScreen', () => {
  it('shows every active special task as its stage chain, with the current stage and the projected end', async () => {
    const local = await demoBase();
    const view = show(await sessionOf(local, '王建国'));
    expect(titles()).toEqual([LIVESTREAM, '参赛作品收集', '品牌对外宣传']);
    const line = lineOf(LIVESTREAM);
    expect(line.getByTestId('progress-chain').textContent).toBe(
      '策划方案 ✓ → 海报设计 ● → 客户邀请 ○ → 彩排 ○ → 正式直播 ○',
    );
    expect(line.getByTestId('progress-current').textContent).toBe(
      `1/5 阶段完成 · 当前：海报设计 · 郭晓 · 截止 ${day(4)}`,
    );
    expect(line.getByTestId('progress-end').textContent).toBe(
      `预计 ${day(19)} 完成 · 截止 ${day(20)} · 按期`,
    );
    expect(line.queryByTestId('progress-risk')).toBeNull();
    fireEvent.click(lines()[0]!);
    expect(view.opened).toHaveLength(1);
  });

  it('an overdue stage shows an overdue badge; the slip behind it puts later stages and the end at risk', async () => {
    const local = await demoBase();
    const boss = await sessionOf(local, '王建国');
    const poster = boss.data.tasks.find((t) => t.title === '海报设计')!;
    // The poster was due two days ago and still runs; the invitations (+12) can only start after it.
    const invite = boss.data.tasks.find((t) => t.title === '客户邀请')!;
    await boss.store.update('tasks', [
      { id: poster.id, values: { due: TEST_TODAY - 2 * DAY } },
      { id: invite.id, values: { start: TEST_TODAY, due: TEST_TODAY + 19 * DAY } },
    ]);
    show(await sessionOf(local, '王建国'));
    const line = lineOf(LIVESTREAM);
    expect(line.getAllByTestId('progress-risk').map((b) => b.textContent)).toEqual([
      '已逾期：海报设计',
      `有延期风险：彩排、正式直播、${LIVESTREAM}`,
    ]);
    // 客户邀请 takes 19 days from today, then 彩排 and 正式直播 5 days each: +29 against +20.
    expect(line.getByTestId('progress-end').textContent).toBe(
      `预计 ${day(29)} 完成 · 截止 ${day(20)} · 预计晚 9 天`,
    );
  });

  it('filters by department: only the tasks 销售部 takes part in', async () => {
    const local = await demoBase();
    show(await sessionOf(local, '王建国'));
    fireEvent.click(screen.getByTestId('progress-filter-department'));
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
    fireEvent.click(screen.getAllByRole('option').find((o) => o.textContent === '销售部')!);
    await waitFor(() => expect(titles()).toEqual([LIVESTREAM, '品牌对外宣传']));
  });

  it('"needs my attention": 吴刚 sees the brand campaign waiting for him to acknowledge its first stage', async () => {
    const local = await demoBase();
    show(await sessionOf(local, '吴刚'));
    expect(titles()).toHaveLength(3);
    fireEvent.click(screen.getByTestId('progress-filter-mine'));
    await waitFor(() => expect(titles()).toEqual(['品牌对外宣传']));
    expect(lineOf('品牌对外宣传').getByText('需要我处理')).toBeTruthy();
  });
});
