import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, emptyBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { App } from '../App';

afterEach(cleanup);

const SLOW = { timeout: 5000 };

describe('first steps on home', () => {
  it('[EV22] the boss who just registered sees on home the checklist of what is left', async () => {
    const local = emptyBase();
    render(<App host={local.host} now={() => TEST_NOW} initialLocale="zh-CN" />);
    fireEvent.click(await screen.findByTestId('install-button'));
    fireEvent.click(await screen.findByTestId('install-continue', {}, SLOW));
    fireEvent.change(await screen.findByTestId('boss-name', {}, SLOW), { target: { value: '王建国' } });
    fireEvent.click(screen.getByTestId('register-boss'));
    const checklist = await screen.findByTestId('setup-checklist', {}, SLOW);
    expect(screen.getByRole('tabpanel').contains(checklist)).toBe(true);
    expect(checklist.textContent).toContain('还差 4 步');
    expect(screen.getAllByTestId('checklist-item').map((i) => i.textContent)).toEqual([
      '○ 在「部门」表里添加部门',
      '○ 在「成员」表里添加同事（可以从花名册整列粘贴姓名）',
      '○ 给每个部门指定负责人（「部门」表的「负责人」列）',
      '○ 派出第一个任务（「派单」）',
    ]);
  });

  it('[EV22] once every step is done the boss sees no checklist, nor does anyone else', async () => {
    for (const name of ['王建国', '张伟', '刘洋']) {
      const local = await demoBase({ userId: personId(name) });
      render(<App host={local.host} now={() => TEST_NOW} initialLocale="zh-CN" />);
      await screen.findByTestId('greeting', {}, SLOW);
      expect(screen.queryByTestId('setup-checklist'), name).toBeNull();
      cleanup();
    }
  });
});
