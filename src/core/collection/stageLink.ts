/**
 * A drive launched from a stage of a special task (the 作品收集 stage of the competition task): when the
 * drive closes, the stage is done. Pure: the background carries the decision out.
 */
import type { Task } from '../model';
import type { EventDraft } from '../notices';
import type { Drive } from './drive';

/** The history key of completing this stage for this drive: written once, ever. */
export const stageDoneKey = (drive: Drive, stageId: string) => `collect:${drive.id}:stage:${stageId}`;

const FINISHED: readonly Task['status'][] = ['done', 'cancelled', 'declined'];

/** [CD16] A drive may be launched from a stage of a special task that is not finished. */
export const launchable = (task: Task | undefined): task is Task =>
  task !== undefined && task.parentId !== undefined && !FINISHED.includes(task.status);

/** The stages a drive may be launched from, each with its special task's title, in the tasks' order. */
export function launchableStages(tasks: readonly Task[]): { stage: Task; parentTitle: string }[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  return tasks
    .filter(launchable)
    .map((stage) => ({ stage, parentTitle: byId.get(stage.parentId!)?.title ?? '' }));
}

export type StageDecision =
  | { ok: true; changes: Partial<Omit<Task, 'id'>>; event: EventDraft; notices: [] }
  | { ok: false; code: 'notClosed' | 'notStage' | 'finished' };

/**
 * [CD16] A closed drive that names a stage of a special task completes that stage, at the drive's closing
 * time, unless the stage is finished already (done, cancelled or declined). The history says the drive did it.
 */
export function stageCompletion(drive: Drive, stage: Task, actorUserId: string, now: number): StageDecision {
  if (drive.status !== 'closed') return { ok: false, code: 'notClosed' };
  if (!stage.parentId || stage.id !== drive.stageId) return { ok: false, code: 'notStage' };
  if (FINISHED.includes(stage.status)) return { ok: false, code: 'finished' };
  const at = Math.min(drive.closedAt ?? now, now);
  return {
    ok: true,
    changes: { status: 'done', completedAt: at },
    event: {
      key: stageDoneKey(drive, stage.id),
      type: 'status_change',
      actorUserId,
      taskId: stage.id,
      reason: drive.title,
      at: now,
      summary: { key: 'collection.stage.event', params: { drive: drive.title, title: stage.title } },
    },
    notices: [],
  };
}
