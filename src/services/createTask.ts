/**
 * The quick "new task" use case: the quick form's draft (a preset of the assignment draft, [T1]-[T5]) sent
 * like any assignment — one task, no stages — so its owner is notified and the history records it, once per
 * request key.
 */
import { taskKeyOf } from '../core/assignment';
import type { Task } from '../core/model';
import { commandRefusal } from '../core/permissions';
import { quickDraft, type QuickTaskInput } from '../core/quickTask';
import type { BatonStore, CoreData } from '../store/batonStore';
import { sendAssignment, type SendRefusal } from './assign';

export interface Clock {
  now: number;
  /** Start of the user's current day. */
  todayStart: number;
}

export type CreateTaskResult = { ok: true; task: Task } | SendRefusal;

export async function createTask(
  store: BatonStore,
  data: CoreData,
  input: QuickTaskInput,
  clock: Clock,
  requestKey: string,
  /** The same request failed before: it may have been written all the same, so look first. */
  retrying: boolean,
  actorUserId: string,
): Promise<CreateTaskResult> {
  const refusal = commandRefusal(data, actorUserId, 'quickCreate');
  if (refusal) return { ok: false, code: refusal, issues: [] };
  // A finished send of this request: nothing to do. A draft left by a failed send is finished below, and
  // so are the notices of a retried send that failed after the release.
  const existing = data.tasks.find((t) => t.requestKey === taskKeyOf(requestKey));
  if (existing && existing.status !== 'draft' && !retrying) return { ok: true, task: existing };
  const draft = quickDraft(input, requestKey, data);
  const sent = await sendAssignment(store, data, draft, actorUserId, clock, {
    resume: retrying || existing !== undefined,
  });
  if (!sent.ok) return sent;
  const [planned] = sent.plan.tasks;
  return { ok: true, task: { ...planned!.task, status: planned!.finalStatus, id: sent.taskId } };
}
