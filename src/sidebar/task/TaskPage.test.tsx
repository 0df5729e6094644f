import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { toTask } from '../../schema/entities';
import { taskHistory } from '../../services/inbox';
import { respond } from '../../services/respond';
import { openSession } from '../../services/session';
import type { BatonStore } from '../../store/batonStore';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { TaskPage } from './TaskPage';

afterEach(cleanup);

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };
const BOSS = personId('王建国');
const PLANNING_HEAD = personId('吴刚');
const XU_LI = personId('徐丽');
const BRAND = '品牌对外宣传';

async function open(userId: string, readOnly = false) {
  const local = await demoBase({ userId, readOnly });
  const session = (await openSession(local.host, RETRY)) as ReadySession;
  const task = (title: string) => session.data.tasks.find((t) => t.title === title)!;
  const member = (id: string) => session.data.members.find((m) => m.userIds.includes(id))!;
  return { local, session, store: session.store, task, member };
}

function show(session: ReadySession, taskId: string) {
  let changed = 0;
  render(
    <SessionProvider session={session} now={() => TEST_NOW} refresh={() => (changed += 1)}>
      <TaskPage taskId={taskId} onBack={() => {}} />
    </SessionProvider>,
  );
  return { changed: () => changed };
}

async function fresh(store: BatonStore, id: string) {
  return toTask((await store.readByIds('tasks', [id]))[0]!);
}

const main = () => within(screen.getByTestId('task-main'));

