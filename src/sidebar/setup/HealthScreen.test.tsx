import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase } from '../../../test/support/baseFixture';
import { translator } from '../../i18n/translate';
import { I18nProvider } from '../shared/i18nContext';
import { HealthScreen } from './HealthScreen';
import { HOST_PROFILES } from '../../local/hostProfiles';
import { LocalHost } from '../../local/localHost';
import { emptyState } from '../../local/localState';
import { install } from '../../services/installer';

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

  it('[RB5][RB8] on a host refusing forms and view settings: a fix says to add the view by hand, the settings are steps', async () => {
    const local = new LocalHost({
      state: emptyState([{ id: 'ou_a', name: 'A' }]),
      quirks: HOST_PROFILES.adverse,
    });
    await install(local.host, 'zh');
    render(<HealthScreen host={local.host} readOnly={false} onChanged={() => undefined} />);
    expect((await screen.findByTestId('problem')).textContent).toContain('缺少视图「作品提交表单」');
    await waitFor(() =>
      expect(screen.getByTestId('manual-steps').textContent).toContain('按「主责部门」分组'),
    );
    fireEvent.click(screen.getByTestId('fix'));
    await waitFor(() =>
      expect(screen.getByTestId('health-message').textContent).toContain('不允许插件创建这些视图'),
    );
    expect(screen.getByTestId('health-message').textContent).toContain('作品提交表单');
  });

  it('[RB8] sets the view settings a host refused at install once it takes them, on one click', async () => {
    const quirks = { refusesViewSettings: true };
    const local = new LocalHost({ state: emptyState([{ id: 'ou_a', name: 'A' }]), quirks });
    await install(local.host, 'zh');
    quirks.refusesViewSettings = false;
    render(<HealthScreen host={local.host} readOnly={false} onChanged={() => undefined} />);
    await waitFor(() =>
      expect(screen.getByTestId('manual-steps').textContent).toContain('按「主责部门」分组'),
    );
    fireEvent.click(screen.getByTestId('apply-view-settings'));
    await waitFor(() => expect(screen.getByTestId('health-message').textContent).toBe('视图已设置好。'));
    expect(screen.getByTestId('manual-steps').textContent).not.toContain('按「主责部门」分组');
    expect(screen.queryByTestId('apply-view-settings')).toBeNull();
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
