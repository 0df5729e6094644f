/**
 * The background work that must happen with no sidebar open, as one run: derive the statuses that follow from
 * the graph (cascade) and escalate what waited too long (escalate), through the same services the sidebar
 * runs. It runs only when no open sidebar holds the runner lease, and gives the lease back when it ends.
 */
import { randomUUID } from 'node:crypto';
import type { BitableHost } from '../src/port/bitableBase';
import { applyChanges, type Derivation } from '../src/core/cascade';
import type { TableKey } from '../src/schema/schemaTypes';
import { escalate } from '../src/services/escalate';
import { holdLease, LEASE_MS, releaseLease } from '../src/services/lease';
import { cascade } from '../src/services/process';
import { missingTables } from '../src/services/session';
import { BatonStore } from '../src/store/batonStore';
import type { RetryPolicy } from '../src/store/retry';

export const JOB_NAMES = ['cascade', 'escalate'] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** The start of the lease holder name each run writes into 设置 `runner`. */
export const AUTOMATIONS_HOLDER = 'automations';
/** As long as a sidebar's lease, renewed between the jobs and released at the end. */
export const JOB_LEASE_MS = LEASE_MS;

export type JobReport =
  | { outcome: 'notInstalled'; missing: TableKey[] }
  | { outcome: 'noAccess' }
  | { outcome: 'busy' }
  | { outcome: 'done'; statuses: number; readyNotices: number; escalated: number };

/** `clock` is read once for the run's "now" (what the rules see) and again to renew the lease between jobs. */
export async function runJobs(
  host: BitableHost,
  jobs: readonly JobName[],
  clock: () => number,
  options: { retry?: RetryPolicy } = {},
): Promise<JobReport> {
  const now = clock();
  const store = await BatonStore.open(host, options);
  const missing = missingTables(store);
  if (missing.length > 0) return { outcome: 'notInstalled', missing };
  // An installed Base always has rows in 设置; none read means the app may not read them (advanced permissions).
  if (store.settingsRows.length === 0) return { outcome: 'noAccess' };
  // Each run its own holder: a run started while the previous one is still going is refused like a sidebar.
  const holder = `${AUTOMATIONS_HOLDER}:${randomUUID()}`;
  if (!(await holdLease(store, holder, now, JOB_LEASE_MS))) return { outcome: 'busy' };
  try {
    const [data, actor] = await Promise.all([store.loadCore(), host.bridge.getUserId()]);
    const derived = jobs.includes('cascade')
      ? await cascade(store, data.tasks, actor, now)
      : { changes: [], notices: [] };
    if (!jobs.includes('escalate')) return report(derived, 0);
    // Renewed between the jobs: if someone else took over meanwhile, the escalation is theirs.
    if (!(await holdLease(store, holder, clock(), JOB_LEASE_MS))) return { outcome: 'busy' };
    // Escalation looks at the statuses as they are after the cascade.
    const tasks = applyChanges(data.tasks, derived.changes);
    return report(derived, await escalate(store, { ...data, tasks }, now));
  } finally {
    await releaseLease(store, holder, clock()).catch(() => undefined);
  }
}

function report(derived: Derivation, escalated: number): JobReport {
  return {
    outcome: 'done',
    statuses: derived.changes.length,
    readyNotices: derived.notices.length,
    escalated,
  };
}
