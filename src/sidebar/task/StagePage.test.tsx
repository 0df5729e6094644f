import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import type { LocalHost } from '../../local/localHost';
import { toTask } from '../../schema/entities';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { TaskPage } from './TaskPage';

afterEach(cleanup);

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };

async function sessionOf(local: LocalHost, name: string) {
  local.setSession({ userId: personId(name) });
  const session = (await openSession(local.host, RETRY)) as ReadySession;
  const task = (title: string) => session.data.tasks.find((t) => t.title === title)!;
  return { session, task };
}

function show(session: ReadySession, taskId: string) {
  const back: string[] = [];
  render(
    <SessionProvider session={session} now={() => TEST_NOW} refresh={() => undefined}>
      <TaskPage taskId={taskId} onBack={() => back.push(taskId)} />
    </SessionProvider>,
  );
  return { back };
}

const main = () => within(screen.getByTestId('task-main'));
const click = (testId: string) => fireEvent.click(main().getByTestId(testId));
const historyText = () => screen.getByTestId('task-history').textContent ?? '';

describe('a stage opened on its own page', () => {
  it('[W2] offers its owner the stage work and its deliverables; the parent opens from it and back returns', async () => {
    const local = await demoBase();
    const guo = await sessionOf(local, '郭晓');
    const page = show(guo.session, guo.task('海报设计').id);
    expect(main().getByTestId('stage-submit')).toBeTruthy();
    expect(main().getByTestId('stage-upload-button')).toBeTruthy();
    fireEvent.click(screen.getByTestId('task-parent'));
    expect(screen.getByTestId('task-title').textContent).toBe('直播课堂策划');
    expect(screen.getAllByTestId('task-stage').length).toBeGreaterThan(1);
    fireEvent.click(screen.getByTestId('task-back'));
    expect(screen.getByTestId('task-title').textContent).toBe('海报设计');
    expect(page.back).toEqual([]);
    fireEvent.click(screen.getByTestId('task-back'));
    expect(page.back).toHaveLength(1);
  });

  it('[W2] the reviewer accepts from the stage page, and its history shows it without reopening', async () => {
    const local = await demoBase();
    const guo = await sessionOf(local, '郭晓');
    show(guo.session, guo.task('海报设计').id);
    await screen.findByTestId('task-history');
    click('stage-submit');
    await waitFor(() => expect(historyText()).toContain('郭晓'));
    expect(screen.getByTestId('task-notices').textContent).toContain('待验收');
    cleanup();
    const zhang = await sessionOf(local, '张伟');
    show(zhang.session, zhang.task('海报设计').id);
    await screen.findByTestId('task-history');
    click('stage-accept');
    await waitFor(() => expect(historyText()).toContain('张伟'));
    const stored = toTask((await zhang.session.store.readByIds('tasks', [zhang.task('海报设计').id]))[0]!);
    expect(stored.status).toBe('done');
  });

  it('[W2] on the parent page the trail follows stage work: the next stage becoming ready appears at once', async () => {
    const local = await demoBase();
    const guo = await sessionOf(local, '郭晓');
    show(guo.session, guo.task('海报设计').id);
    click('stage-submit');
    await screen.findByTestId('stage-feedback');
    cleanup();
    const zhang = await sessionOf(local, '张伟');
    show(zhang.session, zhang.task('直播课堂策划').id);
    await screen.findByTestId('task-history');
    expect(historyText()).not.toContain('「客户邀请」状态自动变为「可开始」');
    const poster = screen.getAllByTestId('task-stage').find((s) => s.dataset.stageTitle === '海报设计')!;
    fireEvent.click(within(poster).getByTestId('stage-accept'));
    await waitFor(() => expect(historyText()).toContain('「客户邀请」状态自动变为「可开始」'));
  });

  it('[W2] starting acknowledges: an unacknowledged stage offers its owner one start, not a separate 确认接手', async () => {
    const local = await demoBase();
    const wu = await sessionOf(local, '吴刚');
    show(wu.session, wu.task('宣传方案').id);
    expect(main().getByTestId('stage-start')).toBeTruthy();
    expect(main().queryByTestId('task-ack')).toBeNull();
    expect(main().getByTestId('task-decline')).toBeTruthy();
    click('stage-start');
    await main().findByTestId('stage-feedback');
    const stored = toTask((await wu.session.store.readByIds('tasks', [wu.task('宣传方案').id]))[0]!);
    expect(stored).toMatchObject({ status: 'in_progress', acknowledgedAt: TEST_NOW });
  });

  it('while one action saves the others are disabled and the stage says it is saving', async () => {
    const local = await demoBase();
    const wu = await sessionOf(local, '吴刚');
    show(wu.session, wu.task('宣传方案').id);
    click('stage-start');
    expect(main().getByTestId('stage-saving')).toBeTruthy();
    expect(main().getByTestId('stage-upload-button').hasAttribute('disabled')).toBe(true);
    await waitFor(() => expect(main().getByTestId('task-decline').hasAttribute('disabled')).toBe(true));
    await main().findByTestId('stage-feedback');
    expect(main().queryByTestId('stage-saving')).toBeNull();
    expect(main().getByTestId('stage-upload-button').hasAttribute('disabled')).toBe(false);
    expect(main().getByTestId('stage-submit').hasAttribute('disabled')).toBe(false);
    expect(main().getByTestId('task-decline').hasAttribute('disabled')).toBe(false);
  });

  it('while declining a stage saves, its work waits too', async () => {
    const local = await demoBase();
    const wu = await sessionOf(local, '吴刚');
    show(wu.session, wu.task('宣传方案').id);
    click('task-decline');
    fireEvent.change(main().getByTestId('task-decline-reason'), { target: { value: '人手不足' } });
    click('task-confirm');
    expect(main().getByTestId('stage-saving')).toBeTruthy();
    expect(main().getByTestId('stage-start').hasAttribute('disabled')).toBe(true);
    await main().findByTestId('task-feedback');
    expect(main().queryByTestId('stage-saving')).toBeNull();
  });
});
