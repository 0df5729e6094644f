/**
 * The background work, as one ordered list of jobs run on the same data under the runner lease
 * (services/lease.ts): derive the statuses that follow from the graph, then escalate what waited too long on
 * the statuses as derived. An open sidebar runs it after every read (backgroundLive.ts); the automations run
 * it once with no sidebar open (`runOnce` below). A new job (a ledger, reminders, a digest) is one more entry
 * in `BACKGROUND_JOBS`.
 */
import { applyChanges } from '../core/cascade';
import type { BatonStore, CoreData } from '../store/batonStore';
import { unfinishedJob } from './assignUnfinished';
import { completeClaims } from './claim';
import { contestRepairJob } from './contestRepair';
import { digestJob } from './dashboardDigest';
import { backgroundHalt, holdForRelink, RELINK_SETTING, parseRelink, type Halt } from './backgroundGuard';
import { deadlinesJob } from './deadlines';
import { collectionJob } from './collection/collectionJob';
import { escalate } from './escalate';
import { invalidLease, LeaseKeeper, type Wait } from './lease';
import { removeDuplicates } from './outboxDuplicates';
import { tellUntold } from './outboxUntold';
import { cascade, type DerivationScope } from './process';
import { tableEditsJob } from './tableEdits';
import { remindOverdueCourses } from './training/reminders';
import { scoringJob } from './scoring/scoringJob';

/** What every job of a run sees, in the order of the list. */
export interface JobContext {
  store: BatonStore;
  /** As read, with what the jobs before this one changed (the statuses the cascade derived). */
  data: CoreData;
  /** One moment for the whole run: what the rules see. */
  now: number;
  /** Whose name the history shows for what the run writes. */
  actor: string;
  /** The tasks changed since the last run (all when left out), and the graph prepared for the tasks read. */
  scope: DerivationScope;
}

/** What a run did, added up over its jobs. */
export interface Tally {
  statuses: number;
  readyNotices: number;
  escalated: number;
}

export interface BackgroundJob {
  name: string;
  /** An open sidebar runs it at most this often; after every read when left out. The automations run it every time. */
  every?: number;
  run(context: JobContext): Promise<Partial<Tally>>;
}

export const ESCALATION_INTERVAL_MS = 5 * 60_000;

/** [C6] The statuses that follow from the graph; the jobs after it see them. */
export const cascadeJob: BackgroundJob = {
  name: 'cascade',
  async run(context) {
    const { store, data, actor, now, scope } = context;
    const derived = await cascade(store, data.tasks, actor, now, scope);
    if (derived.changes.length > 0)
      context.data = { ...data, tasks: applyChanges(data.tasks, derived.changes) };
    return { statuses: derived.changes.length, readyNotices: derived.notices.length };
  },
};

/** [E1]-[E3] Escalation, on the statuses as the jobs before it left them. */
export const escalationJob: BackgroundJob = {
  name: 'escalate',
  every: ESCALATION_INTERVAL_MS,
  run: async ({ store, data, now }) => ({ escalated: await escalate(store, data, now) }),
};

/** Two writers who both found a key missing both added it: once synced, one row per key is kept. */
export const duplicatesJob: BackgroundJob = {
  name: 'duplicates',
  every: ESCALATION_INTERVAL_MS,
  run: async ({ store, now }) => (await removeDuplicates(store, now), {}),
};

/**
 * [R7] A pool claim whose claimant gave up half way is completed for them (any other claimant does it at once);
 * the cascade derives from the claimed task on the next run.
 */
export const claimsJob: BackgroundJob = {
  name: 'claims',
  every: ESCALATION_INTERVAL_MS,
  async run(context) {
    const completed = await completeClaims(context.store, context.data, context.now);
    const byId = new Map(completed.map((t) => [t.id, t]));
    if (byId.size > 0)
      context.data = { ...context.data, tasks: context.data.tasks.map((t) => byId.get(t.id) ?? t) };
    return { statuses: completed.length };
  },
};

