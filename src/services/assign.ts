/**
 * Sending an assignment (派单) in as few batched writes as the platform allows, safe to repeat:
 * 0. [O2] check every row it will write against the live schema: a missing field writes nothing;
 * 1. add the task and its stages as drafts, keyed by the draft (a retry finds what was added);
 * 2. keep one record per key (two senders racing agree on the smallest id);
 * 3. [O1] link parent and predecessors and set the real statuses, in one call: nothing half-made ever shows
 *    as assigned, and no one is told of a task before it is released;
 * 4. add the notices and the history event, each once by key.
 * A failure before 3 leaves drafts that `sendAssignment(…, { resume: true })` finishes or `rollBack` removes
 * (and the background rolls back once they are old: see unfinishedSends.ts); a failure after 3 is finished by
 * the resume, which releases only what is still a draft.
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
import { STAGE_SKILL_SETTING, stageSkillRuleOf } from '../core/training/stageSkills';
import { fromTask } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';
import type { Clock } from './createTask';
import { keepOnePerKey, record, recordWrites } from './outbox';
import { owe, settle } from './outboxOwed';
import { SETTLE_MS, type Wait } from './settle';

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
  options: { resume?: boolean; wait?: Wait } = {},
): Promise<SendResult> {
  const refusal = commandRefusal(data, actorUserId, draft.mode === 'pool' ? 'publish' : 'assign');
  if (refusal) return { ok: false, code: refusal, issues: [] };
  const stageSkillRule = stageSkillRuleOf(store.setting(STAGE_SKILL_SETTING));
  const ctx = { ...data, todayStart: clock.todayStart, stageSkillRule };
  const issues = blocking(checkDraft(draft, ctx));
  if (issues.length > 0) return { ok: false, code: 'invalid', issues };
  const plan = planAssignment(draft, ctx, actorUserId, clock.now);
  const resume = options.resume ?? false;
  checkSendWrites(store, plan, clock.now);
  const { ids, raced } = await addDrafts(store, plan, resume, options.wait);
  const owedKey = `${plan.tasks[0]!.key}/told`;
  try {
    await linkAndRelease(store, plan, ids, resume || raced);
    // On a first, unraced send no notice can exist yet, so no lookup is needed.
    await record(store, plan.notices, plan.events, clock.now, ids, resume || raced, resume);
  } catch (error) {
    const { notices, events } = plan;
    owe(owedKey, { writes: releaseOf(plan, ids), notices, events, now: clock.now, ids });
    throw error;
  }
  settle(owedKey);
  // Both racing senders looked before adding and found nothing: each now keeps one row per key.
  if (raced) await keepOnePerKey(store, plan.notices, plan.events);
  return { ok: true, taskId: ids.get(plan.tasks[0]!.key)!, plan };
}

/** [O2] Every row of the send, encoded before the first write (links with stand-in ids: only the field counts). */
function checkSendWrites(store: BatonStore, plan: AssignmentPlan, now: number): void {
  const ids = new Map(plan.tasks.map((p) => [p.key, p.key]));
  store.checkWrites([
    { table: 'tasks', keyField: 'requestKey', rows: plan.tasks.map((p) => fromTask(p.task)) },
    { table: 'tasks', rows: releaseOf(plan, ids).map((r) => r.values) },
    ...recordWrites(store, plan.notices, plan.events, now, ids),
  ]);
}

async function addDrafts(store: BatonStore, plan: AssignmentPlan, resume: boolean, wait?: Wait) {
  const keys = plan.tasks.map((p) => p.key);
  const added = await store.addKeyed(
    'tasks',
    'requestKey',
    plan.tasks.map((p) => fromTask(p.task)),
    resume,
  );
  // [X4] Another sender's copy reaches this client only after a sync delay: wait for it before looking.
  if (wait) await wait(SETTLE_MS);
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

const releaseOf = (plan: AssignmentPlan, ids: Map<string, string>) =>
  plan.tasks.map((p) => ({
    id: ids.get(p.key)!,
    values: {
      parent: p.parentKey ? [ids.get(p.parentKey)!] : [],
      dependsOn: p.dependsOnKeys.map((k) => ids.get(k)!),
      status: p.finalStatus,
    },
  }));

/**
 * Links and releases the drafts in one call. A resumed send releases only what is still a draft: an earlier
 * attempt may have released the task, and its owner may have acted on it since.
 */
async function linkAndRelease(
  store: BatonStore,
  plan: AssignmentPlan,
  ids: Map<string, string>,
  resume: boolean,
): Promise<void> {
  let release = releaseOf(plan, ids);
  if (resume) {
    const current = await store.readByIds('tasks', [...ids.values()]);
    const drafts = new Set(current.filter((r) => r.values.status === 'draft').map((r) => r.id));
    release = release.filter((r) => drafts.has(r.id));
  }
  if (release.length > 0) await store.update('tasks', release);
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
