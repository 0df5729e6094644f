import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { resolveObjectURL } from 'node:buffer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import type { Task } from '../../core/model';
import type { LocalHost } from '../../local/localHost';
import { taskHistory } from '../../services/inbox';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { StageWork } from './StageWork';
import { TaskPage } from './TaskPage';
import { readDeliverables, uploadOneAtATime } from '../../services/deliverables';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };

async function asWu(local: LocalHost) {
  local.setSession({ userId: personId('吴刚') });
  const session = (await openSession(local.host, RETRY)) as ReadySession;
  const plan = session.data.tasks.find((t) => t.title === '宣传方案')!;
  return { session, plan };
}

function show(session: ReadySession, stage: Task) {
  render(
    <SessionProvider session={session} now={() => TEST_NOW} refresh={() => undefined}>
      <StageWork stage={stage} />
    </SessionProvider>,
  );
}

const choose = (files: File[]) => fireEvent.change(screen.getByTestId('stage-upload'), { target: { files } });
const feedback = async () => (await screen.findByTestId('stage-feedback')).textContent;

describe('deliverables on the stage work card', () => {
  it('[EV17] an uploaded file shows its size and uploader, is in the history, and opens by its address', async () => {
    const local = await demoBase();
    const { session, plan } = await asWu(local);
    show(session, plan);
    choose([new File(['# 方案'], '宣传方案.md', { type: 'text/markdown' })]);
    expect(await feedback()).toBe('已把 1 个文件上传到「宣传方案」的交付物。');
    expect(screen.getByTestId('deliverable-open').textContent).toBe('宣传方案.md (1 KB)');
    await waitFor(() =>
      expect(screen.getByTestId('deliverable-by').textContent).toBe(' 吴刚 上传于 2026-11-26 12:00'),
    );
    const [stored] = await readDeliverables(session.store, plan.id);
    const uploaded = (await taskHistory(session.store, plan.id)).filter((e) => e.key?.includes('/upload/'));
    expect(uploaded.map((e) => [e.key, e.actorUserIds, e.reason])).toEqual([
      [`${plan.id}/upload/${stored!.token}`, [personId('吴刚')], '宣传方案.md'],
    ]);

    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    fireEvent.click(screen.getByTestId('deliverable-open'));
    await waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    const url = opened.mock.calls[0]![0] as string;
    expect(await resolveObjectURL(url)?.text()).toBe('# 方案');
  });

  it("[EV17] a file put in a special task's own deliverables in the grid opens from its page, with its time", async () => {
    const local = await demoBase();
    const { session } = await asWu(local);
    const brand = session.data.tasks.find((t) => t.title === '品牌对外宣传')!;
    const [token] = await local.host.base.batchUploadFile([new File(['brief'], '简报.pdf')]);
    const fieldId = session.store.resolution.schema.tasks!.fields.deliverables!.id;
    const file = { name: '简报.pdf', size: 5, type: 'application/pdf', token: token!, timeStamp: TEST_NOW };
    local.editCell(session.store.table('tasks').id, brand.id, fieldId, [file]);
    render(
      <SessionProvider session={session} now={() => TEST_NOW} refresh={() => undefined}>
        <TaskPage taskId={brand.id} onBack={() => {}} />
      </SessionProvider>,
    );
    const open = await screen.findByTestId('deliverable-open');
    expect(open.textContent).toBe('简报.pdf (1 KB)');
    expect(screen.getByTestId('deliverable-by').textContent).toBe(' 上传于 2026-11-26 12:00');
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    fireEvent.click(open);
    await waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    expect(await resolveObjectURL(opened.mock.calls[0]![0] as string)?.text()).toBe('brief');
  });

  it('[EV17] a file the host cannot give an address for says so, naming the file', async () => {
    const local = await demoBase();
    const { session, plan } = await asWu(local);
    show(session, plan);
    choose([new File(['x'], 'a.txt')]);
    expect(await feedback()).toContain('上传到');
    local.uploads.clear(); // the host no longer knows the file
    vi.spyOn(window, 'open').mockReturnValue(null);
    fireEvent.click(await screen.findByTestId('deliverable-open'));
    expect((await screen.findByTestId('deliverable-failed')).textContent).toMatch(/^打不开「a.txt」：/);
  });

  it('[EV18] while an upload runs on the Base (from any page) the control is busy and takes no files', async () => {
    const local = await demoBase();
    const { session, plan } = await asWu(local);
    const base = session.store.host.base;
    const upload = base.batchUploadFile.bind(base);
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    base.batchUploadFile = async (files) => gate.then(() => upload(files));
    const elsewhere = uploadOneAtATime(base, [new File(['y'], 'another stage.txt')]);
    show(session, plan);
    const button = () => screen.getByTestId('stage-upload-button') as HTMLButtonElement;
    expect(button().textContent).toBe('正在上传…');
    expect(button().disabled).toBe(true);
    release();
    await elsewhere;
    await waitFor(() => expect(button().textContent).toBe('上传交付物'));
    expect(button().disabled).toBe(false);
  });

  it('[EV18] a failed upload offers a retry, which adds the files once', async () => {
    const local = await demoBase();
    const { session, plan } = await asWu(local);
    const base = session.store.host.base;
    const upload = base.batchUploadFile.bind(base);
    let uploads = 0;
    base.batchUploadFile = async (files) => {
      uploads += 1;
      if (uploads === 1) throw new Error('network down');
      return upload(files);
    };
    show(session, plan);
    choose([new File(['x'], 'a.txt')]);
    expect(await feedback()).toMatch(/^上传没有完成/);
    fireEvent.click(screen.getByTestId('stage-upload-retry'));
    expect(await feedback()).toBe('已把 1 个文件上传到「宣传方案」的交付物。');
    expect(uploads).toBe(2);
    expect((await readDeliverables(session.store, plan.id)).map((f) => f.name)).toEqual(['a.txt']);
    expect(screen.queryByTestId('stage-upload-retry')).toBeNull();
  });
});
