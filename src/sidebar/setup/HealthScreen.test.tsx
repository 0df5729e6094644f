import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase } from '../../../test/support/baseFixture';
import { translator } from '../../i18n/translate';
import { I18nProvider } from '../shared/i18nContext';
import { HealthScreen } from './HealthScreen';

afterEach(cleanup);

const tasksTable = (local: Awaited<ReturnType<typeof demoBase>>) =>
  local.state.tables.find((t) => t.name === '任务')!;

describe('HealthScreen', () => {
  it('says all is well on a freshly installed Base and lists the manual steps', async () => {
    render(<HealthScreen host={(await demoBase()).host} readOnly={false} onChanged={() => undefined} />);
    await screen.findByTestId('health-ok');
    expect(screen.getByTestId('manual-steps').textContent).toContain('任务甘特图');
  });

  it('[EV15] with an English sidebar on a Chinese Base, the manual steps name what the Base calls things', async () => {
    const host = (await demoBase()).host;
    render(
      <I18nProvider value={{ locale: 'en-US', t: translator('en-US') }}>
        <HealthScreen host={host} readOnly={false} onChanged={() => undefined} />
      </I18nProvider>,
    );
    await screen.findByTestId('health-ok');
    const steps = screen.getByTestId('manual-steps');
    await waitFor(() => expect(steps.textContent).toContain('"任务看板"'));
    expect(steps.textContent).toContain('"状态"');
    expect(steps.textContent).not.toContain('"Task board"');
  });

  it('[S2] reports a renamed field as still working, with no fix to press', async () => {
    const local = await demoBase();
    const due = tasksTable(local).fields.find((f) => f.name === '截止日期')!;
    local.renameField(tasksTable(local).id, due.id, '完成期限');
    render(<HealthScreen host={local.host} readOnly={false} onChanged={() => undefined} />);
    const row = await screen.findByTestId('problem');
    expect(row.textContent).toContain('「截止日期」已改名为「完成期限」');
    expect(screen.queryByTestId('fix')).toBeNull();
  });

  it('[S4] fixes a deleted field in one click, leaving the records alone', async () => {
    const local = await demoBase();
    const table = tasksTable(local);
    const description = table.fields.find((f) => f.name === '说明')!;
    local.deleteField(table.id, description.id);
    const recordsBefore = table.records.length;
    let changed = 0;
    render(<HealthScreen host={local.host} readOnly={false} onChanged={() => (changed += 1)} />);
    expect((await screen.findByTestId('problem')).textContent).toContain('缺少字段「说明」');
    fireEvent.click(screen.getByTestId('fix'));
    await screen.findByTestId('health-ok');
    await waitFor(() => expect(changed).toBe(1));
    expect(tasksTable(local).fields.some((f) => f.name === '说明')).toBe(true);
    expect(tasksTable(local).records.length).toBe(recordsBefore);
  });

  it('[C7] says why background work is stopped, and resumes it only when a person confirms the links are back', async () => {
    const local = await demoBase();
    const table = tasksTable(local);
    local.deleteField(table.id, table.fields.find((f) => f.name === '前置任务')!.id);
    render(<HealthScreen host={local.host} readOnly={false} onChanged={() => undefined} />);
    expect((await screen.findByTestId('health-halted')).textContent).toContain('「前置任务」缺少或类型不对');
    expect(screen.queryByTestId('confirm-relinked')).toBeNull();
    fireEvent.click(await screen.findByTestId('fix'));
    fireEvent.click(await screen.findByTestId('confirm-relinked'));
    expect(screen.getByTestId('health-halted').textContent).toContain('「前置任务」是重新建的');
    expect(screen.queryByTestId('problem')).toBeNull();
    expect(screen.queryByTestId('health-ok')).toBeNull();
    await screen.findByTestId('health-ok');
    expect(screen.queryByTestId('health-halted')).toBeNull();
    expect(screen.getByTestId('health-message').textContent).toBe('后台工作已恢复。');
  });

  it('offers no fix buttons to a read-only user', async () => {
    const local = await demoBase();
    const table = tasksTable(local);
    local.deleteField(table.id, table.fields.find((f) => f.name === '说明')!.id);
    render(<HealthScreen host={local.host} readOnly onChanged={() => undefined} />);
    await screen.findByTestId('problem');
    expect(screen.queryByTestId('fix')).toBeNull();
  });
});
