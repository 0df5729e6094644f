import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { HOUR } from '../../core/time';
import { respond } from '../../services/respond';
import { openSession } from '../../services/session';
import { App } from '../App';
import type { ReadySession } from '../kernel/session';

afterEach(cleanup);

const SLOW = { timeout: 5000 };

describe('tabs at the narrowest width', () => {
  it('[EV21] the employee sees the unread count in the bar and opens a tab from 更多', async () => {
    window.innerWidth = 320;
    // The boss gives 宣传方案 to 徐丽, an employee: she has an unread notice.
    const local = await demoBase();
    const boss = (await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } })) as ReadySession;
    const task = boss.data.tasks.find((t) => t.title === '宣传方案')!.id;
    const xuLi = boss.data.members.find((m) => m.userIds.includes(personId('徐丽')))!.id;
    const reassign = { kind: 'reassign', toMemberId: xuLi, reason: '先做方案' } as const;
    await respond(boss.store, boss.data, task, reassign, personId('王建国'), TEST_NOW - HOUR);
    local.setSession({ userId: personId('徐丽') });
    render(<App host={local.host} now={() => TEST_NOW} initialLocale="zh-CN" />);
    await screen.findByTestId('greeting', {}, SLOW);
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      '首页',
      '工作',
      '大厅',
      expect.stringMatching(/^通知 [1-9]\d*$/),
      '更多 ▾',
    ]);
    fireEvent.click(screen.getByRole('tab', { name: '更多' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: '检查' }));
    await waitFor(() => expect(screen.getByRole('tabpanel').getAttribute('data-screen')).toBe('health'));
    expect(screen.getByRole('tab', { name: '检查' }).getAttribute('aria-selected')).toBe('true');
  });
});
