/**
 * [X12] A send whose release and history row landed but whose notices did not (the sidebar closed before its
 * retry) is told by the background from its history row: the draft is read back from the released rows (the
 * task, its stages and their links) and its notices are decided again, under the send's own keys. Told only
 * while the task still shows that send: released, assigned or published at the row's time, and, when
 * assigned, to the owner it names. Not kept in the rows: a pool send's audience ([EV5] every member), so a
 * send to everyone is told again to the suggested departments' heads only.
 */
import type { AssignmentDraft, PlannedTask } from '../core/assignment';
import { taskKeyOf } from '../core/assignment';
import type { Task, TaskEvent } from '../core/model';
import type { NoticeDraft } from '../core/notices';
import { sendNotices } from '../core/sendNotices';
import type { CoreData } from '../store/batonStore';

const SEND_EVENT = /^(.*)\/event\/(assigned|published)$/;

/** The notices owed by the sends among these history rows, decided again from the tasks as they are. */
export function sendUntold(events: TaskEvent[], data: CoreData): NoticeDraft[] {
  return events.flatMap((event) => {
    const [, draftKey, kind] = event.key?.match(SEND_EVENT) ?? [];
    const task = data.tasks.find((t) => t.id === event.taskId);
    if (!draftKey || !task || task.requestKey !== taskKeyOf(draftKey) || !showsSend(task, kind!, event))
      return [];
    const stages = data.tasks.filter((t) => t.parentId === task.id && t.kind === 'stage');
    const draft = draftOf(draftKey, kind === 'published' ? 'pool' : 'assign', task, stages, data);
    const ctx = { ...data, todayStart: 0 };
    const info = {
      actorUserId: event.actorUserIds[0] ?? '',
      taskKey: task.requestKey,
      stages: planned(stages),
    };
    return sendNotices(draft, ctx, info).map((n) => ({
      ...n,
      taskKey: undefined,
      taskId: idOf(n, task, stages),
    }));
  });
}

/**
 * Released, and still the round of this send (not reassigned or published again since); a published task still
 * open (once claimed, telling of it in the pool is no longer true).
 */
function showsSend(task: Task, kind: string, event: TaskEvent): boolean {
  if (task.status === 'draft' || (kind === 'published' && task.status !== 'open')) return false;
  const round = kind === 'published' ? task.publishedAt : task.assignedAt;
  return round !== undefined && round === event.at;
}

function draftOf(key: string, mode: 'assign' | 'pool', task: Task, stages: Task[], data: CoreData) {
  const ownerUser = task.responsibleUserIds[0];
  const owner = ownerUser ? data.members.find((m) => m.userIds.includes(ownerUser)) : undefined;
  const draft: AssignmentDraft = {
    draftKey: key,
    mode,
    title: task.title,
    description: task.description,
    extraDuty: task.extraDuty,
    due: task.due,
    primaryDepartmentId: task.primaryDepartmentId,
    cooperation: task.cooperatingDepartmentIds.map((departmentId) => ({ departmentId, deliverable: '' })),
    responsibleMemberId: owner?.id,
    outsiderConfirmed: true,
    stages: stages.map((s) => ({ key: s.requestKey ?? s.id, title: s.title, predecessorKeys: [] })),
    suggestedDepartmentIds: task.suggestedDepartmentIds,
  };
  return draft;
}

/** The stages as a send plans them: keyed by their request keys, linked by them. */
function planned(stages: Task[]): PlannedTask[] {
  const keyOf = new Map(stages.map((s) => [s.id, s.requestKey ?? s.id]));
  return stages.map((s) => ({
    key: keyOf.get(s.id)!,
    task: s,
    dependsOnKeys: s.dependsOnIds.map((id) => keyOf.get(id) ?? ''),
    finalStatus: s.status,
  }));
}

/** The task a notice is about: the special task, or the stage named by its plan key. */
function idOf(notice: NoticeDraft, task: Task, stages: Task[]): string {
  return stages.find((s) => s.requestKey === notice.taskKey)?.id ?? task.id;
}
