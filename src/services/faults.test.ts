/**
 * A single writer on a flaky network: every write path, with 10%, 30% and 50% of the host's calls failing
 * (seeded; before the host applies them or after, the answer lost), run as the sidebar runs it (its store
 * retrying a call three times, the person retrying the action up to three times), then one background run.
 * A run that ends done leaves every record exactly once, as a clean run does. A person who gives up (after the
 * first failure, or after the last retry) leaves no notice or history for a change that did not land, and no
 * duplicate. [X12] A person who gives up after the first failure and closes the sidebar takes what it owed from
 * memory with it: one background run in a fresh process then leaves every record once (the change landed) or
 * none (it did not). Each rate prints its figures.
 */
import { describe, expect, it } from 'vitest';
import { AT, base, open, PATHS, visible, type Path } from '../../test/support/writePaths';
import { emptyBase } from '../../test/support/baseFixture';
import { HOUR } from '../core/time';
import type { LocalHost } from '../local/localHost';
import { BatonStore } from '../store/batonStore';
import { BACKGROUND_JOBS, runOnce } from './background';
import { payOwed } from './outboxOwed';

const RATES = [0.1, 0.3, 0.5];
const SEEDS = [1, 2, 3, 4];
const RUNS_TIMEOUT_MS = 180_000;
type Seen = Awaited<ReturnType<typeof visible>>;

async function backgroundRun(local: LocalHost) {
  const { store } = await open(local, 3);
  await runOnce(store, BACKGROUND_JOBS, {
    holder: 'automations:faults',
    clock: () => AT + HOUR,
    leaseMs: 10 * 60_000,
    actor: async () => 'automations',
  });
  return visible(store);
}

/** Each run is a new sidebar: what an earlier run's sidebar owed from memory is gone with it. */
async function forgetOwed() {
  const empty = await BatonStore.open(emptyBase().host).catch(() => undefined);
  if (empty) await payOwed(empty, Number.MAX_SAFE_INTEGER).catch(() => undefined);
}

async function cleanEnd(prepare: Path[1]) {
  const local = await base();
  expect((await (await prepare(local))(false)).ok).toBe(true);
  return backgroundRun(local);
}

