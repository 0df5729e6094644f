import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW, TEST_TODAY } from '../../../test/support/baseFixture';
import type { AssignmentDraft } from '../../core/assignment';
import type { LocalHost } from '../../local/localHost';
import { toTask } from '../../schema/entities';
import { sendAssignment } from '../../services/assign';
import { SETTLE_MS as CLAIM_SETTLE_MS } from '../../services/settle';
import { taskHistory } from '../../services/inbox';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { PoolScreen } from './PoolScreen';
import { DAY } from '../../core/time';

afterEach(cleanup);

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };
/** A claim waits for claims made elsewhere to reach this sidebar before it answers (`CLAIM_SETTLE_MS`). */
const CLAIMING = { timeout: 4 * CLAIM_SETTLE_MS };
const CLAIM_TEST_MS = 8 * CLAIM_SETTLE_MS;
const HE_PING = personId('何平');
const LIN_FENG = personId('林峰');

async function sessionOf(local: LocalHost, userId: string): Promise<ReadySession> {
  local.setSession({ userId });
  return (await openSession(local.host, RETRY)) as ReadySession;
}

/** The boss publishes a task to the pool, suggested to 设计部, with a bounty of 25 points. */
async function published() {
  const local = await demoBase();
  const boss = await sessionOf(local, personId('王建国'));
  const design = boss.data.departments.find((d) => d.name === '设计部')!;
  const draft: AssignmentDraft = {
    draftKey: 'draft-pool-1',
    mode: 'pool',
    title: '行业大赛海报',
    description: '为行业设计大赛做一张主海报',
    points: 25,
    extraDuty: true,
    due: TEST_TODAY + 10 * DAY,
    cooperation: [],
    outsiderConfirmed: false,
    stages: [],
    suggestedDepartmentIds: [design.id],
  };
  const sent = await sendAssignment(boss.store, boss.data, draft, boss.context.userId, {
    now: TEST_NOW - DAY,
    todayStart: TEST_TODAY - DAY,
  });
  if (!sent.ok) throw new Error(JSON.stringify(sent.issues));
  return { local, taskId: sent.taskId, design };
}

/** The next `count` updates of 任务 fail before the host applies them, as a lost connection would. */
function failWritesToTasks(local: LocalHost, session: ReadySession, count: number) {
  local.failures.failNext(count, 'before', {
    method: 'setRecords',
    tableId: session.store.table('tasks').id,
  });
}

function show(session: ReadySession, now = () => TEST_NOW) {
  let changed = 0;
  const opened: string[] = [];
  render(
    <SessionProvider session={session} now={now} refresh={() => (changed += 1)}>
      <PoolScreen onOpenTask={(id) => opened.push(id)} />
    </SessionProvider>,
  );
  return { changed: () => changed, opened };
}

const item = () => within(screen.getByTestId('pool-task'));

