import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, TEST_NOW } from '../../../test/support/baseFixture';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { NewTaskForm } from './NewTaskForm';

afterEach(cleanup);

async function setup() {
  const local = await demoBase();
  const session = (await openSession(local.host)) as ReadySession;
  let created = 0;
  render(
    <SessionProvider session={session} now={() => TEST_NOW}>
      <NewTaskForm onCreated={() => (created += 1)} />
    </SessionProvider>,
  );
  local.calls.reset();
  return { local, created: () => created };
}

describe('NewTaskForm', () => {
  it('[T1][T2][T3][T4] shows every problem inline and writes nothing', async () => {
    const { local, created } = await setup();
    fireEvent.change(screen.getByTestId('due-input'), { target: { value: '2026-11-25' } });
    fireEvent.click(screen.getByTestId('submit'));
    expect((await screen.findByTestId('error-title')).textContent).toBe('请填写任务标题');
    expect(screen.getByTestId('error-department').textContent).toBe('请选择一个主责部门');
    expect(screen.getByTestId('error-responsible').textContent).toBe('请选择责任人');
    expect(screen.getByTestId('error-due').textContent).toBe('截止日期不能早于今天');
    expect(local.calls.byMethod.addRecords ?? 0).toBe(0);
    expect(created()).toBe(0);
  });

  it('[T1] clears a message once its field is fixed and submitted again', async () => {
    await setup();
    fireEvent.click(screen.getByTestId('submit'));
    await screen.findByTestId('error-title');
    fireEvent.change(screen.getByTestId('title-input'), { target: { value: '年会筹备' } });
    fireEvent.click(screen.getByTestId('submit'));
    // The department's message was there before; wait for the second submit itself to land.
    await waitFor(() => expect(screen.queryByTestId('error-title')).toBeNull());
    expect(screen.getByTestId('error-department')).toBeTruthy();
  });
});
