/**
 * [EV9] A task someone set to 已完成 by hand in the grid has no completion time and no history row: both are
 * derived, the time being when a runner first saw it, the row naming the editor when the host tells who it
 * was, else saying it was edited in the table. Keyed by task and round, so every runner writes it once.
 */
import type { Task } from './model';
import type { EventDraft } from './notices';

export interface TableCompletion {
  taskId: string;
  completedAt: number;
  event: EventDraft;
}

export function tableCompletions(
  tasks: Task[],
  now: number,
  editorOf: (taskId: string) => string | undefined = () => undefined,
): TableCompletion[] {
  return tasks
    .filter((t) => t.status === 'done' && t.completedAt === undefined)
    .map((t) => {
      const editor = editorOf(t.id);
      const round = t.submittedAt ?? t.assignedAt ?? t.createdAt ?? 0;
      return {
        taskId: t.id,
        completedAt: now,
        event: {
          key: `${t.id}/doneInTable/${round}`,
          type: 'status_change',
          actorUserId: editor ?? '',
          taskId: t.id,
          reason: '',
          at: now,
          summary: { key: editor ? 'event.doneInTableBy' : 'event.doneInTable', params: { title: t.title } },
        },
      };
    });
}