describe('PoolScreen', () => {
  it('[L1] shows the open pool task with its bounty, suggested departments and publishing time', async () => {
    const { local } = await published();
    show(await sessionOf(local, HE_PING));
    const text = screen.getByTestId('pool-task').textContent;
    expect(text).toContain('行业大赛海报');
    expect(text).toContain('悬赏 25 分');
    expect(text).toContain('建议部门：设计部');
    expect(text).toContain('推荐给本部门');
    expect(text).toContain('发布于 2026-11-25 12:00');
  });

  it(
    '[R4] an employee claims for themself: they become responsible, their department primary, voluntarily',
    async () => {
      const { local, taskId, design } = await published();
      const session = await sessionOf(local, HE_PING);
      const screenState = show(session);
      expect(item().getByTestId('pool-claim').textContent).toBe('我来认领');
      fireEvent.click(item().getByTestId('pool-claim'));
      expect((await screen.findByTestId('pool-outcome', {}, CLAIMING)).textContent).toBe(
        '你已认领「行业大赛海报」，记为主动认领。',
      );
      const [record] = await session.store.readByIds('tasks', [taskId]);
      expect(toTask(record!)).toMatchObject({
        status: 'in_progress',
        origin: 'claimed',
        responsibleUserIds: [HE_PING],
        primaryDepartmentId: design.id,
        acknowledgedAt: TEST_NOW,
      });
      expect(screen.queryByTestId('pool-task')).toBeNull();
      expect(screen.getByTestId('pool-uptake').textContent).toContain('设计部');
      expect(screenState.changed()).toBe(1);
    },
    CLAIM_TEST_MS,
  );

  it(
    '[R5] a second claimant, whose screen still shows the task open, is told who was first and claims nothing',
    async () => {
      const { local, taskId } = await published();
      const first = await sessionOf(local, HE_PING);
      const second = await sessionOf(local, LIN_FENG);
      show(first);
      fireEvent.click(item().getByTestId('pool-claim'));
      await screen.findByTestId('pool-outcome', {}, CLAIMING);
      cleanup();
      show(second);
      fireEvent.click(item().getByTestId('pool-claim'));
      expect((await item().findByTestId('pool-claim-refused', {}, CLAIMING)).textContent).toBe(
        '已被 何平 认领。',
      );
      expect(item().queryByTestId('pool-claim')).toBeNull();
      const [record] = await second.store.readByIds('tasks', [taskId]);
      expect(toTask(record!).responsibleUserIds).toEqual([HE_PING]);
    },
    CLAIM_TEST_MS,
  );

  it(
    '[R5] when the re-read takes the lost task off the list, who won stays shown until dismissed',
    async () => {
      const { local } = await published();
      const first = await sessionOf(local, HE_PING);
      const second = await sessionOf(local, LIN_FENG);
      show(first);
      fireEvent.click(item().getByTestId('pool-claim'));
      await screen.findByTestId('pool-outcome', {}, CLAIMING);
      cleanup();
      const pane = (session: ReadySession) => (
        <SessionProvider session={session} now={() => TEST_NOW}>
          <PoolScreen onOpenTask={() => undefined} />
        </SessionProvider>
      );
      const view = render(pane(second));
      fireEvent.click(item().getByTestId('pool-claim'));
      await item().findByTestId('pool-claim-refused', {}, CLAIMING);
      view.rerender(pane(await sessionOf(local, LIN_FENG)));
      expect(screen.queryByTestId('pool-task')).toBeNull();
      const lost = screen.getByTestId('pool-lost');
      expect(lost.textContent).toContain('「行业大赛海报」没有认领到：已被 何平 认领。');
      fireEvent.click(within(lost).getByRole('button'));
      expect(screen.queryByTestId('pool-lost')).toBeNull();
    },
    CLAIM_TEST_MS,
  );

  it(
    '[R5] retrying a claim that failed half way wins it, rather than losing to its own first attempt',
    async () => {
      const { local, taskId } = await published();
      const session = await sessionOf(local, HE_PING);
      failWritesToTasks(local, session, 3); // every retry the store makes, so the claim event is written but not the task
      let tick = 0;
      show(session, () => TEST_NOW + 1000 * tick++); // the retry comes later than the first attempt
      fireEvent.click(item().getByTestId('pool-claim'));
      expect((await screen.findByTestId('pool-outcome', {}, CLAIMING)).textContent).toContain('认领没有完成');
      fireEvent.click(item().getByTestId('pool-claim'));
      await waitFor(
        () => expect(screen.getByTestId('pool-outcome').textContent).toContain('你已认领'),
        CLAIMING,
      );
      const [record] = await session.store.readByIds('tasks', [taskId]);
      expect(toTask(record!)).toMatchObject({ status: 'in_progress', responsibleUserIds: [HE_PING] });
      const claims = (await taskHistory(session.store, taskId)).filter((e) => e.type === 'claimed');
      expect(claims).toHaveLength(1);
    },
    CLAIM_TEST_MS,
  );

  it('[R4] a department head claims for the department, and the button says so', async () => {
    const { local } = await published();
    show(await sessionOf(local, personId('郭晓')));
    expect(item().getByTestId('pool-claim').textContent).toBe('为设计部认领');
    expect(screen.getByTestId('pool-task').textContent).toContain('认领后设计部为主责部门，你为责任人。');
  });

  it('[L2] shows per department how many pool tasks it was offered, left unclaimed and claimed', async () => {
    const { local } = await published();
    show(await sessionOf(local, HE_PING));
    const rows = screen
      .getAllByTestId('pool-uptake-row')
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([['设计部', '1', '1', '0']]);
  });

  it('opens the task page from a pool task; a read-only viewer cannot claim', async () => {
    const { local, taskId } = await published();
    local.setSession({ readOnly: true });
    const view = show(await sessionOf(local, HE_PING));
    fireEvent.click(item().getByTestId('pool-open'));
    expect(view.opened).toEqual([taskId]);
    expect(item().queryByTestId('pool-claim')).toBeNull();
  });
});
