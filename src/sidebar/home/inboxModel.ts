/**
 * [SP6] Home as an inbox: first what waits on the viewer (to acknowledge, to review, to give a new owner), then
 * what is ready for them to start, then the rest of their tasks; within each part, stages sit under their
 * special task. Pure.
 */
import type { Task } from '../../core/model';
import { mayAccept } from '../../core/process';
import type { Translate } from '../../i18n/translate';
import type { WorkViewer } from '../kernel/workContext';

export const INBOX_PARTS = ['act', 'ready', 'rest'] as const;
export type InboxPart = (typeof INBOX_PARTS)[number];
export type Need = 'acknowledge' | 'review' | 'reown';

/** Rows of one part: a special task's heading, then its stages; a task of its own stands alone. */
export type InboxItem<R> = { kind: 'parent'; id: string; title: string } | { kind: 'task'; row: R };

export interface InboxSection<R> {
  part: InboxPart;
  count: number;
  items: InboxItem<R>[];
}

/** What the viewer must do about `task` before anything else, if anything. */
export function needOf(task: Task, viewer: WorkViewer, byTasks: Map<string, Task>): Need | undefined {
  if (task.status === 'declined') return 'reown'; // only on its head's list ([M4])
  if (task.status === 'assigned' && task.responsibleUserIds.includes(viewer.userId)) return 'acknowledge';
  if (task.status === 'in_review' && task.parentId) {
    const { departments, members, tasks, userId, now, todayStart } = viewer;
    const parent = byTasks.get(task.parentId);
    const ctx = { departments, members, tasks, actorUserId: userId, now, todayStart, parent };
    if (mayAccept(task, ctx)) return 'review';
  }
  return undefined;
}

export function partOf(task: Task, need: Need | undefined, userId: string): InboxPart {
  if (need) return 'act';
  if (task.status === 'ready' && task.responsibleUserIds.includes(userId)) return 'ready';
  return 'rest';
}

/** Stages grouped under their special task (in the order their first stage comes), others as they come. */
export function grouped<R>(
  entries: { task: Task; row: R }[],
  byTasks: Map<string, Task>,
  t: Translate,
): InboxItem<R>[] {
  const stagesOf = new Map<string, R[]>();
  const order: ({ parentId: string } | { row: R })[] = [];
  for (const { task, row } of entries) {
    if (!task.parentId) {
      order.push({ row });
      continue;
    }
    const list = stagesOf.get(task.parentId);
    if (list) list.push(row);
    else {
      stagesOf.set(task.parentId, [row]);
      order.push({ parentId: task.parentId });
    }
  }
  return order.flatMap((o): InboxItem<R>[] =>
    'row' in o
      ? [{ kind: 'task', row: o.row }]
      : [
          {
            kind: 'parent',
            id: o.parentId,
            title: byTasks.get(o.parentId)?.title ?? t('home.inbox.noParent'),
          },
          ...stagesOf.get(o.parentId)!.map((row): InboxItem<R> => ({ kind: 'task', row })),
        ],
  );
}
