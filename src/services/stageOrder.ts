/**
 * [EV19] Moving a stage up or down its special task's order: the stages are read afresh, the core decides, the
 * write set is checked against the live schema, the stages are written, then the history and notices, then the
 * cascade (a stage that now waits, or no longer does, changes status there).
 */
import type { Task } from '../core/model';
import { moveStage, type StageMove, type StageMoveRefusal } from '../core/stageOrder';
import { toTask } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';
import type { Clock } from './createTask';
import { record, recordWrites } from './outbox';
import { cascade, freshTask } from './process';

export type StageMoveResult = { ok: true } | { ok: false; code: StageMoveRefusal | 'overtaken' };

/** `shown` is the stage as the page showed it: a move decided on an older order is refused, not redone. */
export async function reorderStage(
  store: BatonStore,
  data: CoreData,
  shown: Task,
  move: StageMove,
  actorUserId: string,
  clock: Clock,
  retrying = false,
): Promise<StageMoveResult> {
  const fresh = await freshStages(store, shown.id);
  const stage = fresh.find((t) => t.id === shown.id)!;
  // A retry finding the order changed: its first attempt wrote the move, and only what follows is owed.
  const landed = stage.sequence !== shown.sequence;
  if (landed && !retrying) return { ok: false, code: 'overtaken' };
  const live = data.tasks.map((t) => fresh.find((f) => f.id === t.id) ?? t);
  const basis = landed ? data.tasks.map((t) => (t.id === shown.id ? shown : t)) : live;
  const key = `${shown.id}/move/${move}/${clock.now}`;
  const ctx = { ...data, tasks: basis, actorUserId, now: clock.now, todayStart: clock.todayStart, key };
  const outcome = moveStage(landed ? shown : stage, move, ctx);
  if (!outcome.ok) return outcome;
  const rows = outcome.updates.map((u) => ({ id: u.id, values: stageValues(u.changes) }));
  store.checkWrites([
    { table: 'tasks', rows: rows.map((r) => r.values) },
    ...recordWrites(store, outcome.notices, [outcome.event], clock.now),
  ]);
  if (!landed) await store.update('tasks', rows);
  await record(store, outcome.notices, [outcome.event], clock.now, undefined, true, retrying);
  const moved = live.map((t) => {
    const update = outcome.updates.find((u) => u.id === t.id);
    return update && !landed ? { ...t, ...update.changes } : t;
  });
  await cascade(store, moved, actorUserId, clock.now, { changed: outcome.updates.map((u) => u.id) });
  return { ok: true };
}

async function freshStages(store: BatonStore, stageId: string): Promise<Task[]> {
  const stage = await freshTask(store, stageId);
  if (!stage.parentId) return [stage];
  const [parent, siblings] = await Promise.all([
    freshTask(store, stage.parentId),
    store.readWhere('tasks', 'parent', stage.parentId),
  ]);
  return [parent, ...siblings.map(toTask)];
}

function stageValues(changes: Pick<Partial<Task>, 'sequence' | 'dependsOnIds'>) {
  return {
    ...(changes.sequence !== undefined ? { sequence: changes.sequence } : {}),
    ...(changes.dependsOnIds !== undefined ? { dependsOn: changes.dependsOnIds } : {}),
  };
}
