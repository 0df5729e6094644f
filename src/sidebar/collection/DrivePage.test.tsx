import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/support/baseFixture';
import {
  collectionBase,
  DEADLINE,
  DESIGNER,
  DESIGNER_2,
  detect,
  HR,
  pdfFile,
} from '../../../test/support/collectionFixture';
import { DAY } from '../../core/time';
import type { LocalHost } from '../../local/localHost';
import { toNotice } from '../../schema/entities';
import { toDrive } from '../../schema/collectionEntities';
import { publishDrive } from '../../services/collection/publish';
import { submitFiles } from '../../services/collection/submit';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { formatDay } from '../shared/dayInput';
import { CollectionScreen } from './CollectionScreen';
import { extendedDeadline } from './ExtendControl';

afterEach(cleanup);

async function openPage(local: LocalHost) {
  local.setSession({ userId: HR });
  const session = (await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } })) as ReadySession;
  render(
    <SessionProvider session={session} now={() => TEST_NOW}>
      <CollectionScreen />
    </SessionProvider>,
  );
  fireEvent.click(await screen.findByTestId('collection-page-open'));
}

async function publishedWithOne() {
  const base = await collectionBase();
  const result = await publishDrive(base.store, base.data, HR, base.draft, 'req', TEST_NOW);
  if (!result.ok) throw new Error('publish refused');
  const input = { driveId: result.driveId, files: [pdfFile('a.pdf')], title: '', rename: false, detect };
  await submitFiles(base.store, base.data, DESIGNER, input, TEST_NOW);
  return base;
}

const extendedNotices = async (store: Awaited<ReturnType<typeof collectionBase>>['store']) =>
  (await store.readAll('notifications')).map(toNotice).filter((n) => n.key.includes(':extended:'));

describe('DrivePage extend', () => {
  it('[CD17] the organizer picks a later day; the drive moves and everyone still missing is told once', async () => {
    const { local, store } = await publishedWithOne();
    await openPage(local);
    const day = formatDay(DEADLINE + 3 * DAY);
    fireEvent.change(screen.getByTestId('collection-extend-day'), { target: { value: day } });
    fireEvent.click(screen.getByTestId('collection-extend'));
    await waitFor(() => expect(screen.getByTestId('collection-extend-outcome').textContent).toMatch(/15/));
    const drive = toDrive((await store.readAll('collections'))[0]!);
    expect(drive.deadline).toBe(extendedDeadline(day));
    const told = await extendedNotices(store);
    expect(told).toHaveLength(15);
    expect(told.some((n) => n.recipientUserIds.includes(DESIGNER))).toBe(false);
  });

  it('[CD17] a day before the current deadline is refused with its reason and nothing moves', async () => {
    const { local, store } = await publishedWithOne();
    await openPage(local);
    fireEvent.change(screen.getByTestId('collection-extend-day'), { target: { value: '2020-01-01' } });
    fireEvent.click(screen.getByTestId('collection-extend'));
    expect((await screen.findByTestId('collection-extend-outcome')).textContent).toMatch(
      /截止时间必须晚于现在|must be in the future/,
    );
    expect(toDrive((await store.readAll('collections'))[0]!).deadline).toBe(DEADLINE);
    expect(await extendedNotices(store)).toHaveLength(0);
  });
});

describe('DrivePage live', () => {
  it('[CD21] an upload made elsewhere shows on the open page, with one read for the burst', async () => {
    const { local, store, data } = await publishedWithOne();
    await openPage(local);
    expect(screen.getByTestId('collection-counts').textContent).toMatch(/1\s*\/\s*16/);
    const driveId = (await store.readAll('collections'))[0]!.id;
    const input = { driveId, files: [pdfFile('b.pdf')], title: '', rename: false, detect };
    await submitFiles(store, data, DESIGNER_2, input, TEST_NOW);
    await waitFor(() => expect(screen.getByTestId('collection-counts').textContent).toMatch(/2\s*\/\s*16/));
    // A burst: two rows changed in one write. The page reads both tables once (one page each), not per event.
    const pages = () => local.calls.byMethod.getRecordsByPage ?? 0;
    const before = pages();
    const rows = await store.readAll('submissions'); // one page
    await store.update(
      'submissions',
      rows.map((r) => ({ id: r.id, values: { problems: '分辨率太低' } })),
    );
    await waitFor(() => expect(screen.getAllByText('分辨率太低')).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The test's own read, then one re-read of 收集 and 提交 for the burst (one page each).
    expect(pages() - before).toBe(1 + 2);
  });
});
