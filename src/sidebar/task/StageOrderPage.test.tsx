import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { TaskPage } from './TaskPage';

afterEach(cleanup);

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };
const BRAND = '品牌对外宣传';

async function asBoss() {
  const local = await demoBase({ userId: personId('王建国') });
  const session = (await openSession(local.host, RETRY)) as ReadySession;
  render(
    <SessionProvider session={session} now={() => TEST_NOW} refresh={() => undefined}>
      <TaskPage taskId={session.data.tasks.find((t) => t.title === BRAND)!.id} onBack={() => {}} />
    </SessionProvider>,
  );
  return session;
}

const stageRow = (title: string) =>
  screen.getAllByTestId('task-stage').find((s) => s.getAttribute('data-stage-title') === title)!;

describe("the boss's task page", () => {
  it('[EV20] shows at most one row of buttons per stage, the secondary ones in a "more" menu', async () => {
    await asBoss();
    const stages = screen.getAllByTestId('task-stage');
    expect(stages.length).toBeGreaterThan(1);
    for (const stage of stages) {
      const rows = new Set(
        within(stage)
          .queryAllByRole('button')
          .map((b) => b.closest('.semi-space')),
      );
      expect(rows.size).toBeLessThanOrEqual(1);
      expect(within(stage).queryByTestId('task-reassign')).toBeNull();
    }
    expect(within(stageRow('物料制作')).getByTestId('stage-more')).toBeTruthy();
  });

  it('[EV19] moves a stage up from its "more" menu: the order changes in the Base and the page says so', async () => {
    const session = await asBoss();
    fireEvent.click(within(stageRow('物料制作')).getByTestId('stage-more'));
    fireEvent.click(await screen.findByTestId('stage-more-up'));
    expect((await screen.findByTestId('stage-move-feedback')).textContent).toBe(
      '已调整「物料制作」的顺序，相关负责人会收到通知。',
    );
    await waitFor(async () => {
      const data = await session.store.loadCore();
      const brand = data.tasks.find((t) => t.title === BRAND)!;
      const order = data.tasks
        .filter((t) => t.parentId === brand.id)
        .sort((a, b) => a.sequence! - b.sequence!)
        .map((t) => t.title);
      expect(order.slice(0, 2)).toEqual(['物料制作', '宣传方案']);
    });
  });
});
