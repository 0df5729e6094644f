import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ArchiveEntry } from '../../core/collection/archive';
import { translator } from '../../i18n/translate';
import { buildDriveZip, type ZipSources } from './driveZip';

const t = translator('zh-CN');
const entry = (person: string, entryName: string, token: string): ArchiveEntry => ({
  memberId: person,
  person,
  submissionId: `rec_${person}`,
  token,
  fileName: `${token}.pdf`,
  entryName,
});

/** A host where each token's address serves its bytes; listed tokens answer 404, `broken` has no address. */
function fakeSources(gone: string[] = []): ZipSources & { fetched: string[] } {
  const fetched: string[] = [];
  return {
    fetched,
    urlOf: (submissionId, token) =>
      token === 'broken'
        ? Promise.reject(new Error('attachment not found'))
        : Promise.resolve(`blob:${submissionId}/${token}`),
    fetch: (url) => {
      fetched.push(url);
      const token = url.split('/').at(-1)!;
      if (gone.includes(token)) return Promise.resolve(new Response('', { status: 404 }));
      return Promise.resolve(new Response(`%PDF-${token}`));
    },
  };
}

async function unpack(blob: Blob) {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('drive ZIP', () => {
  it('[CD14] fetches each file once, in order, and packs it under its entry name', async () => {
    const sources = fakeSources();
    const progress: string[] = [];
    const zip = await buildDriveZip(
      [entry('林峰', '设计部-林峰-参赛.pdf', 'a'), entry('何平', '设计部-何平-参赛.pdf', 'b')],
      sources,
      t,
      (done, total) => progress.push(`${done}/${total}`),
    );
    expect(sources.fetched).toEqual(['blob:rec_林峰/a', 'blob:rec_何平/b']);
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
    expect(zip.packed).toBe(2);
    expect(zip.missing).toEqual([]);
    expect(await unpack(zip.blob)).toEqual({
      '设计部-林峰-参赛.pdf': '%PDF-a',
      '设计部-何平-参赛.pdf': '%PDF-b',
    });
  });

  it('[CD14] a file that cannot be fetched is left out, listed with its person, and the ZIP says so', async () => {
    const zip = await buildDriveZip(
      [entry('林峰', 'a.pdf', 'a'), entry('何平', 'b.pdf', 'gone'), entry('程英', 'c.pdf', 'broken')],
      fakeSources(['gone']),
      t,
    );
    expect(zip.packed).toBe(1);
    expect(zip.missing).toEqual([
      { person: '何平', fileName: 'gone.pdf', reason: 'HTTP 404' },
      { person: '程英', fileName: 'broken.pdf', reason: 'attachment not found' },
    ]);
    const files = await unpack(zip.blob);
    expect(Object.keys(files).sort()).toEqual(['a.pdf', '缺失清单.txt']);
    expect(files['缺失清单.txt']).toContain('何平：gone.pdf（HTTP 404）');
    expect(files['缺失清单.txt']).toContain('程英：broken.pdf（attachment not found）');
  });

  it('[CD15] the missing list does not overwrite an entry that happens to share its name', async () => {
    const zip = await buildDriveZip(
      [entry('林峰', '缺失清单.txt', 'a'), entry('何平', 'b.pdf', 'gone')],
      fakeSources(['gone']),
      t,
    );
    const files = await unpack(zip.blob);
    expect(files['缺失清单.txt']).toBe('%PDF-a');
    expect(files['缺失清单 (2).txt']).toContain('何平');
  });
});
