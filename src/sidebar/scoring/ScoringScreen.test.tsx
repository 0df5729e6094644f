import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { personId, TEST_NOW } from '../../../test/support/baseFixture';
import { acceptedDemo } from '../../../test/support/scoringKit';
import type { LocalHost } from '../../local/localHost';
import { reconcileLedger } from '../../services/scoring/reconcileLedger';
import { awardPoints } from '../../services/scoring/scoringActions';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { ScoringScreen } from './ScoringScreen';
import { ScoringSettingsCheck } from './ScoringSettingsCheck';

afterEach(cleanup);
beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:baton');
  URL.revokeObjectURL = vi.fn();
});

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };
const BOSS = personId('王建国');
const HE = personId('何平');
const LOADING = { timeout: 5000 };

async function sessionOf(local: LocalHost, userId: string): Promise<ReadySession> {
  local.setSession({ userId });
  return (await openSession(local.host, RETRY)) as ReadySession;
}

/** The livestream accepted and scored, and 何平 awarded 15 points by the boss. */
async function scored() {
  const { local, store } = await acceptedDemo();
  const data = await store.loadCore();
  await reconcileLedger(store, data, TEST_NOW);
  const he = data.members.find((m) => m.userIds.includes(HE))!;
  await awardPoints(
    store,
    data,
    BOSS,
    { memberId: he.id, points: 15, reason: '周末支援展会' },
    TEST_NOW,
    'r1',
  );
  return local;
}

function show(session: ReadySession) {
  render(
    <SessionProvider session={session} now={() => TEST_NOW}>
      <ScoringScreen onOpenTask={() => undefined} />
    </SessionProvider>,
  );
}

describe('ScoringScreen', () => {
  it('[SC16][SC17] an employee sees their own record with its reason, and neither the leaderboard nor boss tools', async () => {
    show(await sessionOf(await scored(), HE));
    const record = await screen.findByTestId('scoring-record', {}, LOADING);
    expect(record.textContent).toContain('何平 的贡献档案');
    const november = within(record)
      .getAllByTestId('scoring-period')
      .find((row) => row.textContent?.startsWith('2026-11'));
    // The award's 15 and 5 for her on-time entry to the demo's collection drive.
    expect(november?.textContent).toBe('2026-11未结账20');
    expect(within(record).getAllByTestId('scoring-entry')[0]!.textContent).toContain('周末支援展会');
    expect(screen.queryByTestId('scoring-board')).toBeNull();
    expect(screen.getByTestId('scoring-screen').textContent).toContain('排行榜仅对管理者可见');
    expect(screen.queryByTestId('scoring-boss')).toBeNull();
    expect(screen.queryByTestId('scoring-member')).toBeNull();
  });

  it('[SC17] the boss sees the current leaderboard, the livestream’s people ranked', async () => {
    show(await sessionOf(await scored(), BOSS));
    const board = await screen.findByTestId('scoring-board', {}, LOADING);
    expect(board.textContent).toContain('本期排行（2026-11）');
    expect(within(board).getAllByTestId('scoring-board-row').length).toBeGreaterThan(1);
    expect(screen.getByTestId('scoring-boss')).toBeTruthy();
  });

  it('[SC18] an award with no member chosen is refused on the page, with what to do', async () => {
    const local = await scored();
    show(await sessionOf(local, BOSS));
    await screen.findByTestId('scoring-boss', {}, LOADING);
    fireEvent.click(screen.getByTestId('award-submit'));
    expect((await screen.findByTestId('scoring-outcome')).textContent).toBe('请先选择成员。');
  });

  it('[SC21] the export lists a member without 工号 and refuses; leaving them out gives the totals and the files', async () => {
    const local = await scored();
    const boss = await sessionOf(local, BOSS);
    const he = boss.data.members.find((m) => m.userIds.includes(HE))!;
    await boss.store.update('members', [{ id: he.id, values: { employeeNo: '' } }]);
    show(await sessionOf(local, BOSS));
    fireEvent.click(await screen.findByTestId('scoring-export-open', {}, LOADING));
    const problem = await screen.findByTestId('export-problem', {}, LOADING);
    expect(problem.textContent).toContain('何平：没有工号');
    expect(screen.getByTestId('export-csv').hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(problem).getByRole('checkbox'));
    const totals = await screen.findByTestId('export-totals', {}, LOADING);
    // The newest closed month is offered first; its file total is the ledger's.
    expect(totals.textContent).toMatch(/^文件合计 (\S+) 分，与贡献表本期合计 \1 分/);
    fireEvent.click(screen.getByTestId('export-csv'));
    await waitFor(() =>
      expect(screen.getByTestId('export-done').textContent).toContain('贡献汇总_2026-10.csv'),
    );
    expect(URL.createObjectURL).toHaveBeenCalledTimes(2);
  });
});

describe('ScoringSettingsCheck', () => {
  it('[SC1] a 设置 scoring row with invalid JSON is named on the Check page; valid settings show nothing', async () => {
    const local = await scored();
    const boss = await sessionOf(local, BOSS);
    await boss.store.addAll('settings', [{ key: 'scoring', value: '{responsibleShare: 0.5' }]);
    render(
      <SessionProvider session={await sessionOf(local, BOSS)} now={() => TEST_NOW}>
        <ScoringSettingsCheck />
      </SessionProvider>,
    );
    expect(screen.getByTestId('scoring-settings-check').textContent).toBe(
      '设置「scoring」不是有效的 JSON，已使用默认值。',
    );
    cleanup();
    render(
      <SessionProvider session={boss} now={() => TEST_NOW}>
        <ScoringSettingsCheck />
      </SessionProvider>,
    );
    expect(screen.queryByTestId('scoring-settings-check')).toBeNull();
  });
});
