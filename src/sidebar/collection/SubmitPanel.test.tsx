import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/support/baseFixture';
import { collectionBase, DESIGNER, HR, pdfFile } from '../../../test/support/collectionFixture';
import { publishDrive } from '../../services/collection/publish';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { CollectionScreen } from './CollectionScreen';

afterEach(cleanup);

/** Holds each upload until the test lets it go, so what the person sees meanwhile can be read. */
function heldUploads(base: { batchUploadFile: (files: File[]) => Promise<string[]> }) {
  const original = base.batchUploadFile.bind(base);
  const waiting: (() => void)[] = [];
  base.batchUploadFile = (files) =>
    new Promise<string[]>((resolve, reject) => waiting.push(() => original(files).then(resolve, reject)));
  return async () => {
    await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
    waiting.shift()!();
  };
}

describe('SubmitPanel upload progress', () => {
  it('[CD18] shows which file of how many is uploading, one at a time, and clears when done', async () => {
    const { local, store, data, draft } = await collectionBase();
    const published = await publishDrive(store, data, HR, draft, 'req', TEST_NOW);
    if (!published.ok) throw new Error('publish refused');
    local.setSession({ userId: DESIGNER });
    const release = heldUploads(local.host.base);
    const session = (await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } })) as ReadySession;
    render(
      <SessionProvider session={session} now={() => TEST_NOW}>
        <CollectionScreen />
      </SessionProvider>,
    );
    fireEvent.click(await screen.findByTestId('collection-submit-open'));
    fireEvent.change(screen.getByTestId('collection-files'), {
      target: { files: [pdfFile('a.pdf', 'one'), pdfFile('b.pdf', 'two')] },
    });
    await screen.findByTestId('collection-check-ok');
    fireEvent.click(screen.getByTestId('collection-send'));
    const progress = () => screen.getByTestId('collection-upload-progress').textContent;
    await waitFor(() => expect(progress()).toMatch(/正在上传 1\/2：a\.pdf|Uploading 1 of 2: a\.pdf/));
    await release();
    await waitFor(() => expect(progress()).toMatch(/正在上传 2\/2：b\.pdf|Uploading 2 of 2: b\.pdf/));
    await release();
    await screen.findByTestId('collection-submit-outcome');
    expect(screen.queryByTestId('collection-upload-progress')).toBeNull();
    expect(await store.readAll('submissions')).toHaveLength(1);
  });
});
