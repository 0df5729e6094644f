import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, emptyBase, personId, TEST_NOW } from '../../test/support/baseFixture';
import type { LocalHost } from '../local/localHost';
import { App } from './App';

afterEach(cleanup);

function renderApp(local: LocalHost) {
  return render(<App host={local.host} now={() => TEST_NOW} initialLocale="zh-CN" />);
}

describe('App', () => {
  it('[I1] greets the boss and shows every active special task with its stage chain [M2]', async () => {
    renderApp(await demoBase());
    expect((await screen.findByTestId('greeting')).textContent).toBe('王建国，你好');
    const chains = screen.getAllByTestId('stage-chain').map((e) => e.textContent);
    expect(chains).toHaveLength(3);
    expect(chains[0]).toBe('策划方案 ✓ → 海报设计 ● → 客户邀请 ○ → 彩排 ○ → 正式直播 ○');
    expect(screen.getByRole('tab', { name: '派单' })).toBeTruthy();
  });

  it('[M1] shows an employee the tasks their department cooperates on, without the boss overview', async () => {
    renderApp(await demoBase({ userId: personId('何平') }));
    await screen.findByTestId('greeting');
    const mine = screen.getAllByTestId('my-task').map((e) => e.textContent ?? '');
    expect(mine.some((text) => text.includes('直播课堂策划') && text.includes('本部门配合'))).toBe(true);
    expect(screen.queryByTestId('special-tasks')).toBeNull();
    expect(screen.queryByRole('tab', { name: '派单' })).toBeNull();
  });

  it('[I2] tells a user with no member row that they are not in the member list', async () => {
    renderApp(await demoBase({ userId: 'ou_visitor' }));
    expect((await screen.findByTestId('user-id')).textContent).toContain('ou_visitor');
    expect(screen.queryByTestId('first-boss')).toBeNull();
  });

  it('gives a read-only user a read-only sidebar with no form', async () => {
    renderApp(await demoBase({ readOnly: true }));
    await screen.findByTestId('read-only');
    expect(screen.queryByRole('tab', { name: '派单' })).toBeNull();
  });

  it('follows the host language', async () => {
    renderApp(await demoBase({ language: 'en' }));
    expect((await screen.findByTestId('greeting')).textContent).toBe('Hello, 王建国');
    expect(screen.getByRole('tab', { name: 'Assign' })).toBeTruthy();
  });

  it('follows the host theme, also when it changes while open', async () => {
    const local = await demoBase({ theme: 'DARK' });
    renderApp(local);
    await screen.findByTestId('greeting');
    expect(document.body.getAttribute('theme-mode')).toBe('dark');
    local.setSession({ theme: 'LIGHT' });
    await waitFor(() => expect(document.body.getAttribute('theme-mode')).toBe('light'));
  });

  it('[S4] offers install on an empty Base, installs, then offers the first user to register as boss [I3]', async () => {
    const local = emptyBase();
    renderApp(local);
    fireEvent.click(await screen.findByTestId('install-button'));
    expect((await screen.findByTestId('manual-steps', {}, { timeout: 5000 })).textContent).toContain(
      '任务看板',
    );
    fireEvent.click(screen.getByTestId('install-continue'));
    await screen.findByTestId('first-boss', {}, { timeout: 5000 });
    expect(local.state.tables.map((t) => t.name)).toContain('任务');
    fireEvent.change(screen.getByTestId('boss-name'), { target: { value: '王建国' } });
    fireEvent.click(screen.getByTestId('register-boss'));
    expect((await screen.findByTestId('greeting', {}, { timeout: 5000 })).textContent).toBe('王建国，你好');
  });

  it('shows a clear error with a retry when the Base fails, and recovers', async () => {
    const local = await demoBase();
    local.failures.failNext(20);
    renderApp(local);
    const error = await screen.findByTestId('app-error', {}, { timeout: 10_000 });
    expect(error.textContent).toContain('多维表格返回了错误');
    local.failures.clear(); // the network is back
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    await screen.findByTestId('greeting', {}, { timeout: 5000 });
  }, 20_000);

  it('notices a field deleted while it is open, and points to the fix', async () => {
    const local = await demoBase();
    renderApp(local);
    await screen.findByTestId('greeting');
    const tasks = local.state.tables.find((t) => t.name === '任务')!;
    local.deleteField(tasks.id, tasks.fields.find((f) => f.name === '截止日期')!.id);
    const banner = await screen.findByText(
      '多维表格有 1 个问题，部分功能可能受影响。',
      {},
      { timeout: 3000 },
    );
    expect(banner).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '查看' }));
    expect((await screen.findByTestId('problem')).textContent).toContain('缺少字段「截止日期」');
  });

  it('shows a change made in the grid by someone else without reopening, reading only that record', async () => {
    const local = await demoBase();
    renderApp(local);
    await screen.findByTestId('greeting');
    // Background work of the open sidebar (lease, escalation, derivation) settles first.
    await new Promise((resolve) => setTimeout(resolve, 500));
    local.calls.reset();
    const tasks = local.state.tables.find((t) => t.name === '任务')!;
    const title = tasks.fields.find((f) => f.name === '标题')!;
    local.editCell(tasks.id, tasks.records[0]!.recordId, title.id, [
      { type: 'text', text: '直播课堂（改）' },
    ]);
    await screen.findByText('直播课堂（改）', {}, { timeout: 3000 });
    const taskReads = local.calls.recent.filter((c) => c.tableId === tasks.id && c.method.startsWith('get'));
    expect(taskReads.map((c) => `${c.method}:${c.records}`)).toEqual(['getRecordsByIds:1']);
  });
});
