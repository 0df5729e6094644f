import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { DAY } from '../../core/time';
import { toTask } from '../../schema/entities';
import { taskHistory } from '../../services/inbox';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { formatDay } from '../shared/dayInput';
import { TaskPage } from './TaskPage';

afterEach(cleanup);

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };
const BRAND = '品牌对外宣传';

async function open(userId: string) {
  const local = await demoBase({ userId });
  const session = (await openSession(local.host, RETRY)) as ReadySession;
  const brand = session.data.tasks.find((t) => t.title === BRAND)!;
  render(
    <SessionProvider session={session} now={() => TEST_NOW} refresh={() => {}}>
      <TaskPage taskId={brand.id} onBack={() => {}} />
    </SessionProvider>,
  );
  return { session, brand };
}

const card = () => within(screen.getByTestId('edit-card'));

describe('EditTaskCard', () => {
  it('[EV10] [EV11] the boss moves the due date: written, in the history, the page says so', async () => {
    const { session, brand } = await open(personId('王建国'));
    fireEvent.click(card().getByTestId('edit-toggle'));
    const due = formatDay(TEST_NOW + 47 * DAY);
    const input = card().getByTestId('edit-due');
    fireEvent.change(input, { target: { value: due } });
    fireEvent.click(card().getByTestId('edit-save'));
    expect((await card().findByTestId('edit-feedback')).textContent).toContain(`已保存对「${BRAND}」的修改`);
    const [row] = await session.store.readByIds('tasks', [brand.id]);
    expect(formatDay(toTask(row!).due)).toBe(due);
    const events = await taskHistory(session.store, brand.id);
    expect(events.filter((e) => e.type === 'edited').map((e) => e.summary)).toEqual([
      expect.stringContaining(`→ ${due}`),
    ]);
    await waitFor(() => expect(screen.getByTestId('task-history').textContent).toContain(due));
  });

  it('[EV10] a cancellation without a reason is refused with its message; an employee is offered no editing', async () => {
    await open(personId('王建国'));
    fireEvent.click(card().getByTestId('edit-toggle'));
    fireEvent.click(card().getByTestId('edit-cancel'));
    expect((await card().findByTestId('edit-feedback')).textContent).toBe('请填写取消原因。');
    cleanup();
    await open(personId('徐丽'));
    expect(screen.queryByTestId('edit-card')).toBeNull();
  });
});
