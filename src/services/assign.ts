/**
 * Sending an assignment (派单) in as few batched writes as the platform allows, safe to repeat:
 * 1. add the task and its stages as drafts, keyed by the draft (a retry finds what was added);
 * 2. keep one record per key (two senders racing agree on the smallest id);
 * 3. add the notices and the history event, each once by key;
 * 4. link parent and predecessors and set the real statuses, in one call: nothing half-made ever shows as
 *    assigned, and nothing shows as assigned before its owner has been told.
 * A failure leaves drafts that `sendAssignment(…, { resume: true })` finishes or `rollBack` removes.
 */
import {
  blocking,
  checkDraft,
  planAssignment,
  type AssignmentDraft,
  type AssignmentPlan,
  type DraftIssue,
} from '../core/assignment';
import { commandRefusal, type PermissionRefusal } from '../core/permissions';
import { fromTask } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';
import type { Clock } from './createTask';
import { keepOnePerKey, record } from './outbox';

/** Refused (nothing written): the draft breaks a rule (`invalid`, with its issues), or the actor may not send it. */
export type SendRefusal =
  { ok: false; code: 'invalid'; issues: DraftIssue[] } | { ok: false; code: PermissionRefusal; issues: [] };

export type SendResult = SendRefusal | { ok: true; taskId: string; plan: AssignmentPlan };

export async function sendAssignment(
  store: BatonStore,
  data: CoreData,
  draft: AssignmentDraft,
  actorUserId: string,
  clock: Clock,
  options: { resume?: boolean } = {},
): Promise<SendResult> {
  const refusal = commandRefusal(data, actorUserId, draft.mode === 'pool' ? 'publish' : 'assign');
  if (refusal) return { ok: false, code: refusal, issues: [] };
  const ctx = { ...data, todayStart: clock.todayStart };
  const issues = blocking(checkDraft(draft, ctx));
  if (issues.length > 0) return { ok: false, code: 'invalid', issues };
  const plan = planAssignment(draft, ctx, actorUserId, clock.now);
  const resume = options.resume ?? false;
  const { ids, raced } = await addDrafts(store, plan, resume);
  // Notices before the release, so a task never shows as assigned with its owner untold. On a first,
  // unraced send none can exist yet, so no lookup is needed.
  await record(store, plan.notices, plan.events, clock.now, ids, resume || raced);
  // Both racing senders looked before adding and found nothing: each now keeps one row per key.
  if (raced) await keepOnePerKey(store, plan.notices, plan.events);
  await linkAndRelease(store, plan, ids);
  return { ok: true, taskId: ids.get(plan.tasks[0]!.key)!, plan };
}

async function addDrafts(store: BatonStore, plan: AssignmentPlan, resume: boolean) {
  const keys = plan.tasks.map((p) => p.key);
  const added = await store.addKeyed(
    'tasks',
    'requestKey',
    plan.tasks.map((p) => fromTask(p.task)),
    resume,
  );
  const found = await store.findKeyed('tasks', 'requestKey', keys);
  // A read that lags the write it follows still has the ids the add returned.
  for (const [key, id] of added) if (!found.has(key)) found.set(key, [id]);
  const duplicates = [...found.values()].flatMap((recordIds) => recordIds.slice(1));
  if (duplicates.length > 0) await store.remove('tasks', duplicates).catch(() => undefined); // the other sender may delete them first
  const ids = new Map(
    keys.map((key) => [key, found.get(key)?.[0]]).filter((e): e is [string, string] => Boolean(e[1])),
  );
  return { ids, raced: duplicates.length > 0 };
}

async function linkAndRelease(
  store: BatonStore,
  plan: AssignmentPlan,
  ids: Map<string, string>,
): Promise<void> {
  await store.update(
    'tasks',
    plan.tasks.map((p) => ({
      id: ids.get(p.key)!,
      values: {
        parent: p.parentKey ? [ids.get(p.parentKey)!] : [],
        dependsOn: p.dependsOnKeys.map((k) => ids.get(k)!),
        status: p.finalStatus,
      },
    })),
  );
}

/** Removes everything a draft wrote: its tasks, notices and events, found by their keys. */
export async function rollBack(store: BatonStore, plan: AssignmentPlan): Promise<void> {
  const [tasks, notices, events] = await Promise.all([
    store.findKeyed(
      'tasks',
      'requestKey',
      plan.tasks.map((p) => p.key),
    ),
    store.findKeyed(
      'notifications',
      'key',
      plan.notices.map((n) => n.key),
    ),
    store.findKeyed(
      'taskEvents',
      'key',
      plan.events.map((e) => e.key),
    ),
  ]);
  const all = (m: Map<string, string[]>) => [...m.values()].flat();
  await Promise.all([
    store.remove('tasks', all(tasks)),
    store.remove('notifications', all(notices)),
    store.remove('taskEvents', all(events)),
  ]);
}
