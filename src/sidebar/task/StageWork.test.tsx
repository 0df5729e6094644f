import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import type { Task } from '../../core/model';
import type { LocalHost } from '../../local/localHost';
import type { BitableBase } from '../../port/bitableBase';
import { toNotice, toTask } from '../../schema/entities';
import { taskHistory } from '../../services/inbox';
import { openSession } from '../../services/session';
import type { BatonStore } from '../../store/batonStore';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { StageWork } from './StageWork';
import { readDeliverables, uploadOneAtATime } from '../../services/deliverables';

afterEach(cleanup);

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };

async function sessionOf(local: LocalHost, name: string) {
  local.setSession({ userId: personId(name) });
  const session = (await openSession(local.host, RETRY)) as ReadySession;
  const stage = (title: string) => session.data.tasks.find((t) => t.title === title)!;
  return { session, stage };
}

function show(session: ReadySession, stage: Task) {
  let changed = 0;
  render(
    <SessionProvider session={session} now={() => TEST_NOW} refresh={() => (changed += 1)}>
      <StageWork stage={stage} />
    </SessionProvider>,
  );
  return { changed: () => changed };
}

async function fresh(store: BatonStore, id: string) {
  return toTask((await store.readByIds('tasks', [id]))[0]!);
}

const click = (testId: string) => fireEvent.click(screen.getByTestId(testId));
const feedback = async () => (await screen.findByTestId('stage-feedback')).textContent;

/** 郭晓 submits the poster (海报设计) of 直播课堂策划 for acceptance. */
async function submitted() {
  const local = await demoBase();
  const guo = await sessionOf(local, '郭晓');
  show(guo.session, guo.stage('海报设计'));
  expect(screen.queryByTestId('stage-accept')).toBeNull();
  click('stage-submit');
  expect(await feedback()).toBe('已提交「海报设计」，等待验收。');
  cleanup();
  return { local, store: guo.session.store, poster: guo.stage('海报设计'), invite: guo.stage('客户邀请') };
}