describe('TaskPage', () => {
  it('[R1] the responsible person acknowledges: acknowledgedAt and an event are written, and the history shows it', async () => {
    const { session, store, task } = await open(PLANNING_HEAD);
    const brand = task(BRAND);
    const page = show(session, brand.id);
    expect(screen.getByTestId('task-title').textContent).toBe(BRAND);
    fireEvent.click(main().getByTestId('task-ack'));
    expect((await main().findByTestId('task-feedback')).textContent).toContain(`已确认接手「${BRAND}」`);
    expect(await fresh(store, brand.id)).toMatchObject({ acknowledgedAt: TEST_NOW, status: 'in_progress' });
    const events = await taskHistory(store, brand.id);
    expect(events.map((e) => [e.type, e.actorUserIds])).toEqual([['acknowledged', [PLANNING_HEAD]]]);
    await waitFor(() => expect(screen.getAllByTestId('history-item')).toHaveLength(1));
    expect(screen.getByTestId('task-history').textContent).toContain('吴刚 · 确认');
    expect(main().queryByTestId('task-ack')).toBeNull();
    expect(page.changed()).toBe(1);
  });

  it('[R2] declining with an empty reason shows the message and writes nothing', async () => {
    const { local, session, task } = await open(PLANNING_HEAD);
    const page = show(session, task(BRAND).id);
    await screen.findByTestId('task-history');
    local.calls.reset();
    fireEvent.click(main().getByTestId('task-decline'));
    fireEvent.change(main().getByTestId('task-decline-reason'), { target: { value: '   ' } });
    fireEvent.click(main().getByTestId('task-confirm'));
    expect((await main().findByTestId('task-feedback')).textContent).toBe(
      '请写明原因：拒绝和转派都必须说明原因，原因会记入任务日志。',
    );
    expect(local.calls.byMethod.setRecords ?? 0).toBe(0);
    expect(local.calls.byMethod.addRecords ?? 0).toBe(0);
    expect(page.changed()).toBe(0);
  });

  it('[R2] declining with a reason records it and tells the boss (the head declined it himself)', async () => {
    const { session, store, task } = await open(PLANNING_HEAD);
    const brand = task(BRAND);
    show(session, brand.id);
    fireEvent.click(main().getByTestId('task-decline'));
    fireEvent.change(main().getByTestId('task-decline-reason'), { target: { value: '本季度人手不足' } });
    fireEvent.click(main().getByTestId('task-confirm'));
    await main().findByTestId('task-feedback');
    expect((await fresh(store, brand.id)).status).toBe('declined');
    expect((await taskHistory(store, brand.id)).map((e) => e.reason)).toEqual(['本季度人手不足']);
    expect((await screen.findByTestId('history-reason')).textContent).toBe('原因：本季度人手不足');
    await waitFor(() => expect(screen.getAllByTestId('task-notice')).toHaveLength(1));
    expect(screen.getByTestId('task-notices').textContent).toContain('发给王建国');
  });

  it('[R1] acknowledging a task reassigned since the page was opened is refused, with a clear message', async () => {
    const { session, store, task, member } = await open(PLANNING_HEAD);
    const brand = task(BRAND);
    show(session, brand.id);
    // Meanwhile, in the boss's sidebar:
    const reassign = { kind: 'reassign', toMemberId: member(XU_LI).id, reason: '吴刚出差' } as const;
    expect((await respond(store, session.data, brand.id, reassign, BOSS, TEST_NOW - 1000)).ok).toBe(true);
    fireEvent.click(main().getByTestId('task-ack'));
    expect((await main().findByTestId('task-feedback')).textContent).toContain('已被转派给别人');
    const after = await fresh(store, brand.id);
    expect(after).toMatchObject({ responsibleUserIds: [XU_LI], acknowledgedAt: undefined });
  });

  it('[R3] the boss reassigns to a member with a reason: the new owner must acknowledge and is told', async () => {
    const { session, store, task } = await open(BOSS);
    const brand = task(BRAND);
    show(session, brand.id);
    fireEvent.click(main().getByTestId('task-reassign'));
    fireEvent.click(main().getByTestId('task-reassign-to'));
    const options = await screen.findAllByRole('option');
    fireEvent.click(options.find((o) => o.textContent === '徐丽 · 企划部')!);
    fireEvent.change(main().getByTestId('task-reassign-reason'), { target: { value: '吴刚出差' } });
    fireEvent.click(main().getByTestId('task-confirm'));
    expect((await main().findByTestId('task-feedback')).textContent).toContain('转派给徐丽');
    expect(await fresh(store, brand.id)).toMatchObject({ responsibleUserIds: [XU_LI], status: 'assigned' });
    expect(screen.getByTestId('task-responsible').textContent).toBe('徐丽');
    await waitFor(() => expect(screen.getByTestId('task-notices').textContent).toContain('发给徐丽'));
  });

  it('[R3] reassigning without choosing anyone asks whom to, and writes nothing', async () => {
    const { local, session, task } = await open(BOSS);
    show(session, task(BRAND).id);
    await screen.findByTestId('task-history');
    local.calls.reset();
    fireEvent.click(main().getByTestId('task-reassign'));
    fireEvent.change(main().getByTestId('task-reassign-reason'), { target: { value: '出差' } });
    fireEvent.click(main().getByTestId('task-confirm'));
    expect((await main().findByTestId('task-feedback')).textContent).toBe('请选择转派给谁。');
    expect(local.calls.byMethod.setRecords ?? 0).toBe(0);
  });

  it('the history lists every event oldest first: who, what, when and why', async () => {
    const { session, store, task, member } = await open(BOSS);
    const brand = task(BRAND);
    const reassign = { kind: 'reassign', toMemberId: member(XU_LI).id, reason: '吴刚出差' } as const;
    await respond(store, session.data, brand.id, reassign, BOSS, TEST_NOW - 60_000);
    const decline = { kind: 'decline', reason: '手上有三个活动' } as const;
    await respond(store, session.data, brand.id, decline, XU_LI, TEST_NOW);
    show(session, brand.id);
    await waitFor(() => expect(screen.getAllByTestId('history-item')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('history-item').map((row) => row.textContent ?? '');
    expect(first).toContain('王建国 · 转派');
    expect(first).toContain('原因：吴刚出差');
    expect(second).toContain('徐丽 · 拒绝');
    expect(second).toContain('原因：手上有三个活动');
  });

  it('[R3] a stage shows its owner, and its own actions for its department head', async () => {
    const { session, task } = await open(personId('郭晓'));
    show(session, task(BRAND).id);
    const stages = screen.getAllByTestId('task-stage');
    expect(stages.map((s) => s.getAttribute('data-stage-title'))).toEqual([
      '宣传方案',
      '物料制作',
      '渠道投放',
      '效果复盘',
    ]);
    expect(stages[1]!.textContent).toContain('郭晓 · 设计部');
    fireEvent.click(within(stages[1]!).getByTestId('stage-more'));
    expect(await screen.findByTestId('stage-more-reassign')).toBeTruthy();
    expect(within(stages[0]!).queryByTestId('stage-more')).toBeNull();
    expect(main().queryByTestId('task-reassign')).toBeNull();
  });

  it('a read-only viewer sees the task but no actions', async () => {
    const { session, task } = await open(PLANNING_HEAD, true);
    show(session, task(BRAND).id);
    await screen.findByTestId('task-history');
    expect(screen.queryByTestId('task-ack')).toBeNull();
    expect(screen.queryByTestId('task-decline')).toBeNull();
  });

  it('[P3] the boss saves a task with stages as a template, once; others see no such button', async () => {
    const boss = await open(BOSS);
    show(boss.session, boss.task(BRAND).id);
    fireEvent.click(await screen.findByTestId('task-save-template'));
    await screen.findByTestId('task-template-saved');
    const templates = boss.local.state.tables.find((t) => t.name === '任务模板')!.records;
    expect(templates).toHaveLength(1);
    cleanup();
    const head = await open(PLANNING_HEAD);
    show(head.session, head.task(BRAND).id);
    await screen.findByTestId('task-page');
    expect(screen.queryByTestId('task-save-template')).toBeNull();
  });
});
