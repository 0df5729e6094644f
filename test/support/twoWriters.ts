/**
 * Two writers at once, as two Feishu users' sidebars are: each on its own replica of one local Base, hearing
 * the other's writes only after a seeded sync delay, optionally on a flaky network, each retrying as the
 * command runner retries. After both are done, everything syncs and the automation runs once; then both
 * replicas must read one outcome, with no notice twice and no notice that the final Base contradicts.
 */
import { TEST_NOW } from './baseFixture';
import { base, type ReadySession } from './writePaths';
import { DAY, HOUR } from '../../src/core/time';
import type { LocalHost } from '../../src/local/localHost';
import type { LocalReplica } from '../../src/local/replica';
import type { BitableHost } from '../../src/port/bitableBase';
import { toNotice, toTask } from '../../src/schema/entities';
import type { BatonStore } from '../../src/store/batonStore';
import { BACKGROUND_JOBS, runOnce } from '../../src/services/background';
import { openSession } from '../../src/services/session';
import type { Notice, Task } from '../../src/core/model';

/** A seeded run: the sync delay and, under faults, each replica's failure draws follow from the seed. */
export interface RunPlan {
  seed: number;
  faults: boolean;
}

export const syncDelayOf = (seed: number) => 200 + ((seed * 397) % 1300);

export async function openOn(host: BitableHost, attempts = 1): Promise<ReadySession> {
  const session = await openSession(host, { retry: { attempts, backoffMs: 0 } });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  return session;
}

/** One side's action: `retrying` after a failure, as the command runner retries at the same moment. */
export type Act = (retrying: boolean) => Promise<unknown>;

/** Runs an action as the sidebar does: the first attempt, then up to three retries after a failure. */
async function asTheUiDoes(act: Act): Promise<boolean> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const ok = await act(attempt > 0).then(
      () => true,
      () => false,
    );
    if (ok) return true;
  }
  return false;
}

export interface Sides {
  local: LocalHost;
  a: ReadySession;
  b: ReadySession;
  replicas: [LocalReplica, LocalReplica];
}

/**
 * Prepares the Base without failures and delay, opens a sidebar on each replica, then runs both sides at
 * once. Returns what each side's last attempt answered (its belief) and whether it ended without an error.
 */
export async function race<T>(
  plan: RunPlan,
  prepare: (local: LocalHost) => Promise<void>,
  sides: (s: Sides) => [(retrying: boolean) => Promise<T>, (retrying: boolean) => Promise<T>],
) {
  const local = await base();
  await prepare(local);
  await local.sync();
  const delay = syncDelayOf(plan.seed);
  const replicas: [LocalReplica, LocalReplica] = [
    local.replica({ syncDelayMs: delay }),
    local.replica({ syncDelayMs: delay }),
  ];
  const [a, b] = await Promise.all(replicas.map((r) => openOn(r.host)));
  if (plan.faults)
    replicas.forEach((r, i) => r.failures.failRate(0.2, i === 0 ? 'after' : 'before', plan.seed * 7 + i));
  const [actA, actB] = sides({ local, a: a!, b: b!, replicas });
  const answers: (T | undefined)[] = [undefined, undefined];
  const ended = await Promise.all(
    [actA, actB].map((act, i) =>
      asTheUiDoes(async (r) => {
        answers[i] = await act(r);
      }),
    ),
  );
  replicas.forEach((r) => r.failures.clear());
  await local.sync();
  return { local, replicas, answers, ended };
}

/** After the race: sync, one automation run (once a lease a failed release left has run out), sync again. */
export async function settle(local: LocalHost, at = TEST_NOW + 3 * HOUR) {
  await local.sync();
  const { store } = await openOn(local.host, 3);
  const report = await runOnce(store, BACKGROUND_JOBS, {
    holder: 'automations:check',
    clock: () => at,
    leaseMs: 10 * 60_000,
    actor: async () => 'automations',
  });
  await local.sync();
  return report;
}

/** What a replica reads once synced: tasks, notices, history. */
export async function readAll(store: BatonStore) {
  const [tasks, notices, events] = await Promise.all([
    store.readAll('tasks'),
    store.readAll('notifications'),
    store.readAll('taskEvents'),
  ]);
  return {
    tasks: tasks.map(toTask),
    notices: notices.map(toNotice),
    eventKeys: events.map((e) => e.values.key),
  };
}

/** The outcome as every reader must see it alike: tasks' states, notice and history keys (ids left out). */
export function outcome(read: Awaited<ReturnType<typeof readAll>>) {
  return {
    tasks: read.tasks
      .map((t) => JSON.stringify([t.requestKey ?? t.title, t.status, t.responsibleUserIds, t.acknowledgedAt]))
      .sort(),
    notices: read.notices.map((n) => n.key).sort(),
    events: read.eventKeys.map(String).sort(),
  };
}

/** Notices that repeat another: by key, or by meaning (same kind, recipient, task and words). */
export function duplicates(notices: Notice[]): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const n of notices) {
    for (const id of [
      `key:${n.key}`,
      `meaning:${n.type}|${n.recipientUserIds.join()}|${n.taskId}|${n.message}`,
    ]) {
      if (seen.has(id)) twice.push(id);
      seen.add(id);
    }
  }
  return twice;
}

/** The figures of one scenario, printed for the note. */
export function figure(name: string, runs: number, failures: number) {
  const rate = (((runs - failures) / runs) * 100).toFixed(0);
  console.info(`[concurrency] ${name}: ${runs - failures}/${runs} converged (${rate}%)`);
}

export const byTitle = (tasks: Task[], title: string) => tasks.find((t) => t.title === title)!;
export const LATER = TEST_NOW + 3 * DAY;
