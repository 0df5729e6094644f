import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/support/baseFixture';
import {
  collectionBase,
  DESIGNER,
  DESIGNER_2,
  detect,
  HR,
  OUTSIDER,
  pdfFile,
} from '../../../test/support/collectionFixture';
import type { LocalHost } from '../../local/localHost';
import { publishDrive } from '../../services/collection/publish';
import { submitFiles } from '../../services/collection/submit';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { CollectionScreen } from './CollectionScreen';
import { requestDrive } from './driveRequest';
import { MyDrivesCard } from './MyDrivesCard';

afterEach(cleanup);

async function sessionOf(local: LocalHost, userId: string): Promise<ReadySession> {
  local.setSession({ userId });
  return (await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } })) as ReadySession;
}

async function withDrive() {
  const base = await collectionBase();
  const result = await publishDrive(base.store, base.data, HR, base.draft, 'req', TEST_NOW);
  if (!result.ok) throw new Error('publish refused');
  const input = { driveId: result.driveId, files: [pdfFile('a.pdf')], title: '', rename: false, detect };
  await submitFiles(base.store, base.data, DESIGNER, input, TEST_NOW);
  return { ...base, driveId: result.driveId };
}

function showCard(session: ReadySession, opened: string[]) {
  render(
    <SessionProvider session={session} now={() => TEST_NOW}>
      <div data-testid="painted" />
      <MyDrivesCard onOpen={(id) => opened.push(id)} />
    </SessionProvider>,
  );
}

describe('MyDrivesCard', () => {
  it('[CD22] lists a drive I still owe with its deadline and opens its submit page', async () => {
    const { local, driveId } = await withDrive();
    const session = await sessionOf(local, DESIGNER_2);
    const opened: string[] = [];
    showCard(session, opened);
    const line = await screen.findByTestId('mywork-drive');
    expect(line.textContent).toContain('参赛作品');
    expect(line.textContent).toMatch(/截止|Due/);
    fireEvent.click(screen.getByText('参赛作品'));
    expect(opened).toEqual([driveId]);
    cleanup();
    requestDrive(opened[0]!);
    render(
      <SessionProvider session={session} now={() => TEST_NOW}>
        <CollectionScreen />
      </SessionProvider>,
    );
    await screen.findByTestId('collection-submit');
  });

  it('[CD22] shows nothing to whoever has submitted, or is not asked', async () => {
    const { local } = await withDrive();
    const pages = () => local.calls.byMethod.getRecordsByPage ?? 0;
    for (const user of [DESIGNER, OUTSIDER]) {
      const session = await sessionOf(local, user);
      const before = pages();
      showCard(session, []);
      await screen.findByTestId('painted');
      // The card has read 收集 and 提交 (a page each) and had its turn to render.
      await waitFor(() => expect(pages()).toBeGreaterThanOrEqual(before + 2));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(screen.queryByTestId('mywork-drives')).toBeNull();
      cleanup();
    }
  });
});