/** [X6] Outcomes whose notices a closed sidebar never wrote are told, under their own keys. */
export const untoldJob: BackgroundJob = {
  name: 'untold',
  every: ESCALATION_INTERVAL_MS,
  run: async ({ store, data, now }) => (await tellUntold(store, data, now), {}),
};

/** [TR9] Overdue required courses: the member, then their head, each told once. */
export const courseRemindersJob: BackgroundJob = {
  name: 'courseReminders',
  every: ESCALATION_INTERVAL_MS,
  run: async ({ store, data, now }) => (await remindOverdueCourses(store, data, now), {}),
};

/** Every job, in the order they run. */
export const BACKGROUND_JOBS: readonly BackgroundJob[] = [
  tableEditsJob,
  contestRepairJob,
  cascadeJob,
  escalationJob,
  deadlinesJob,
  unfinishedJob,
  claimsJob,
  untoldJob,
  collectionJob,
  courseRemindersJob,
  duplicatesJob,
  digestJob,
  scoringJob,
];

export type JobsOutcome = { ran: string[]; tally: Tally; stopped: boolean };

/**
 * Runs `jobs` in order on one context. The lease is already held for the first; `keep` is asked before each
 * next one, and when it says the lease is gone the run stops: what is left is the new holder's.
 */
export async function runJobs(
  jobs: readonly BackgroundJob[],
  context: JobContext,
  keep: () => Promise<boolean>,
): Promise<JobsOutcome> {
  const tally: Tally = { statuses: 0, readyNotices: 0, escalated: 0 };
  const ran: string[] = [];
  for (const job of jobs) {
    if (ran.length > 0 && !(await keep())) return { ran, tally, stopped: true };
    const counts = await job.run(context);
    for (const key of Object.keys(counts) as (keyof Tally)[]) tally[key] += counts[key] ?? 0;
    ran.push(job.name);
  }
  return { ran, tally, stopped: false };
}

/**
 * [C7] Whether the jobs must not run on this store; a broken or recreated input not yet remembered in 设置 is
 * remembered, so that its repair keeps the work stopped until a person confirms.
 */
export async function haltOf(store: BatonStore): Promise<Halt | undefined> {
  const halt = backgroundHalt(store);
  const held = parseRelink(store.setting(RELINK_SETTING));
  if (halt && halt.fields.some((f) => !held.includes(f))) await holdForRelink(store, halt.fields);
  return halt;
}

export type OnceReport =
  | { outcome: 'busy' }
  | { outcome: 'halted'; halt: Halt }
  /** `invalidLease`: [X7] the lease found was too far ahead to obey; the run replaced it. */
  | ({ outcome: 'done'; invalidLease?: { holder: string; until: number } } & Tally);

/**
 * One run with no sidebar open: under its own holder, read everything, run the jobs, renewing the lease between
 * them (and stopping if someone took it over), and give the lease back at the end. `clock` is read for the
 * run's moment and again at every renewal.
 */
export async function runOnce(
  store: BatonStore,
  jobs: readonly BackgroundJob[],
  options: {
    holder: string;
    clock: () => number;
    leaseMs: number;
    actor: () => Promise<string>;
    wait?: Wait;
  },
): Promise<OnceReport> {
  const { holder, clock, leaseMs } = options;
  const now = clock();
  const halt = await haltOf(store);
  if (halt) return { outcome: 'halted', halt };
  // A margin as long as the lease: every renewal reads the lease, since another holder ends this run.
  const lease = new LeaseKeeper(holder, clock, { leaseMs, marginMs: leaseMs, wait: options.wait });
  const held = () => lease.hold(store);
  const invalid = await invalidLease(store, now, leaseMs);
  if (!(await held())) return { outcome: 'busy' };
  try {
    const [data, actor] = await Promise.all([store.loadCore(), options.actor()]);
    const outcome = await runJobs(jobs, { store, data, now, actor, scope: {} }, held);
    if (outcome.stopped) return { outcome: 'busy' };
    return { outcome: 'done', ...outcome.tally, ...(invalid ? { invalidLease: invalid } : {}) };
  } finally {
    await lease.release(store).catch(() => undefined);
  }
}
