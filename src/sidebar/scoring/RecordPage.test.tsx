import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { App } from '../App';

afterEach(cleanup);

const SLOW = { timeout: 8000 };
const LIVESTREAM = '直播课堂策划';

async function bossOnProgress() {
  const local = await demoBase();
  local.setSession({ userId: personId('王建国') });
  render(<App host={local.host} now={() => TEST_NOW} initialLocale="zh-CN" />);
  await screen.findByTestId('greeting', {}, SLOW);
  const tab = screen.queryByRole('tab', { name: '进度' });
  if (tab) fireEvent.click(tab);
  else {
    fireEvent.click(screen.getByRole('tab', { name: '更多' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: '进度' }));
  }
  await waitFor(() => expect(screen.getByRole('tabpanel').getAttribute('data-screen')).toBe('progress'));
  const lines = await screen.findAllByTestId('progress-line', {}, SLOW);
  return lines.find((l) => l.getAttribute('data-title') === LIVESTREAM)!;
}

describe('a record from a name', () => {
  it('[SCU2][SCU3] the boss opens a stage owner’s record from a progress line and comes back to it', async () => {
    const line = await bossOnProgress();
    fireEvent.click(within(line).getByRole('button', { name: '郭晓' }));
    const page = await screen.findByTestId('record-page', {}, SLOW);
    const record = await within(page).findByTestId('scoring-record', {}, SLOW);
    expect(record.textContent).toContain('郭晓 的贡献档案');
    const extras = within(page).getByTestId('record-extras');
    for (const section of ['拒绝过的任务', '技能', '通过的课程'])
      expect(extras.textContent).toContain(section);
    expect(screen.queryByTestId('task-page')).toBeNull();
    fireEvent.click(within(page).getByTestId('record-back'));
    await waitFor(() => expect(screen.queryByTestId('record-page')).toBeNull());
    expect(screen.getByRole('tabpanel').getAttribute('data-screen')).toBe('progress');
  });

  it('[SCU2] from the task page: the responsible person’s name opens the record, back returns to the task', async () => {
    const line = await bossOnProgress();
    fireEvent.click(line);
    const task = await screen.findByTestId('task-page', {}, SLOW);
    const responsible = within(task).getByTestId('task-responsible');
    const name = within(responsible).getByRole('button');
    fireEvent.click(name);
    const page = await screen.findByTestId('record-page', {}, SLOW);
    expect((await within(page).findByTestId('scoring-record', {}, SLOW)).textContent).toContain(
      `${name.textContent} 的贡献档案`,
    );
    fireEvent.click(within(page).getByTestId('record-back'));
    await waitFor(() => expect(screen.queryByTestId('record-page')).toBeNull());
    expect(screen.getByTestId('task-title').textContent).toBe(LIVESTREAM);
  });
});
