import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { toNotice, toTask } from '../../schema/entities';
import { sendAssignment } from '../../services/assign';
import { openSession } from '../../services/session';
import { draft } from '../../../test/support/writePaths';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { AssignWizard } from './AssignWizard';

afterEach(cleanup);

async function setup() {
  const local = await demoBase();
  // No backoff between retries: an injected failure should fail the send at once, not after seconds.
  const session = (await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } })) as ReadySession;
  const sent: string[] = [];
  render(
    <SessionProvider session={session} now={() => TEST_NOW}>
      <AssignWizard onSent={(id) => sent.push(id)} />
    </SessionProvider>,
  );
  const tasksBefore = session.data.tasks.length;
  local.calls.reset();
  const tasks = async () => (await session.store.readAll('tasks')).map(toTask);
  const notices = async () => (await session.store.readAll('notifications')).map(toNotice);
  return { local, session, sent, tasksBefore, tasks, notices };
}

/** Opens a Semi Select and clicks the option with this exact text. */
async function choose(testId: string, label: string) {
  fireEvent.click(screen.getByTestId(testId));
  await waitFor(() => expect(options(label).length).toBeGreaterThan(0));
  fireEvent.click(options(label).at(-1)!);
}
const options = (label: string) =>
  screen
    .getAllByRole('option')
    .filter((o) => o.textContent === label || o.textContent?.startsWith(`${label} ·`));

const click = (testId: string) => fireEvent.click(screen.getByTestId(testId));
const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
const texts = (testId: string) => screen.queryAllByTestId(testId).map((e) => e.textContent);

/** Template 直播课堂, primary 市场部 with 企划部 cooperating: up to the review step. */
async function fillLivestream() {
  await choose('wizard-template', '直播课堂');
  expect((screen.getByTestId('wizard-title') as HTMLInputElement).value).toBe('直播课堂');
  click('wizard-next');
  await choose('wizard-primary', '市场部');
  fireEvent.click(screen.getAllByTestId('wizard-coop').find((e) => e.textContent === '企划部')!);
  type('wizard-deliverable', '直播方案');
  click('wizard-next');
  expect(screen.getAllByTestId('stage-row')).toHaveLength(5);
  click('wizard-next');
  await screen.findByTestId('wizard-step-review');
}

