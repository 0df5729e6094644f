/**
 * Answers that come late: an add that the caller saw time out lands afterwards, after the retry looked its
 * keys up and found nothing. On every write path the retry still ends with each record once and no stray
 * draft.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { base, open, PATHS, visible, type Path } from '../../test/support/writePaths';
import type { LocalHost } from '../local/localHost';
import { HostError, HostErrorCode } from '../port/hostErrors';
import { toTask } from '../schema/entities';

/**
 * The `nth` add (counting adds only; none when 0) answers with a timeout but lands later: right after the next
 * add lands, that is after the key lookup that preceded that add.
 */
function lateAdd(local: LocalHost, nth: number) {
  const call = local.call.bind(local);
  let adds = 0;
  let late: (() => Promise<unknown>) | undefined;
  const landLate = async () => {
    const land = late;
    late = undefined;
    await land?.();
  };
  local.call = ((method, tableId, records, run) => {
    if (method !== 'addRecords') return call(method, tableId, records, run);
    adds += 1;
    if (adds !== nth) return call(method, tableId, records, run).finally(landLate);
    late = () => call(method, tableId, records, run).catch(() => undefined);
    return Promise.reject(new HostError(HostErrorCode.Timeout, 'no answer in time (simulated)'));
  }) as LocalHost['call'];
  return { adds: () => adds, pending: () => late !== undefined };
}

async function drafts(local: LocalHost) {
  const { store } = await open(local, 3);
  return (await store.readAll('tasks')).map(toTask).filter((t) => t.status === 'draft').length;
}

async function cleanRun(prepare: Path[1]) {
  const local = await base();
  const act = await prepare(local);
  const counter = lateAdd(local, 0);
  expect((await act(false)).ok).toBe(true);
  return { adds: counter.adds(), end: await visible((await open(local, 3)).store) };
}

const figures = { paths: 0, runs: 0 };
afterAll(() =>
  console.info(`[late answers] ${figures.runs} runs on ${figures.paths} write paths, every record once`),
);

describe.each(PATHS)('late answer: %s', (_name, prepare) => {
  it(
    '[O5] an add landing after its retry looked the keys up leaves every record once',
    { timeout: 60_000 },
    async () => {
      const clean = await cleanRun(prepare);
      expect(clean.adds).toBeGreaterThan(0);
      for (let nth = 1; nth <= clean.adds; nth++) {
        const local = await base();
        const act = await prepare(local);
        const reader = (await open(local, 3)).store;
        const late = lateAdd(local, nth);
        let ok = await act(false).then(
          (r) => r.ok,
          () => false,
        );
        for (let attempt = 0; !ok && attempt < 3; attempt++) ok = (await act(true)).ok;
        const where = `add ${nth} late`;
        expect({ where, ok, pending: late.pending() }).toEqual({ where, ok: true, pending: false });
        expect({ where, drafts: await drafts(local), ...(await visible(reader)) }).toEqual({
          where,
          drafts: 0,
          ...clean.end,
        });
        figures.runs += 1;
      }
      figures.paths += 1;
    },
  );
});
