/**
 * Every write path, with a failure injected at each of its calls in turn (before the host applies it, or
 * after, the answer lost): a user who gives up after the first failure leaves no notice or history for a
 * change that did not land; a user who retries (same moment, as the command runner retries) ends with the
 * Base a clean run leaves, every record exactly once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { AT, base, HE, open, PATHS, sent, visible, type Path } from '../../test/support/writePaths';
import type { FailureTiming } from '../local/failureInjector';
import type { LocalHost } from '../local/localHost';
import { respond } from './respond';

/** Fails the `nth` call of the action (counting every call) at `timing`; counts calls when `nth` is 0. */
function failAt(local: LocalHost, nth: number, timing: FailureTiming) {
  let calls = 0;
  local.failures.draw = () => (++calls === nth ? timing : undefined);
  return { calls: () => calls };
}

async function cleanRun(prepare: Path[1]) {
  const local = await base();
  const act = await prepare(local);
  const counter = failAt(local, 0, 'before');
  expect((await act(false)).ok).toBe(true);
  return { calls: counter.calls(), end: await visible((await open(local, 3)).store) };
}

const figures = { runs: 0, gaveUpUnlanded: 0 };
afterAll(() =>
  console.info(
    `[write order] ${figures.runs} runs failing one call each, retried to every record once; ` +
      `${figures.gaveUpUnlanded} given up before the change landed, nobody told`,
  ),
);

describe.each(PATHS)('write order: %s', (_name, prepare, nudge) => {
  it(
    '[O1] [O3] a failure at any call: given up, nobody is told of a change that did not land; retried, all once',
    { timeout: 60_000 },
    async () => {
      const clean = await cleanRun(prepare);
      expect(clean.calls).toBeGreaterThan(1);
      for (let nth = 1; nth <= clean.calls; nth++) {
        for (const timing of ['before', 'after'] as const) {
          const local = await base();
          const act = await prepare(local);
          const reader = (await open(local, 3)).store;
          const before = await visible(reader);
          failAt(local, nth, timing);
          const first = await act(false).then(
            (r) => r.ok,
            () => false,
          );
          local.failures.draw = () => undefined;
          const gaveUp = await visible(reader);
          const where = `call ${nth} failing ${timing}`;
          const landed = JSON.stringify(nudge ? gaveUp.notices : gaveUp.state);
          if (landed === JSON.stringify(nudge ? before.notices : before.state)) {
            figures.gaveUpUnlanded += 1;
            expect({ where, notices: gaveUp.notices, events: gaveUp.events }).toEqual({
              where,
              notices: before.notices,
              events: before.events,
            });
          }
          let ok = first;
          for (let attempt = 0; !ok && attempt < 3; attempt++) ok = (await act(true)).ok;
          expect({ where, ok }).toEqual({ where, ok: true });
          expect({ where, ...(await visible(reader)) }).toEqual({ where, ...clean.end });
          figures.runs += 1;
        }
      }
    },
  );
});

describe('[O2] a write set that cannot encode writes nothing', () => {
  async function withoutField(field: 'status' | 'acknowledgedAt') {
    const local = await base();
    const id = await sent(local, 'assign');
    const setup = await open(local, 3);
    const tasks = setup.store.table('tasks');
    local.deleteField(tasks.id, tasks.fields[field]!.id);
    const { store, data } = await open(local);
    const writes = () =>
      ['addRecords', 'setRecords', 'deleteRecords'].reduce((n, m) => n + (local.calls.byMethod[m] ?? 0), 0);
    return { local, store, data, id, writes };
  }

  it.each([
    ['status', { kind: 'decline', reason: '排期冲突' }],
    ['acknowledgedAt', { kind: 'acknowledge' }],
  ] as const)('with 任务.%s deleted, %o is refused by the schema before any write', async (field, action) => {
    const d = await withoutField(field);
    const writesBefore = d.writes();
    await expect(respond(d.store, d.data, d.id, action, HE, AT)).rejects.toMatchObject({
      name: 'SchemaError',
      code: 'fieldMissing',
      detail: { table: 'tasks', field },
    });
    expect(d.writes()).toBe(writesBefore);
  });
});
