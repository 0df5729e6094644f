/** [EV14] Writing a comment: no change to the task, so the mentions are told and the history row follows them. */
import { comment, type CommentRefusal } from '../core/comment';
import type { Task } from '../core/model';
import type { BatonStore, CoreData } from '../store/batonStore';
import { carryOut } from './process';

export function addComment(
  store: BatonStore,
  data: CoreData,
  taskId: string,
  input: { text: string; mentionedMemberIds: string[] },
  actorUserId: string,
  now: number,
  retrying = false,
): Promise<{ ok: true; task: Task } | { ok: false; code: CommentRefusal }> {
  const decide = (task: Task) => comment(task, input, { ...data, actorUserId, now });
  return carryOut(store, data, taskId, actorUserId, now, decide, retrying);
}