const twice = (keys: (string | undefined)[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

/**
 * What a given-up run may not leave: duplicates, or notices and history of a change that did not land (a
 * nudge changes no task: its notices are its change, and its history may not come without them).
 */
function untrue(before: Seen, after: Seen, nudge = false): string[] {
  const dup = [...twice(after.notices), ...twice(after.events)].map((k) => `twice: ${k}`);
  const changed = nudge ? after.notices : after.state;
  if (JSON.stringify(changed) !== JSON.stringify(nudge ? before.notices : before.state)) return dup;
  const told = after.notices.filter((k) => !before.notices.includes(k));
  const history = after.events.filter((k) => !before.events.includes(k));
  return [...dup, ...[...told, ...history].map((k) => `told of a change that did not land: ${k}`)];
}

async function run([, prepare, nudge]: Path, rate: number, seed: number, retries: number) {
  await forgetOwed();
  const local = await base();
  // The sidebar's store tries each call three times.
  const act = await prepare(local, 3);
  const reader = (await open(local, 3)).store;
  const before = await visible(reader);
  local.failures.failRate(rate, seed % 2 ? 'after' : 'before', seed * 101 + Math.round(rate * 10));
  let done = false;
  for (let attempt = 0; attempt <= retries && !done; attempt++)
    done = await act(attempt > 0).then(
      (r) => r.ok,
      () => false,
    );
  local.failures.clear();
  const gaveUp = done ? [] : untrue(before, await visible(reader), nudge);
  return { done, gaveUp, after: await backgroundRun(local) };
}

describe.each(RATES)('a single writer with %s of calls failing', (rate) => {
  it(
    'done: every record once; given up: nobody told of a change that did not land',
    async () => {
      const figures = { runs: 0, done: 0, exact: 0, gaveUp: 0, gaveUpClean: 0 };
      const problems: string[] = [];
      for (const path of PATHS) {
        const [name, prepare] = path;
        const clean = await cleanEnd(prepare);
        for (const seed of SEEDS)
          for (const retries of [0, 3]) {
            const { done, gaveUp, after } = await run(path, rate, seed, retries);
            const where = `${name}, seed ${seed}, ${retries} retries`;
            figures.runs += 1;
            if (done) figures.done += 1;
            if (done && JSON.stringify(after) === JSON.stringify(clean)) figures.exact += 1;
            else if (done) problems.push(`${where}: done, but not every record once`);
            if (!done) figures.gaveUp += 1;
            if (!done && gaveUp.length === 0) figures.gaveUpClean += 1;
            problems.push(...gaveUp.map((p) => `${where}: ${p}`));
          }
      }
      console.info(
        `[faults] ${rate * 100}% failing: ${figures.runs} runs; ${figures.exact}/${figures.done} done with every ` +
          `record once; ${figures.gaveUpClean}/${figures.gaveUp} given up with nobody told of what did not land`,
      );
      expect(problems).toEqual([]);
      expect(figures.done).toBeGreaterThan(0);
    },
    RUNS_TIMEOUT_MS,
  );
});

/** What a Base where the person never acted shows after a background run. */
async function untouchedEnd(prepare: Path[1]) {
  const local = await base();
  await prepare(local);
  return backgroundRun(local);
}

/**
 * One attempt, each call tried `tries` times (the sidebar's store: 3; once, so that even the lowest rate fails
 * some); after a failure the sidebar closes, and what it owed from memory is gone with it.
 */
async function closedRun([, prepare]: Path, rate: number, seed: number, tries: number) {
  await forgetOwed();
  const local = await base();
  const act = await prepare(local, tries);
  local.failures.failRate(rate, seed % 2 ? 'after' : 'before', seed * 101 + Math.round(rate * 10));
  const done = await act(false).then(
    (r) => r.ok,
    () => false,
  );
  local.failures.clear();
  await forgetOwed();
  return { done, after: await backgroundRun(local) };
}

const CLOSED = RATES.flatMap((rate) => [1, 3].map((tries) => [rate, tries] as const));

describe.each(CLOSED)(
  '[X12] a sidebar closed after a failure, %s of calls failing, each tried %s×',
  (rate, tries) => {
    it(
      'one background run in a fresh process leaves every record once, or none',
      async () => {
        const figures = { runs: 0, failed: 0, landedTold: 0, notLanded: 0, unrecorded: 0 };
        const problems: string[] = [];
        for (const path of PATHS) {
          const [name, prepare] = path;
          const [clean, untouched] = [await cleanEnd(prepare), await untouchedEnd(prepare)];
          for (const seed of SEEDS) {
            const { done, after } = await closedRun(path, rate, seed, tries);
            figures.runs += 1;
            if (done) continue;
            figures.failed += 1;
            const same = (end: Seen) => JSON.stringify(after) === JSON.stringify(end);
            if (same(clean)) figures.landedTold += 1;
            else if (same(untouched)) figures.notLanded += 1;
            else if (unrecorded(after, clean, untouched)) figures.unrecorded += 1;
            else problems.push(`${name}, seed ${seed}: ${JSON.stringify(diff(after, clean, untouched))}`);
          }
        }
        console.info(
          `[faults] sidebar closed, ${rate * 100}% failing, each call tried ${tries}×: ${figures.runs} runs, ` +
            `${figures.failed} failed and ` +
            `closed: ${figures.landedTold} landed and told once by the background, ${figures.notLanded} left ` +
            `nothing, ${figures.unrecorded} landed with their history row lost (untold: the limit in [X13]); ` +
            `${problems.length} otherwise`,
        );
        expect(problems).toEqual([]);
        // The sidebar's store rides out most failures at the lowest rate; tried once, some always fail.
        if (tries === 1) expect(figures.failed).toBeGreaterThan(0);
      },
      RUNS_TIMEOUT_MS,
    );
  },
);

/**
 * [X13] The change landed but its history row did not (every attempt of that add failed): nothing in the record
 * says what happened, so nothing is told. Only such a run: the state is the clean run's, nothing is extra, and
 * the action's own history row is missing.
 */
function unrecorded(after: Seen, clean: Seen, untouched: Seen): boolean {
  const own = clean.events.filter((k) => !untouched.events.includes(k));
  const extra = diff(after, clean, untouched);
  const noneExtra = !extra.state.length && !extra.notices.length && !extra.events.length;
  const sameState = JSON.stringify(after.state) === JSON.stringify(clean.state);
  return sameState && noneExtra && own.some((k) => !after.events.includes(k));
}

/** What a run left that neither end has: for the message of a failing run. */
function diff(after: Seen, ...ends: Seen[]) {
  const list = (seen: Seen, k: keyof Seen): (string | undefined)[] => seen[k];
  const extra = (k: keyof Seen) => list(after, k).filter((x) => ends.every((e) => !list(e, k).includes(x)));
  const missing = (k: keyof Seen) => list(ends[0]!, k).filter((x) => !list(after, k).includes(x));
  return {
    state: extra('state'),
    notices: extra('notices'),
    events: extra('events'),
    missing: [...missing('notices'), ...missing('events')],
  };
}