describe('StageWork', () => {
  it('[W2][W3][C2][C8][W7] submitted by its owner and accepted by the accountable person, the next stage becomes ready', async () => {
    const { local, store, poster, invite } = await submitted();
    expect(await fresh(store, poster.id)).toMatchObject({ status: 'in_review' });
    const stored = (await store.readAll('notifications')).map(toNotice);
    const review = stored.filter((n) => n.taskId === poster.id && n.message.includes('请验收'));
    expect(review.map((n) => [n.type, n.recipientUserIds])).toEqual([['review', [personId('张伟')]]]);
    const zhang = await sessionOf(local, '张伟');
    const page = show(zhang.session, zhang.stage('海报设计'));
    click('stage-accept');
    expect(await feedback()).toBe('已验收「海报设计」。后面可以开始的阶段，负责人会收到通知。');
    expect(await fresh(store, poster.id)).toMatchObject({ status: 'done', completedAt: TEST_NOW });
    expect(await fresh(store, invite.id)).toMatchObject({ status: 'ready' });
    const notices = (await store.readAll('notifications')).map(toNotice);
    const ready = notices.filter((n) => n.type === 'ready' && n.taskId === invite.id);
    expect(ready.map((n) => n.recipientUserIds)).toEqual([[personId('郑强')]]);
    const derived = (await taskHistory(store, invite.id)).map((e) => e.summary);
    expect(derived).toContain('「客户邀请」状态自动变为「可开始」');
    expect(screen.queryByTestId('stage-accept')).toBeNull();
    expect(page.changed()).toBe(1);
  });

  it('[W4][W7] sending back without a reason shows the message and writes nothing; with one, the owner works on', async () => {
    const { local, store, poster } = await submitted();
    const zhang = await sessionOf(local, '张伟');
    const page = show(zhang.session, zhang.stage('海报设计'));
    local.calls.reset();
    click('stage-sendback');
    fireEvent.change(screen.getByTestId('stage-sendback-reason'), { target: { value: '  ' } });
    click('stage-confirm');
    expect(await feedback()).toBe('请写明退回原因：原因会告诉负责人，并记入任务日志。');
    expect(local.calls.byMethod.setRecords ?? 0).toBe(0);
    expect(local.calls.byMethod.addRecords ?? 0).toBe(0);
    expect(page.changed()).toBe(0);

    fireEvent.change(screen.getByTestId('stage-sendback-reason'), { target: { value: '主色不对' } });
    click('stage-confirm');
    await waitFor(async () => expect(await feedback()).toBe('已退回「海报设计」，负责人会收到退回原因。'));
    expect(await fresh(store, poster.id)).toMatchObject({ status: 'in_progress' });
    const sentBack = (await taskHistory(store, poster.id)).filter((e) => e.type === 'sent_back');
    expect(sentBack.map((e) => e.reason)).toEqual(['主色不对']);
    const stored = (await store.readAll('notifications')).map(toNotice);
    const told = stored.filter((n) => n.taskId === poster.id && n.message.includes('主色不对'));
    expect(told.map((n) => [n.type, n.recipientUserIds])).toEqual([['sentBack', [personId('郭晓')]]]);
  });

  it('[W2] uploading a first deliverable writes the Attachment cell and starts a stage not started yet', async () => {
    const local = await demoBase();
    const wu = await sessionOf(local, '吴刚');
    const plan = wu.stage('宣传方案'); // 品牌对外宣传's first stage, assigned to 吴刚
    show(wu.session, plan);
    const file = new File(['# 方案'], '宣传方案.md', { type: 'text/markdown' });
    fireEvent.change(screen.getByTestId('stage-upload'), { target: { files: [file] } });
    expect(await feedback()).toBe('已把 1 个文件上传到「宣传方案」的交付物。');
    const stored = await readDeliverables(wu.session.store, plan.id);
    expect(stored.map((f) => [f.name, f.type, f.timeStamp])).toEqual([
      ['宣传方案.md', 'text/markdown', TEST_NOW],
    ]);
    expect(stored[0]!.token).toMatch(/^box/);
    expect(screen.getByTestId('deliverable-open').textContent).toBe('宣传方案.md (1 KB)');
    expect(await fresh(wu.session.store, plan.id)).toMatchObject({ status: 'in_progress' });
  });

  it('[EV18] files chosen while the page still saves another action are offered again, not dropped', async () => {
    const local = await demoBase();
    const wu = await sessionOf(local, '吴刚');
    const plan = wu.stage('宣传方案');
    show(wu.session, plan);
    click('stage-start');
    const file = new File(['# 方案'], '宣传方案.md', { type: 'text/markdown' });
    fireEvent.change(screen.getByTestId('stage-upload'), { target: { files: [file] } });
    await screen.findByTestId('stage-upload-retry');
    expect(await readDeliverables(wu.session.store, plan.id)).toEqual([]);
    await waitFor(() =>
      expect(screen.getByTestId('stage-upload-retry').hasAttribute('disabled')).toBe(false),
    );
    click('stage-upload-retry');
    expect(await feedback()).toBe('已把 1 个文件上传到「宣传方案」的交付物。');
    const stored = await readDeliverables(wu.session.store, plan.id);
    expect(stored.map((f) => f.name)).toEqual(['宣传方案.md']);
  });

  it('[W5] the one waiting nudges the owner of the stage before it', async () => {
    const local = await demoBase();
    const zheng = await sessionOf(local, '郑强');
    show(zheng.session, zheng.stage('客户邀请'));
    expect(screen.queryByTestId('stage-start')).toBeNull();
    click('stage-nudge');
    expect(await feedback()).toBe('已催办 郭晓，今天不会再重复通知。');
    const notices = (await zheng.session.store.readAll('notifications')).map(toNotice);
    expect(notices.filter((n) => n.type === 'nudge').map((n) => n.recipientUserIds)).toEqual([
      [personId('郭晓')],
    ]);
    expect(screen.getByTestId('stage-nudge').textContent).toBe('今天已催办');
  });
});

describe('uploadOneAtATime', () => {
  it('never lets two uploads on one Base overlap, even when the first one fails', async () => {
    let running = 0;
    let overlapped = false;
    let calls = 0;
    const base = {
      batchUploadFile: async (files: File[]) => {
        overlapped ||= running > 0;
        running += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        if (++calls === 1) throw new Error('lost');
        return files.map((_, i) => `tok${calls}-${i}`);
      },
    } as unknown as BitableBase;
    const file = new File(['x'], 'a.txt');
    const results = await Promise.allSettled([
      uploadOneAtATime(base, [file]),
      uploadOneAtATime(base, [file, file]),
      uploadOneAtATime(base, [file]),
    ]);
    expect(overlapped).toBe(false);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'failed'))).toEqual([
      'failed',
      ['tok2-0', 'tok2-1'],
      ['tok3-0'],
    ]);
  });
});
