/**
 * [EV14] A comment on a task or a stage, by any active member: one history event (commented) with its text,
 * and a notice to each person mentioned (type mentioned), never the author. Keyed by task, author and the
 * attempt's time, which the command runner keeps for a retry.
 */
import type { Task } from './model';
import type { EventDraft, NoticeDraft } from './notices';
import { uniqueRecipients } from './notices';
import { memberOfUser, type Org, userOf } from './org';
import { activeMember } from './permissions';

export const COMMENT_LIMIT = 2000;

export type CommentRefusal = 'notMember' | 'textRequired' | 'tooLong' | 'overtaken';

export type CommentOutcome =
  | { ok: true; changes: Partial<Omit<Task, 'id'>>; event: EventDraft; notices: NoticeDraft[] }
  | { ok: false; code: CommentRefusal };

export function comment(
  task: Task,
  input: { text: string; mentionedMemberIds: string[] },
  ctx: Org & { actorUserId: string; now: number },
): CommentOutcome {
  if (!activeMember(ctx, ctx.actorUserId)) return { ok: false, code: 'notMember' };
  const text = input.text.trim();
  if (!text) return { ok: false, code: 'textRequired' };
  if (text.length > COMMENT_LIMIT) return { ok: false, code: 'tooLong' };
  const actor = memberOfUser(ctx, ctx.actorUserId)?.name ?? '';
  const key = `${task.id}/comment/${ctx.actorUserId}/${ctx.now}`;
  const mentioned = uniqueRecipients(
    input.mentionedMemberIds.map((id) => userOf(ctx.members.find((m) => m.id === id && m.active))),
  ).filter((u) => u !== ctx.actorUserId);
  return {
    ok: true,
    changes: {},
    event: {
      key,
      type: 'commented',
      actorUserId: ctx.actorUserId,
      taskId: task.id,
      reason: text,
      at: ctx.now,
      summary: { key: 'event.commented', params: { actor, title: task.title, text } },
    },
    notices: mentioned.map((userId) => ({
      key: `${key}/${userId}`,
      type: 'mentioned',
      recipientUserId: userId,
      taskId: task.id,
      message: { key: 'notice.mentioned', params: { actor, title: task.title, text } },
    })),
  };
}
