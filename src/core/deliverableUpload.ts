/**
 * [EV17] An upload of deliverables leaves one history event (edited) naming who uploaded which files, keyed by
 * the stage and the files' tokens, so a retry adds nothing. The same key tells the page who uploaded a file.
 */
import type { Task, TaskEvent } from './model';
import type { EventDraft } from './notices';
import { memberOfUser, type Org } from './org';

export interface UploadedFile {
  name: string;
  token: string;
}

const uploadKeyPrefix = (stageId: string) => `${stageId}/upload/`;

export function uploadedEvent(
  task: Task,
  files: UploadedFile[],
  ctx: Org & { actorUserId: string; now: number },
): { ok: true; changes: Partial<Omit<Task, 'id'>>; event: EventDraft; notices: [] } {
  const actor = memberOfUser(ctx, ctx.actorUserId)?.name ?? '';
  const names = files.map((file) => file.name).join('、');
  return {
    ok: true,
    changes: {},
    event: {
      key: uploadKeyPrefix(task.id) + files.map((file) => file.token).join('+'),
      type: 'edited',
      actorUserId: ctx.actorUserId,
      taskId: task.id,
      reason: names,
      at: ctx.now,
      summary: { key: 'event.uploaded', params: { actor, title: task.title, files: names } },
    },
    notices: [],
  };
}

export interface Uploader {
  userId: string;
  at?: number;
}

/** Who uploaded each file of the stage (by token), from the stage's history; files added in the grid have none. */
export function uploadersOf(stageId: string, events: TaskEvent[]): Map<string, Uploader> {
  const found = new Map<string, Uploader>();
  const prefix = uploadKeyPrefix(stageId);
  for (const event of events) {
    if (!event.key?.startsWith(prefix) || !event.actorUserIds[0]) continue;
    const uploader = { userId: event.actorUserIds[0], at: event.at };
    event.key
      .slice(prefix.length)
      .split('+')
      .forEach((token) => found.set(token, uploader));
  }
  return found;
}
