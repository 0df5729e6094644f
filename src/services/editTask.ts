/**
 * Changing a task after it was sent ([EV10]-[EV12]): a change or a cancellation is carried out like any
 * action (`carryOut`: fresh read, core decides, change, history, notices, cascade); a new stage is a keyed add
 * linked to its special task and predecessors, then the cascade.
 */
import type { Task } from '../core/model';
import { addStage, type NewStage, type StageAddRefusal } from '../core/stageAdd';
import { editTask, type EditRefusal, type TaskEdit } from '../core/taskEdit';
import { fromTask } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';
import type { Clock } from './createTask';
import { record, recordWrites } from './outbox';
import { carryOut, cascade, freshTask } from './process';

export type EditResult = { ok: true; task: Task } | { ok: false; code: EditRefusal };

export async function changeTask(
  store: BatonStore,
  data: CoreData,
  taskId: string,
  edit: TaskEdit,
  actorUserId: string,
  clock: Clock,
  retrying = false,
): Promise<EditResult> {
  const ctx = { ...data, actorUserId, now: clock.now, todayStart: clock.todayStart };
  const decide = (task: Task, tasks: Task[]) => editTask(task, edit, { ...ctx, tasks });
  const result = await carryOut(store, data, taskId, actorUserId, clock.now, decide, retrying);
  if (result.ok && edit.kind === 'cancel' && result.task.kind !== 'stage')
    await cancelStages(store, data, result.task, actorUserId, clock.now);
  return result;
}

/** A cancelled special task takes its unfinished stages with it: nobody is left working on it. */
async function cancelStages(store: BatonStore, data: CoreData, task: Task, actorUserId: string, now: number) {
  const open = data.tasks.filter(
    (t) => t.parentId === task.id && t.status !== 'done' && t.status !== 'cancelled',
  );
  if (open.length === 0) return;
  await store.update(
    'tasks',
    open.map((s) => ({ id: s.id, values: { status: 'cancelled' } })),
  );
  const tasks = data.tasks.map((t) =>
    open.some((s) => s.id === t.id) ? { ...t, status: 'cancelled' as const } : t,
  );
  await cascade(store, tasks, actorUserId, now, { changed: open.map((s) => s.id) });
}

export type AddStageResult = { ok: true; taskId: string } | { ok: false; code: StageAddRefusal };

export async function addStageAfterSend(
  store: BatonStore,
  data: CoreData,
  parentId: string,
  input: NewStage,
  actorUserId: string,
  clock: Clock,
  retrying = false,
): Promise<AddStageResult> {
  const parent = await freshTask(store, parentId);
  const tasks = data.tasks.map((t) => (t.id === parent.id ? parent : t));
  const ctx = { ...data, tasks, actorUserId, now: clock.now, todayStart: clock.todayStart };
  const outcome = addStage(parent, input, ctx);
  if (!outcome.ok) return outcome;
  const key = outcome.stage.requestKey!;
  const stand = new Map([[key, key]]);
  store.checkWrites([
    { table: 'tasks', keyField: 'requestKey', rows: [fromTask(outcome.stage)] },
    ...recordWrites(store, outcome.notices, [outcome.event], clock.now, stand),
  ]);
  const ids = await store.addKeyed('tasks', 'requestKey', [fromTask(outcome.stage)], retrying, retrying);
  const id = ids.get(key)!;
  await record(store, outcome.notices, [outcome.event], clock.now, ids, true, retrying);
  await cascade(store, [...tasks, { ...outcome.stage, id }], actorUserId, clock.now, { changed: [id] });
  return { ok: true, taskId: id };
}
