/**
 * [EV4] After an acknowledgement: tell whoever assigned the task, found in its history (a stage's in its
 * special task's). [X12] The notice is part of the acknowledgement's own write set (respond.ts), written after
 * the change and under the contest like its other notices, and found again by the background
 * (outboxUntold.ts) when the sidebar closed before telling. Keyed by task and round, so a retry adds nothing.
 */
import { acknowledgedNotices } from '../core/acknowledgement';
import type { Task, TaskEvent } from '../core/model';
import type { Org } from '../core/org';
import type { BatonStore } from '../store/batonStore';
import { taskHistory } from './inbox';
import type { Decision } from './process';

/** The history the assigner is found in: the task's own and its special task's. */
export async function assignmentHistory(store: BatonStore, task: Pick<Task, 'id' | 'parentId'>) {
  const ids = [task.id, ...(task.parentId ? [task.parentId] : [])];
  return (await Promise.all(ids.map((id) => taskHistory(store, id)))).flat();
}

/** An acknowledgement's decision with the assigner's notice added (any other decision as it is). */
export function withAssignerTold<Code>(
  decision: Decision<Code>,
  task: Task,
  history: TaskEvent[],
  org: Org,
  actorUserId: string,
): Decision<Code> {
  if (!decision.ok || decision.event.type !== 'acknowledged') return decision;
  const acknowledged = { ...task, ...decision.changes };
  const told = acknowledgedNotices(acknowledged, history, org, actorUserId);
  return { ...decision, notices: [...decision.notices, ...told] };
}
