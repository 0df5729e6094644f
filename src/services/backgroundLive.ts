/**
 * [C6] The background runner of an open sidebar: it follows the sidebar's reads and, after each, runs the
 * background jobs (background.ts) on what was read — if the sidebar can edit and holds the runner lease. After
 * a partial read it derives only from the changed tasks, on the graph kept from the previous read; after a
 * full read, or when the previous run did not run (another holder had the lease) or failed, it derives
 * everything, so nothing changed meanwhile is missed. The echo of its own writes is read back as one small read
 * and derives nothing more.
 */
import { prepareGraph, type Graph } from '../core/taskGraph';
import type { Task } from '../core/model';
import { BACKGROUND_JOBS, haltOf, runJobs, type BackgroundJob, type JobsOutcome } from './background';
import type { Halt } from './backgroundGuard';
import { DerivationBacklog } from './backgroundBacklog';
import { LEASE_MARGIN_MS, LEASE_MS, LeaseKeeper } from './lease';
import {
  noChanges,
  noteChange,
  refreshCore,
  type RecordChanges,
  type RecordEventKind,
  type Refreshed,
} from './refresh';
import { myNotices, type Session } from './session';
import { sidebarSettle, type Wait } from './settle';
import type { TableKey } from '../schema/schemaTypes';

type ReadySession = Extract<Session, { kind: 'ready' }>;

/** How often an open sidebar looks whether a job with an interval (escalation) is due. */
export const LIVE_TICK_MS = 60_000;

export type LiveRun =
  { outcome: 'idle' | 'refused' } | { outcome: 'halted'; halt: Halt } | ({ outcome: 'ran' } & JobsOutcome);

export interface LiveOptions {
  /** The lease holder: one per browser, so a reopened sidebar keeps its lease. */
  holder: string;
  clock: () => number;
  jobs?: readonly BackgroundJob[];
  /** [X1] The wait when taking the lease; the sidebar's settle wait unless given. */
  wait?: Wait;
}

export class LiveBackground {
  private changes = noChanges();
  // Set while a re-read is under way and left set when it fails: the changes it took are then read by a full
  // re-read next time.
  private behind = false;
  private readonly backlog = new DerivationBacklog();
  private latest: ReadySession | undefined;
  private graph: Graph | undefined;
  // Whether the previous run derived all it was handed: if not (another holder had the lease, or it failed),
  // the next one derives everything.
  private ranLast = false;
  /** The tasks after the last run's jobs, and the read they started from. */
  private after: { read: Task[]; tasks: Task[] } | undefined;
  private readonly lastRun = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly lease: LeaseKeeper;
  private readonly jobs: readonly BackgroundJob[];

  constructor(private readonly options: LiveOptions) {
    this.lease = new LeaseKeeper(options.holder, options.clock, {
      leaseMs: LEASE_MS,
      marginMs: LEASE_MARGIN_MS,
      wait: options.wait ?? sidebarSettle,
    });
    this.jobs = options.jobs ?? BACKGROUND_JOBS;
  }

  /** A record event: the next partial re-read reads what it names. */
  readonly note = (table: TableKey, kind: RecordEventKind, ids: string[]): void => {
    noteChange(this.changes, table, kind, ids);
  };

  /** Everything was read (the first read, after a field change or an action): the next run derives it all. */
  readAll(session: Session): void {
    this.backlog.add(undefined);
    this.latest = session.kind === 'ready' ? session : undefined;
  }

  /** Reads again what the events named (`partial`, unless a re-read failed since) or everything. */
  async reread(session: ReadySession, partial: boolean): Promise<ReadySession> {
    const seen = partial && !this.behind ? this.changes : undefined;
    this.changes = noChanges();
    this.behind = true;
    const { next, changedTaskIds } = await rereadSession(session, seen);
    this.behind = false;
    this.backlog.add(changedTaskIds);
    this.latest = next;
    return next;
  }

  /** Runs the jobs due on the latest read, after the runs before it. */
  run(): Promise<LiveRun> {
    const result = this.queue.then(() => this.runNow());
    this.queue = result.catch(() => undefined); // a failed run does not stop the ones behind it
    return result;
  }

  private async runNow(): Promise<LiveRun> {
    const session = this.latest;
    if (!session?.canEdit || session.viewer.kind !== 'member') return { outcome: 'idle' };
    const { store } = session;
    const pending = this.backlog.take();
    const continuous = this.ranLast;
    this.ranLast = false;
    const now = this.options.clock();
    // [C7] Stopped until the inputs are back and confirmed; then it derives everything (ranLast is false).
    const halt = await haltOf(store);
    if (halt) return { outcome: 'halted', halt };
    if (!(await this.lease.hold(store))) return { outcome: 'refused' };
    const read = session.data.tasks;
    // Statuses this runner derived and no read has brought back yet are the ones the jobs see.
    const tasks = this.after?.read === read ? this.after.tasks : read;
    this.graph = prepareGraph(tasks, this.graph);
    const changed = continuous ? pending : undefined;
    const context = {
      store,
      data: { ...session.data, tasks },
      now,
      actor: session.context.userId,
      scope: { changed, graph: this.graph },
    };
    const due = this.jobs.filter(
      (job) => !job.every || now >= (this.lastRun.get(job.name) ?? -Infinity) + job.every,
    );
    const outcome = await runJobs(due, context, () => this.lease.hold(store));
    for (const name of outcome.ran) this.lastRun.set(name, now);
    this.after = { read, tasks: context.data.tasks };
    this.ranLast = !outcome.stopped;
    return { outcome: 'ran', ...outcome };
  }
}

/** Everything again, or (with `changes`) only the records the host's events named. */
async function rereadSession(
  session: ReadySession,
  changes?: RecordChanges,
): Promise<{ next: ReadySession; changedTaskIds?: string[] }> {
  const { store } = session;
  const refreshed: Promise<Refreshed> = changes
    ? refreshCore(store, session.data, changes)
    : store.loadCore().then((data) => ({ data }));
  const notices =
    !changes || changes.tables.has('notifications')
      ? myNotices(store, session.context.userId)
      : session.notices;
  const [{ data, changedTaskIds }, mine] = await Promise.all([refreshed, notices]);
  return { next: { ...session, data, notices: mine }, changedTaskIds };
}
