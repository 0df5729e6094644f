import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/support/baseFixture';
import {
  collectionBase,
  DESIGNER,
  detect,
  HR,
  pdfFile,
  pngFile,
} from '../../../test/support/collectionFixture';
import { submitFiles } from '../../services/collection/submit';
import type { LocalHost } from '../../local/localHost';
import { toNotice } from '../../schema/entities';
import { toDrive } from '../../schema/collectionEntities';
import { publishDrive } from '../../services/collection/publish';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { CollectionScreen } from './CollectionScreen';

afterEach(cleanup);

async function sessionOf(local: LocalHost, userId: string): Promise<ReadySession> {
  local.setSession({ userId });
  return (await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } })) as ReadySession;
}

function show(session: ReadySession) {
  render(
    <SessionProvider session={session} now={() => TEST_NOW}>
      <CollectionScreen />
    </SessionProvider>,
  );
}

async function published() {
  const base = await collectionBase();
  const result = await publishDrive(base.store, base.data, HR, base.draft, 'req', TEST_NOW);
  if (!result.ok) throw new Error('publish refused');
  return base;
}

const pick = (files: File[]) =>
  fireEvent.change(screen.getByTestId('collection-files'), { target: { files } });

describe('CollectionScreen', () => {
  it('[CD4] a designer sees the drive, is told before leaving why a PNG renamed .pdf is wrong, and fixes it', async () => {
    const { local } = await published();
    show(await sessionOf(local, DESIGNER));
    fireEvent.click(await screen.findByTestId('collection-submit-open'));
    pick([pngFile('logo.pdf')]);
    expect((await screen.findByTestId('collection-check-problems')).textContent).toContain('PNG');
    fireEvent.click(screen.getByTestId('collection-send'));
    await waitFor(() =>
      expect(screen.getByTestId('collection-submit-outcome').textContent).toMatch(/1 (个问题|problems)/),
    );
    pick([pdfFile('logo.pdf')]);
    await screen.findByTestId('collection-check-ok');
  });

  it('[CD12] the organizer sees the counts and sends one back with a reason; the person is told', async () => {
    const { local, store, data } = await published();
    const drive = (await store.readAll('collections'))[0]!;
    const input = { driveId: drive.id, files: [pdfFile('a.pdf')], title: '', rename: false, detect };
    await submitFiles(store, data, DESIGNER, input, TEST_NOW);
    show(await sessionOf(local, HR));
    fireEvent.click(await screen.findByTestId('collection-page-open'));
    expect(screen.getByTestId('collection-counts').textContent).toMatch(/1 \/ 16|1\s*\/\s*16/);
    const line = screen.getAllByTestId('collection-person').find((p) => p.textContent?.includes('何平'))!;
    fireEvent.change(within(line).getByTestId('collection-reason'), { target: { value: '分辨率太低' } });
    fireEvent.click(within(line).getByTestId('collection-send-back'));
    await waitFor(async () => {
      const told = (await store.readAll('notifications'))
        .map(toNotice)
        .filter((n) => n.key.includes('sentBack'));
      expect(told).toHaveLength(1);
    });
  });

  it('[CD1] the editor publishes the 参赛作品收集 template to 设计部 and 市场部', async () => {
    const { local, store } = await collectionBase();
    show(await sessionOf(local, HR));
    fireEvent.click(await screen.findByTestId('collection-new'));
    fireEvent.click(screen.getByTestId('collection-template'));
    fireEvent.click(screen.getByTestId('collection-publish'));
    await waitFor(() => expect(screen.getByTestId('collection-publish-outcome').textContent).toContain('16'));
    expect(await store.readAll('collections')).toHaveLength(1);
  });

  it('[CD23] the editor turns off the daily missing list; the drive keeps the at-deadline reminder', async () => {
    const { local, store } = await collectionBase();
    show(await sessionOf(local, HR));
    fireEvent.click(await screen.findByTestId('collection-new'));
    fireEvent.click(screen.getByTestId('collection-template'));
    fireEvent.click(screen.getByTestId('collection-daily-list'));
    fireEvent.click(screen.getByTestId('collection-publish'));
    await waitFor(() => expect(screen.getByTestId('collection-publish-outcome').textContent).toContain('16'));
    const drive = toDrive((await store.readAll('collections'))[0]!);
    expect(drive).toMatchObject({ dailyList: false, remindAtDeadline: true });
  });

  it('[CD1] a deadline in the past is refused with its reason and nothing is written', async () => {
    const { local, store } = await collectionBase();
    show(await sessionOf(local, HR));
    fireEvent.click(await screen.findByTestId('collection-new'));
    fireEvent.click(screen.getByTestId('collection-template'));
    fireEvent.change(screen.getByTestId('collection-input-deadline'), { target: { value: '2020-01-01' } });
    fireEvent.click(screen.getByTestId('collection-publish'));
    expect((await screen.findByTestId('collection-publish-outcome')).textContent).toMatch(
      /截止时间必须晚于现在|must be in the future/,
    );
    expect(await store.readAll('collections')).toHaveLength(0);
  });
});
