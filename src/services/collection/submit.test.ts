import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/support/baseFixture';
import {
  collectionBase,
  DEADLINE,
  DESIGNER,
  DESIGNER_2,
  detect,
  HR,
  OUTSIDER,
  pdfFile,
  pngFile,
} from '../../../test/support/collectionFixture';
import { DAY, HOUR } from '../../core/time';
import { toNotice } from '../../schema/entities';
import { readCollections } from './collectionData';
import { closeDrive, publishDrive } from './publish';
import { reviewSubmission } from './review';
import { submitFiles } from './submit';

async function published(overrides = {}) {
  const base = await collectionBase();
  const result = await publishDrive(
    base.store,
    base.data,
    HR,
    { ...base.draft, ...overrides },
    'req',
    TEST_NOW,
  );
  if (!result.ok) throw new Error(`publish refused: ${result.refusal}`);
  const submit = (userId: string, files: File[], at = TEST_NOW + HOUR, rename = false) =>
    submitFiles(
      base.store,
      base.data,
      userId,
      { driveId: result.driveId, files, title: '', rename, detect },
      at,
    );
  const rows = async () => (await readCollections(base.store)).submissions;
  return { ...base, driveId: result.driveId, submit, rows };
}

describe('submitting to a drive', () => {
  it('[CD4] a real PDF is compliant; a PNG renamed .pdf is kept with its problem, and the fix is version 2', async () => {
    const d = await published();
    expect(await d.submit(DESIGNER, [pdfFile('poster.pdf')])).toMatchObject({ ok: true, problems: [] });
    const disguised = await d.submit(DESIGNER_2, [pngFile('logo.pdf')]);
    expect(disguised).toMatchObject({ ok: true, problems: [{ code: 'disguised', actual: 'png' }] });
    const fixed = await d.submit(DESIGNER_2, [pdfFile('logo.pdf')]);
    expect(fixed).toMatchObject({ ok: true, submission: { version: 2, compliant: true } });
    const rows = await d.rows();
    expect(rows.map((r) => [r.version, r.compliant])).toEqual([
      [1, true],
      [1, false],
      [2, true],
    ]);
    expect(rows[1]!.problems).toContain('PNG');
    expect(rows[0]!.files[0]).toMatchObject({ name: 'poster.pdf', detected: 'pdf' });
  });

  it('[CD4] the naming rule renames on request; an empty file and the same file twice are named', async () => {
    const d = await published({ namingRule: '{部门}-{姓名}-{标题}', maxFiles: 3 });
    const renamed = await d.submit(DESIGNER, [pdfFile('a.pdf')], TEST_NOW, true);
    expect(renamed).toMatchObject({ ok: true, problems: [] });
    expect((await d.rows())[0]!.files[0]!.name).toBe('设计部-何平-参赛作品.pdf');
    const empty = new File([], '设计部-林峰-参赛作品-1.pdf');
    const twice = [empty, pdfFile('设计部-林峰-参赛作品-2.pdf'), pdfFile('设计部-林峰-参赛作品-3.pdf')];
    const result = await d.submit(DESIGNER_2, twice);
    expect(result.ok && result.problems.map((p) => p.code)).toEqual(['empty', 'sameFile']);
  });

  it('[CD8] outsiders, too many files and a closed drive are refused before uploading; late is marked', async () => {
    const d = await published();
    expect(await d.submit(OUTSIDER, [pdfFile('x.pdf')])).toEqual({ ok: false, refusal: 'notAudience' });
    const many = Array.from({ length: 200 }, (_, i) => pdfFile(`${i}.pdf`));
    expect(await d.submit(DESIGNER, many)).toEqual({ ok: false, refusal: 'tooMany', max: 3 });
    expect(await d.submit(DESIGNER, [])).toEqual({ ok: false, refusal: 'noFiles' });
    expect(await d.submit(DESIGNER, [pdfFile('late.pdf')], DEADLINE + DAY)).toMatchObject({
      submission: { late: true },
    });
    await closeDrive(d.store, d.data, HR, d.driveId, DEADLINE + 2 * DAY);
    expect(await d.submit(DESIGNER, [pdfFile('x.pdf')], DEADLINE + 3 * DAY)).toEqual({
      ok: false,
      refusal: 'closed',
    });
    expect(d.local.calls.byMethod.batchUploadFile).toBe(1);
  });

  it('an upload that fails half way records nothing; the retry records one version', async () => {
    const d = await published();
    d.local.failures.failNext(1, 'before', { method: 'batchUploadFile' });
    await expect(d.submit(DESIGNER, [pdfFile('a.pdf')])).rejects.toBeDefined();
    expect(await d.rows()).toEqual([]);
    expect(await d.submit(DESIGNER, [pdfFile('a.pdf')])).toMatchObject({ ok: true });
    expect((await d.rows()).map((r) => r.version)).toEqual([1]);
  });

  it('two tabs submitting at once leave one row, never a duplicate', async () => {
    const d = await published();
    const both = await Promise.all([
      d.submit(DESIGNER, [pdfFile('a.pdf')]),
      d.submit(DESIGNER, [pdfFile('b.pdf')]),
    ]);
    expect(both.every((r) => r.ok)).toBe(true);
    const rows = await d.rows();
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(rows.length).toBeLessThanOrEqual(2);
  });

  it('the drive deleted in the grid while someone uploads: nothing is recorded', async () => {
    const d = await published();
    const upload = d.submit(DESIGNER, [pdfFile('a.pdf')]);
    await d.store.remove('collections', [d.driveId]);
    expect(await upload).toEqual({ ok: false, refusal: 'driveGone' });
    expect(await d.rows()).toEqual([]);
  });

  it('review: sending back needs a reason and tells the person once; only the organizer or the boss review', async () => {
    const d = await published();
    const sent = await d.submit(DESIGNER, [pdfFile('a.pdf')]);
    if (!sent.ok) throw new Error('submit refused');
    const id = sent.submission.id;
    const back = { accept: false as const, reason: '分辨率太低' };
    expect(await reviewSubmission(d.store, d.data, DESIGNER_2, id, back, TEST_NOW)).toEqual({
      ok: false,
      refusal: 'notAllowed',
    });
    expect(await reviewSubmission(d.store, d.data, HR, id, { accept: false, reason: ' ' }, TEST_NOW)).toEqual(
      {
        ok: false,
        refusal: 'reasonMissing',
      },
    );
    await reviewSubmission(d.store, d.data, HR, id, back, TEST_NOW);
    await reviewSubmission(d.store, d.data, HR, id, back, TEST_NOW);
    const told = (await d.store.readAll('notifications'))
      .map(toNotice)
      .filter((n) => n.key.includes('sentBack'));
    expect(told).toHaveLength(1);
    expect(told[0]!.message).toContain('分辨率太低');
    expect((await d.rows())[0]).toMatchObject({ review: 'rejected', reviewReason: '分辨率太低' });
    await reviewSubmission(d.store, d.data, HR, id, { accept: true }, TEST_NOW);
    expect((await d.rows())[0]).toMatchObject({ review: 'accepted', reviewReason: '' });
  });
});
