import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../../../test/support/baseFixture';
import {
  collectionBase,
  DESIGNER,
  DESIGNER_2,
  detect,
  HR,
  pdfFile,
} from '../../../test/support/collectionFixture';
import { readCollections } from '../../services/collection/collectionData';
import { publishDrive } from '../../services/collection/publish';
import { submitFiles } from '../../services/collection/submit';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { ZipButton } from './ZipButton';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Two designers submitted to a drive without review; the organizer's session and the drive as read. */
async function twoSubmitted() {
  const base = await collectionBase();
  const draft = { ...base.draft, needsReview: false, namingRule: '{部门}-{姓名}' };
  const result = await publishDrive(base.store, base.data, HR, draft, 'req', TEST_NOW);
  if (!result.ok) throw new Error('publish refused');
  for (const [user, name] of [
    [DESIGNER, 'a.pdf'],
    [DESIGNER_2, 'b.pdf'],
  ] as const) {
    const input = { driveId: result.driveId, files: [pdfFile(name, user)], title: '', rename: true, detect };
    await submitFiles(base.store, base.data, user, input, TEST_NOW + 1000);
  }
  base.local.setSession({ userId: HR });
  const session = (await openSession(base.local.host, {
    retry: { attempts: 3, backoffMs: 0 },
  })) as ReadySession;
  const data = await readCollections(base.store);
  return { session, drive: data.drives[0]!, submissions: data.submissions };
}

describe('ZipButton', () => {
  it('[CD14] asks the host for each file, fetches it, and saves one ZIP named by the rule', async () => {
    const { session, drive, submissions } = await twoSubmitted();
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return `blob:baton/${saved.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const fetched: string[] = [];
    const fetchFile = (url: string) => (fetched.push(url), Promise.resolve(new Response('%PDF-1.4')));
    render(
      <SessionProvider session={session} now={() => TEST_NOW}>
        <ZipButton drive={drive} submissions={submissions} fetchFile={fetchFile} />
      </SessionProvider>,
    );
    fireEvent.click(screen.getByTestId('collection-zip'));
    await waitFor(() =>
      expect(screen.getByTestId('collection-zip-outcome').textContent).toContain('已打包 2 个文件'),
    );
    expect(fetched).toHaveLength(2);
    const zip = saved.find((b) => b.type === 'application/zip')!;
    const names = Object.keys(unzipSync(new Uint8Array(await zip.arrayBuffer())));
    expect(names.sort()).toEqual(['设计部-何平.pdf', '设计部-林峰.pdf']);
  });
});