describe('AssignWizard', () => {
  it('[A1]-[A12] assigns the livestream template through every step: 1 task, 5 stages, each owner told', async () => {
    const { sent, tasks, notices, tasksBefore } = await setup();
    await choose('wizard-template', '直播课堂');
    click('wizard-next');
    await choose('wizard-primary', '市场部');
    // The head is proposed and the suitability list shows the department, head first.
    expect(screen.getByTestId('wizard-responsible').textContent).toContain('张伟');
    expect(texts('suitability-row')[0]).toContain('张伟');
    fireEvent.click(screen.getAllByTestId('wizard-coop').find((e) => e.textContent === '企划部')!);
    type('wizard-deliverable', '直播方案');
    click('wizard-next');
    const titles = screen.getAllByTestId('stage-title').map((e) => (e as HTMLInputElement).value);
    expect(titles).toEqual(['策划方案', '海报设计', '客户邀请', '彩排', '正式直播']);
    click('wizard-next');
    // The boss sends, so is not copied; each stage's owner is told of their stage.
    expect(texts('wizard-recipient')).toEqual([
      '张伟 · 责任人（请确认接手）',
      '吴刚 · 抄送',
      '吴刚 · 阶段负责人',
      '郭晓 · 阶段负责人',
      '郑强 · 阶段负责人',
      '张伟 · 阶段负责人',
    ]);

    click('wizard-send');
    expect(await screen.findByTestId('wizard-sent')).toBeTruthy();
    expect(sent).toHaveLength(1);
    const all = await tasks();
    expect(all).toHaveLength(tasksBefore + 6);
    const task = all.find((t) => t.id === sent[0])!;
    expect(task).toMatchObject({ title: '直播课堂', kind: 'special', status: 'assigned', points: 30 });
    expect(task.responsibleUserIds).toEqual([personId('张伟')]);
    const stages = all.filter((t) => t.parentId === task.id).sort((a, b) => a.sequence! - b.sequence!);
    expect(stages.map((s) => [s.title, s.status])).toEqual([
      ['策划方案', 'ready'],
      ['海报设计', 'waiting'],
      ['客户邀请', 'waiting'],
      ['彩排', 'waiting'],
      ['正式直播', 'waiting'],
    ]);
    const told = (await notices()).filter((n) => n.taskId === task.id);
    expect(told.map((n) => [n.recipientUserIds[0], n.type])).toEqual([
      [personId('张伟'), 'assigned'],
      [personId('吴刚'), 'copy'],
    ]);
    // A fresh draft is ready for the next task.
    expect((screen.getByTestId('wizard-title') as HTMLInputElement).value).toBe('');
  });

  it('[A1] Next on an empty title stays on the task step with an inline message, writing nothing', async () => {
    const { local } = await setup();
    click('wizard-next');
    expect(await screen.findByTestId('issue-title-error')).toHaveProperty('textContent', '请填写任务标题');
    expect(screen.getByTestId('issue-due-error').textContent).toBe('请选择截止日期');
    expect(screen.getByTestId('wizard-step-task')).toBeTruthy();
    type('wizard-title', '年会');
    expect(screen.queryByTestId('issue-title-error')).toBeNull();
    expect(local.calls.byMethod.addRecords ?? 0).toBe(0);
  });

  it('[A5] someone outside the primary department needs the explicit confirmation', async () => {
    await setup();
    await choose('wizard-template', '直播课堂');
    click('wizard-next');
    await choose('wizard-primary', '市场部');
    await choose('wizard-responsible', '郭晓 · 设计部');
    click('wizard-next');
    expect((await screen.findByTestId('issue-responsible-error')).textContent).toContain('不在主责部门');
    fireEvent.click(screen.getByTestId('wizard-confirm-outsider'));
    click('wizard-next');
    expect(await screen.findByTestId('wizard-step-stages')).toBeTruthy();
  });

  it('a double click sends once', async () => {
    const { sent, tasks, tasksBefore } = await setup();
    await fillLivestream();
    click('wizard-send');
    click('wizard-send');
    await screen.findByTestId('wizard-sent');
    expect(sent).toHaveLength(1);
    expect(await tasks()).toHaveLength(tasksBefore + 6);
  });

  it('a failed send offers Finish and Roll back; Finish completes with exactly one task', async () => {
    const { local, sent, tasks, notices, tasksBefore } = await setup();
    await fillLivestream();
    local.failures.failNext(50);
    click('wizard-send');
    const failed = await screen.findByTestId('wizard-send-failed');
    expect(failed.textContent).toContain('不会显示为已派出');
    expect(screen.getByTestId('wizard-rollback')).toBeTruthy();
    expect(sent).toEqual([]);
    local.failures.clear();
    click('wizard-finish');
    await screen.findByTestId('wizard-sent');
    const all = await tasks();
    expect(all).toHaveLength(tasksBefore + 6);
    expect(all.filter((t) => t.title === '直播课堂')).toHaveLength(1);
    expect((await notices()).filter((n) => n.taskId === sent[0])).toHaveLength(2);
  });

  it('a send that fails half way leaves only drafts; Roll back removes them, and a new send writes one task', async () => {
    const { local, session, sent, tasks, tasksBefore } = await setup();
    await fillLivestream();
    // The drafts are added, then linking them fails, every retry included: the worst moment.
    local.failures.failNext(3, 'before', { method: 'setRecords', tableId: session.store.table('tasks').id });
    click('wizard-send');
    expect((await screen.findByTestId('wizard-send-failed')).textContent).toContain(
      'setRecords failed: unknown error (injected)',
    );
    const halfMade = (await tasks()).slice(tasksBefore);
    expect(halfMade).toHaveLength(6);
    expect(halfMade.every((t) => t.status === 'draft')).toBe(true);
    click('wizard-rollback');
    await screen.findByTestId('wizard-rolled-back');
    expect(await tasks()).toHaveLength(tasksBefore);
    click('wizard-send');
    await screen.findByTestId('wizard-sent');
    expect(sent).toHaveLength(1);
    expect((await tasks()).filter((t) => t.title === '直播课堂' && t.kind === 'special')).toHaveLength(1);
  });

  it('[A6] [EV5] publishing to the pool writes an open task and tells the suggested department’s head', async () => {
    const { sent, tasks, notices } = await setup();
    await choose('wizard-template', '参赛作品收集');
    click('wizard-next');
    fireEvent.click(screen.getByTestId('wizard-mode-pool'));
    fireEvent.click(screen.getAllByTestId('wizard-suggested').find((e) => e.textContent === '设计部')!);
    click('wizard-next');
    click('wizard-next');
    expect(texts('wizard-recipient')).toEqual(['郭晓 · 任务大厅通知']);
    click('wizard-send');
    await screen.findByTestId('wizard-sent');
    const task = (await tasks()).find((t) => t.id === sent[0])!;
    expect(task).toMatchObject({ status: 'open', suggestedDepartmentIds: [expect.any(String)] });
    const told = (await notices()).filter((n) => n.taskId === task.id);
    expect(told.map((n) => [n.recipientUserIds[0], n.type])).toEqual([[personId('郭晓'), 'published']]);
  });

  it('[O6] a send another sidebar left unfinished is listed and rolled back; the drafts are gone', async () => {
    const local = await demoBase();
    const retry = { retry: { attempts: 1, backoffMs: 0 } };
    const other = (await openSession(local.host, retry)) as ReadySession;
    local.failures.failNext(1, 'before', { method: 'setRecords' });
    const left = draft(other.data, 'assign', 'left-behind');
    const clock = { now: TEST_NOW, todayStart: TEST_NOW };
    await expect(sendAssignment(other.store, other.data, left, personId('王建国'), clock)).rejects.toThrow();
    const session = (await openSession(local.host, retry)) as ReadySession;
    render(
      <SessionProvider session={session} now={() => TEST_NOW}>
        <AssignWizard onSent={() => undefined} />
      </SessionProvider>,
    );
    expect(texts('unfinished-send')).toEqual(['「年会海报」· 1 条草稿撤回']);
    click('unfinished-rollback');
    expect((await screen.findByTestId('unfinished-feedback')).textContent).toContain(
      '已撤回「年会海报」的草稿',
    );
    const drafts = (await session.store.readAll('tasks')).map(toTask).filter((t) => t.status === 'draft');
    expect(drafts).toEqual([]);
  });
});
