/**
 * The quick "new task" use case: the minimal form's rules ([T1]-[T5]), then sent like any assignment —
 * one task, no stages — so its owner is notified and the history records it, once per request key.
 */
import { taskKeyOf, type AssignmentDraft } from '../core/assignment';
import { validateNewTask, type NewTaskError, type NewTaskInput } from '../core/newTask';
import type { Task } from '../core/model';
import type { BatonStore, CoreData } from '../store/batonStore';
import { sendAssignment } from './assign';

export interface Clock {
  now: number;
  /** Start of the user's current day. */
  todayStart: number;
}

export type CreateTaskResult = { ok: true; task: Task } | { ok: false; errors: NewTaskError[] };

export async function createTask(
  store: BatonStore,
  data: CoreData,
  input: NewTaskInput,
  clock: Clock,
  requestKey: string,
  /** The same request failed before: it may have been written all the same, so look first. */
  retrying = false,
  actorUserId = '',
): Promise<CreateTaskResult> {
  const ctx = { departments: data.departments, members: data.members, todayStart: clock.todayStart };
  const errors = validateNewTask(input, ctx);
  if (errors.length > 0) return { ok: false, errors };
  // A finished send of this request: nothing to do. A draft left by a failed send is finished below.
  const existing = data.tasks.find((t) => t.requestKey === taskKeyOf(requestKey));
  if (existing && existing.status !== 'draft') return { ok: true, task: existing };
  const sent = await sendAssignment(store, data, quickDraft(input, requestKey, clock), actorUserId, clock, {
    resume: retrying || existing !== undefined,
  });
  if (!sent.ok) throw new Error(`quick task rejected: ${sent.issues.map((i) => i.code).join(', ')}`);
  return {
    ok: true,
    task: { ...sent.plan.tasks[0]!.task, status: sent.plan.tasks[0]!.finalStatus, id: sent.taskId },
  };
}

/** [T5] The quick form's task as a draft: no stages, no cooperation; any active member may own it. */
function quickDraft(input: NewTaskInput, requestKey: string, clock: Clock): AssignmentDraft {
  return {
    draftKey: requestKey,
    mode: 'assign',
    title: input.title,
    description: '',
    // Extra-duty points are for work outside one's job: the quick form does not ask, so it does not claim it.
    extraDuty: false,
    start: clock.todayStart,
    due: input.due,
    primaryDepartmentId: input.primaryDepartmentId,
    cooperation: [],
    responsibleMemberId: input.responsibleMemberId,
    outsiderConfirmed: true,
    stages: [],
    suggestedDepartmentIds: [],
  };
}
