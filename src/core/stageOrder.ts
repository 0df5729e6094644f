/**
 * [EV19] Reordering a sent special task's stages: whoever may edit it ([EV10]) moves a stage up or down past its
 * neighbour in the stage order. Only stages not started yet move, both of them: work begun keeps its place. When
 * the later one followed the earlier (a chain), their places in the chain swap too: the one moved up takes the
 * other's predecessors, the other follows it, and whatever followed the pair follows the new later one. One
 * history event on the special task; each owner of the two stages is told (type changed), never the editor.
 */
import type { Task, TaskStatus } from './model';
import type { EventDraft, NoticeDraft } from './notices';
import { uniqueRecipients } from './notices';
import { memberOfUser } from './org';
import { activeMember } from './permissions';
import { mayEdit, type EditContext } from './taskEdit';

export type StageMove = 'up' | 'down';

export type StageMoveRefusal = 'notMember' | 'notAllowed' | 'finished' | 'edgeOfChain' | 'stageStarted';

export interface StageUpdate {
  id: string;
  changes: Pick<Partial<Task>, 'sequence' | 'dependsOnIds'>;
}

export type StageMoveOutcome =
  | { ok: true; updates: StageUpdate[]; event: EventDraft; notices: NoticeDraft[] }
  | { ok: false; code: StageMoveRefusal };

const NOT_STARTED: ReadonlySet<TaskStatus | undefined> = new Set([undefined, 'assigned', 'waiting', 'ready']);

/** The special task's live stages in their order. */
export function stageChain(parentId: string, tasks: Task[]): Task[] {
  return tasks
    .filter((t) => t.parentId === parentId && t.status !== 'cancelled' && t.status !== 'declined')
    .sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
}

export function moveStage(
  stage: Task,
  move: StageMove,
  ctx: EditContext & { key: string },
): StageMoveOutcome {
  if (!activeMember(ctx, ctx.actorUserId)) return { ok: false, code: 'notMember' };
  if (!mayEdit(stage, ctx)) return { ok: false, code: 'notAllowed' };
  const parent = ctx.tasks.find((t) => t.id === stage.parentId);
  if (!parent || parent.status === 'done' || parent.status === 'cancelled')
    return { ok: false, code: 'finished' };
  const chain = stageChain(parent.id, ctx.tasks);
  const at = chain.findIndex((t) => t.id === stage.id);
  const other = chain[move === 'up' ? at - 1 : at + 1];
  if (at < 0 || !other) return { ok: false, code: 'edgeOfChain' };
  if (!NOT_STARTED.has(stage.status) || !NOT_STARTED.has(other.status))
    return { ok: false, code: 'stageStarted' };
  const [upper, lower] = move === 'up' ? [other, stage] : [stage, other];
  return {
    ok: true,
    updates: swapped(upper, lower, chain),
    event: moveEvent(parent, stage, move, ctx),
    notices: moveNotices(parent, stage, [upper, lower], ctx),
  };
}

/** The two stages' order swapped, and their places in the chain when one followed the other. */
function swapped(upper: Task, lower: Task, chain: Task[]): StageUpdate[] {
  const updates: StageUpdate[] = [
    { id: upper.id, changes: { sequence: lower.sequence } },
    { id: lower.id, changes: { sequence: upper.sequence } },
  ];
  if (!lower.dependsOnIds.includes(upper.id)) return updates;
  const swapId = (id: string) => (id === upper.id ? lower.id : id === lower.id ? upper.id : id);
  updates[0]!.changes.dependsOnIds = lower.dependsOnIds.map(swapId);
  updates[1]!.changes.dependsOnIds = upper.dependsOnIds;
  for (const t of chain) {
    if (
      t.id === upper.id ||
      t.id === lower.id ||
      !t.dependsOnIds.some((id) => id === upper.id || id === lower.id)
    )
      continue;
    updates.push({ id: t.id, changes: { dependsOnIds: t.dependsOnIds.map(swapId) } });
  }
  return updates;
}

function moveEvent(
  parent: Task,
  stage: Task,
  move: StageMove,
  ctx: EditContext & { key: string },
): EventDraft {
  const actor = memberOfUser(ctx, ctx.actorUserId)?.name ?? '';
  return {
    key: ctx.key,
    type: 'edited',
    actorUserId: ctx.actorUserId,
    taskId: parent.id,
    reason: '',
    at: ctx.now,
    summary: { key: `event.stageMoved.${move}`, params: { actor, title: parent.title, stage: stage.title } },
  };
}

function moveNotices(
  parent: Task,
  stage: Task,
  pair: Task[],
  ctx: EditContext & { key: string },
): NoticeDraft[] {
  const owners = uniqueRecipients(pair.map((t) => t.responsibleUserIds[0])).filter(
    (u) => u !== ctx.actorUserId,
  );
  return owners.map((userId) => ({
    key: `${ctx.key}/${userId}`,
    type: 'changed',
    recipientUserId: userId,
    taskId: pair.find((t) => t.responsibleUserIds[0] === userId)?.id ?? stage.id,
    message: {
      key: 'notice.stageMoved',
      params: { stage: stage.title, parent: parent.title, other: pair.find((t) => t.id !== stage.id)!.title },
    },
  }));
}
