/**
 * [EV4] Whoever assigned a task is told when its owner acknowledges it: the actor of the latest assignment or
 * reassignment in the history (a stage's assignment is its special task's send), unless they acknowledged it
 * themselves.
 */
import type { Task, TaskEvent } from './model';
import type { NoticeDraft } from './notices';
import { memberOfUser, type Org } from './org';

/** The actor of the latest assignment or reassignment among these events. */
export function assignerOf(events: TaskEvent[]): string | undefined {
  const assignments = events.filter((e) => e.type === 'assigned' || e.type === 'reassigned');
  const at = (e: TaskEvent) => e.at ?? e.createdAt ?? 0;
  return [...assignments].sort((a, b) => at(b) - at(a))[0]?.actorUserIds[0];
}

export function acknowledgedNotices(
  task: Task,
  events: TaskEvent[],
  org: Org,
  actorUserId: string,
): NoticeDraft[] {
  const own = events.filter((e) => e.taskId === task.id);
  const assigner = assignerOf(own.some((e) => e.type === 'reassigned') ? own : events);
  if (!assigner || assigner === actorUserId) return [];
  const round = task.assignedAt ?? task.createdAt ?? 0;
  return [
    {
      key: `${task.id}/acknowledged/${round}/${assigner}`,
      type: 'acknowledged',
      recipientUserId: assigner,
      taskId: task.id,
      message: {
        key: 'notice.acknowledged',
        params: { title: task.title, actor: memberOfUser(org, actorUserId)?.name ?? '' },
      },
    },
  ];
}
