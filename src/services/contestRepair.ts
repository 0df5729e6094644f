/**
 * [X14] A loser of a contest ([X5]) that closed between its change and its restore leaves its change in the task
 * row, and the winner's notices untrue. The background finds such rounds in the record: rival rows of one
 * round, written close together (within `CONTEST_SPAN_MS` by the Base's clock), whose first row's change the
 * task no longer shows while no other row of the task came after it. It puts the winner's change back, decided
 * again from the winner's row (`replay`), and removes the losing rows, as the loser would have.
 */
import type { Task, TaskEvent } from '../core/model';
import { toTaskEvent } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';
import type { BackgroundJob } from './background';
import { contested, kindOf, replay, rivals } from './contest';
import { UNTOLD_WINDOW_MS } from './outboxUntold';
import { carries, valuesOf } from './process';
import { firstByHost, SETTLE_MS } from './settle';

/**
 * Rows of one round written further apart than this are one action after another, not a race: a rival writes
 * its row right after its change, and a late answer lands within a few settle waits.
 */
export const CONTEST_SPAN_MS = 3 * SETTLE_MS;

/**
 * Winners whose rivals in the record always raced them, and the task as each found it: a reassignment starts a
 * new round, and an accept and a send-back exclude each other, so a later row of the same round cannot have
 * seen their change. After an acknowledgement, a decline or a start, the same owner may act again in the same
 * round having seen it: the record cannot tell that from a race, so those rounds are left alone.
 */
const REPAIRABLE: Record<string, (task: Task) => Task> = {
  reassigned: (task) => task,
  accept: (task) => ({ ...task, status: 'in_review' }),
  sendBack: (task) => ({ ...task, status: 'in_review' }),
};

const created = (e: TaskEvent) => e.createdAt ?? e.at ?? 0;

/** Restores the outcome of recent contested rounds a loser left changed; returns the tasks as restored. */
export async function restoreContested(store: BatonStore, data: CoreData, now: number): Promise<Task[]> {
  const rows = (await store.readAll('taskEvents')).map(toTaskEvent);
  const recent = rows.filter((e) => e.key && contested(e.key) && created(e) >= now - UNTOLD_WINDOW_MS);
  const restored: Task[] = [];
  for (const winner of winners(recent)) {
    const task = data.tasks.find((t) => t.id === winner.row.taskId);
    if (!task || actedSince(rows, winner)) continue;
    const found = REPAIRABLE[kindOf(winner.row.key)];
    const outcome = found && replay(winner.row, found(task), data);
    if (!outcome) continue;
    if (!carries(task, outcome.changes)) {
      await store.update('tasks', [{ id: task.id, values: valuesOf(outcome.changes) }]);
      restored.push({ ...task, ...outcome.changes });
    }
    // What the losers would have removed once the task showed the winner's change.
    await store.remove('taskEvents', winner.losers).catch(() => undefined);
  }
  return restored;
}

/** The first row of each raced round (one with a rival of another key), with its round's other rows. */
function winners(recent: TaskEvent[]) {
  const seen = new Set<string>();
  return recent.flatMap((row) => {
    const field = recent.filter(
      (e) =>
        e.taskId === row.taskId &&
        (e.key === row.key || rivals(row.key!, e.key)) &&
        Math.abs(created(e) - created(row)) <= CONTEST_SPAN_MS,
    );
    const first = firstByHost(field);
    if (!first || seen.has(first.id) || !field.some((e) => e.key !== first.key)) return [];
    seen.add(first.id);
    return [{ row: first, field, losers: field.filter((e) => e.key !== first.key).map((e) => e.id) }];
  });
}

/** Whether any other row of the task came after the round: someone acted since, and the task is theirs. */
function actedSince(rows: TaskEvent[], winner: { row: TaskEvent; field: TaskEvent[] }): boolean {
  const round = new Set(winner.field.map((e) => e.id));
  return rows.some(
    (e) => e.taskId === winner.row.taskId && !round.has(e.id) && created(e) > created(winner.row),
  );
}

/** [X14] Before the cascade, which would otherwise derive from the loser's change; every 5 minutes. */
export const contestRepairJob: BackgroundJob = {
  name: 'contestRepair',
  every: 5 * 60_000,
  async run(context) {
    const restored = await restoreContested(context.store, context.data, context.now);
    const byId = new Map(restored.map((t) => [t.id, t]));
    if (byId.size > 0)
      context.data = { ...context.data, tasks: context.data.tasks.map((t) => byId.get(t.id) ?? t) };
    return { statuses: restored.length };
  },
};
