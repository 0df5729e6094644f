/**
 * The background work that must happen with no sidebar open, as one run: derive the statuses that follow from
 * the graph (cascade) and escalate what waited too long (escalate), through the same services the sidebar
 * runs. It runs only when no open sidebar holds the runner lease, and gives the lease back when it ends.
 */
import type { BitableHost } from '../src/port/bitableBase';
import type { StatusChange } from '../src/core/cascade';
import type { Task } from '../src/core/model';
import type { TableKey } from '../src/schema/schemaTypes';
import { escalate } from '../src/services/escalate';
import { holdLease, releaseLease } from '../src/services/lease';
import { cascade } from '../src/services/process';
import { missingTables } from '../src/services/session';
import { BatonStore } from '../src/store/batonStore';
import type { RetryPolicy } from '../src/store/retry';

export const JOB_NAMES = ['cascade', 'escalate'] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** The lease holder name automations write into 设置 `runner`. */
export const AUTOMATIONS_HOLDER = 'automations';
/** Long enough for a run on a large Base; released at the end anyway. */
export const JOB_LEASE_MS = 5 * 60_000;

export type JobReport =
  | { outcome: 'notInstalled'; missing: TableKey[] }
  | { outcome: 'busy' }
  | { outcome: 'done'; statuses: number; readyNotices: number; escalated: number };

export async function runJobs(
  host: BitableHost,
  jobs: readonly JobName[],
  now: number,
  options: { retry?: RetryPolicy } = {},
): Promise<JobReport> {
  const store = await BatonStore.open(host, options);
  const missing = missingTables(store);
  if (missing.length > 0) return { outcome: 'notInstalled', missing };
  if (!(await holdLease(store, AUTOMATIONS_HOLDER, now, JOB_LEASE_MS))) return { outcome: 'busy' };
  try {
    const [data, actor] = await Promise.all([store.loadCore(), host.bridge.getUserId()]);
    const derived = jobs.includes('cascade')
      ? await cascade(store, data.tasks, actor, now)
      : { changes: [], notices: [] };
    // Escalation looks at the statuses as they are after the cascade.
    const tasks = withChanges(data.tasks, derived.changes);
    const escalated = jobs.includes('escalate') ? await escalate(store, { ...data, tasks }, now) : 0;
    return {
      outcome: 'done',
      statuses: derived.changes.length,
      readyNotices: derived.notices.length,
      escalated,
    };
  } finally {
    await releaseLease(store, AUTOMATIONS_HOLDER, now).catch(() => undefined);
  }
}

function withChanges(tasks: Task[], changes: StatusChange[]): Task[] {
  const byId = new Map(changes.map((c) => [c.taskId, c]));
  return tasks.map((t) => {
    const c = byId.get(t.id);
    return c ? { ...t, status: c.to, completedAt: c.completedAt ?? t.completedAt } : t;
  });
}
