/**
 * [X6] What an action owes is read from the record, not only from a sidebar's memory (outboxOwed.ts): an
 * action whose history row is the outcome of its round ([X5]) and whose change the task still shows is told,
 * by the background, with the notices it would have written, under the same keys: once, and not at all when
 * the sidebar that did it closed before telling. A losing row, or one whose change the task no longer shows
 * (someone acted since), tells nothing. [X12] This covers every action that tells someone: decline, reassign,
 * send-back, submit (the review request), acknowledge (the assigner) and send (sendUntold.ts).
 */
import type { Task, TaskEvent } from '../core/model';
import type { NoticeDraft } from '../core/notices';
import { DAY } from '../core/time';
import { toTaskEvent } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';
import { withAssignerTold } from './acknowledge';
import { concurrentOn, kindOf, replay, rivals } from './contest';
import { record } from './outbox';
import { carries } from './process';
import { sendUntold } from './sendUntold';
import { firstByHost } from './settle';

/** The round a key names (its fourth part): for a submit, the submission before it. */
const roundOf = (key: string | undefined) => Number(key?.split('/')[3]) || undefined;

/** Actions that tell someone, and the task as they found it (the one their change left behind). */
const FOUND: Record<string, (task: Task, row: TaskEvent) => Task> = {
  declined: (task) => ({ ...task, status: 'assigned' }),
  reassigned: (task) => task,
  sendBack: (task) => ({ ...task, status: 'in_review' }),
  submit: (task, row) => ({ ...task, status: 'in_progress', submittedAt: roundOf(row.key) }),
  acknowledged: (task) => ({
    ...task,
    status: task.kind === 'stage' ? task.status : 'assigned',
    acknowledgedAt: undefined,
  }),
};

/** Only this recent: older outcomes were told long ago, or deliberately removed. */
export const UNTOLD_WINDOW_MS = DAY;

/** Adds the missing notices of recent outcomes; returns how many it added. */
export async function tellUntold(store: BatonStore, data: CoreData, now: number): Promise<number> {
  const all = (await store.readAll('taskEvents')).map(toTaskEvent);
  const recent = all.filter((e) => (e.createdAt ?? e.at ?? 0) >= now - UNTOLD_WINDOW_MS);
  const telling = recent.filter((e) => e.key && kindOf(e.key) in FOUND);
  const owed = [
    ...telling.flatMap((event) => owedBy(event, telling, all, data)),
    ...sendUntold(recent, data),
  ];
  if (owed.length === 0) return 0;
  const present = await store.findKeyed(
    'notifications',
    'key',
    owed.map((n) => n.key),
  );
  const missing = owed.filter((n) => !present.has(n.key));
  await record(store, missing, [], now, new Map(), false);
  return missing.length;
}

/** The notices a history row's action owes, if it is the outcome of its round and the task still shows it. */
function owedBy(event: TaskEvent, telling: TaskEvent[], all: TaskEvent[], data: CoreData): NoticeDraft[] {
  const task = data.tasks.find((t) => t.id === event.taskId);
  if (!task) return [];
  const before = FOUND[kindOf(event.key)]!(task, event);
  const concurrent = concurrentOn(before, data);
  const field = telling.filter((e) => e.key === event.key || (rivals(event.key!, e.key) && concurrent(e)));
  if (firstByHost(field)?.id !== event.id) return [];
  const outcome = replay(event, before, data);
  if (!outcome || !carries(task, outcome.changes)) return [];
  const history = all.filter((e) => e.taskId === task.id || (task.parentId && e.taskId === task.parentId));
  const told = withAssignerTold(outcome, before, history, data, event.actorUserIds[0] ?? '');
  return told.ok ? told.notices : [];
}
