/**
 * Acknowledge, decline and reassign: the task is re-read fresh from the Base before deciding (someone may have
 * changed it meanwhile), then its changes, one history event and the notices are written (`carryOut`). Claims
 * are in `claim.ts`.
 */
import type { Task } from '../core/model';
import { perform, type RefusalCode, type ResponsibilityAction } from '../core/responsibility';
import type { BatonStore, CoreData } from '../store/batonStore';
import { assignmentHistory, withAssignerTold } from './acknowledge';
import { carryOut } from './process';
import type { Wait } from './settle';

export type RespondResult = { ok: true; task: Task } | { ok: false; code: RefusalCode; by?: string };

export async function respond(
  store: BatonStore,
  data: CoreData,
  taskId: string,
  action: Exclude<ResponsibilityAction, { kind: 'claim' }>,
  actorUserId: string,
  now: number,
  seenResponsibleUserIds?: string[],
  retrying = false,
  wait?: Wait,
): Promise<RespondResult> {
  // [X12] Whoever assigned the task is told with the acknowledgement's other notices: read before deciding.
  const seen = data.tasks.find((t) => t.id === taskId);
  const history = action.kind === 'acknowledge' && seen ? await assignmentHistory(store, seen) : [];
  // An acknowledged stage goes back to the graph: the cascade derives what follows from it.
  const decide = (task: Task) =>
    withAssignerTold(
      perform(task, action, { ...data, actorUserId, now, seenResponsibleUserIds }),
      task,
      history,
      data,
      actorUserId,
    );
  return carryOut(store, data, taskId, actorUserId, now, decide, retrying, wait);
}
