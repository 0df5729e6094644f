/**
 * The background work that must happen with no sidebar open, as one run of the jobs an open sidebar runs
 * (src/services/background.ts): it runs only when no open sidebar holds the runner lease, and gives the lease
 * back when it ends.
 */
import { randomUUID } from 'node:crypto';
import type { BitableHost } from '../src/port/bitableBase';
import type { TableKey } from '../src/schema/schemaTypes';
import { BACKGROUND_JOBS, runOnce, type OnceReport } from '../src/services/background';
import { LEASE_MS, type Wait } from '../src/services/lease';
import { missingTables } from '../src/services/session';
import { BatonStore } from '../src/store/batonStore';
import { DELIVER_JOB } from './deliver';
import type { RetryPolicy } from '../src/store/retry';

/** The sidebar's jobs, then the automations' own: delivering the outbox (deliver.ts), run apart from the lease. */
export const JOB_NAMES = [...BACKGROUND_JOBS.map((job) => job.name), DELIVER_JOB];

/** The start of the lease holder name each run writes into 设置 `runner`. */
export const AUTOMATIONS_HOLDER = 'automations';
/** As long as a sidebar's lease, renewed between the jobs and released at the end. */
export const JOB_LEASE_MS = LEASE_MS;

export type JobReport =
  { outcome: 'notInstalled'; missing: TableKey[] } | { outcome: 'noAccess' } | OnceReport;

/** `clock` is read once for the run's "now" (what the rules see) and again to renew the lease between jobs. */
export async function runJobs(
  host: BitableHost,
  jobs: readonly string[],
  clock: () => number,
  options: { retry?: RetryPolicy; wait?: Wait } = {},
): Promise<JobReport> {
  const store = await BatonStore.open(host, options);
  const missing = missingTables(store);
  if (missing.length > 0) return { outcome: 'notInstalled', missing };
  // An installed Base always has rows in 设置; none read means the app may not read them (advanced permissions).
  if (store.settingsRows.length === 0) return { outcome: 'noAccess' };
  return runOnce(
    store,
    BACKGROUND_JOBS.filter((job) => jobs.includes(job.name)),
    // Each run its own holder: a run started while the previous one is still going is refused like a sidebar.
    {
      holder: `${AUTOMATIONS_HOLDER}:${randomUUID()}`,
      clock,
      leaseMs: JOB_LEASE_MS,
      actor: () => host.bridge.getUserId(),
      wait: options.wait,
    },
  );
}
