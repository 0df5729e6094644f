/**
 * [X5] Two actions deciding the same question of a task at the same moment (head and boss reassigning, an
 * owner declining from two devices, an accept and a send-back): the history row each writes is its intent, and
 * the first intent by the Base's creation time (settle.ts) is the outcome, as for claims. Every writer reads
 * the same rows once copies have synced, so every writer names the same winner: the winner makes sure the
 * task shows its changes and tells; a loser puts the winner's changes back, removes its own row and tells
 * no one. Rivals are rows of the same task, the same question and the same round (the key's fourth part).
 */
import type { Task, TaskEvent } from '../core/model';
import { performWork, type WorkAction } from '../core/process';
import { perform, type ResponsibilityAction } from '../core/responsibility';
import { toTaskEvent } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';
import { firstByHost, settled, type Wait } from './settle';

/** The questions a task's actions answer, by the action part of their history keys. */
const QUESTIONS = [
  // Who holds the assignment, keyed by the assignment round.
  ['acknowledged', 'declined', 'reassigned', 'start'],
  // How a submission is answered, keyed by the submission.
  ['accept', 'sendBack'],
];

const partsOf = (key: string | undefined) => key?.split('/') ?? [];
const questionOf = (key: string | undefined) => QUESTIONS.findIndex((q) => q.includes(partsOf(key)[1] ?? ''));

/** Whether two history keys answer the same question of the same task in the same round. */
export function rivals(key: string, other: string | undefined): boolean {
  const [mine, theirs] = [partsOf(key), partsOf(other)];
  const question = questionOf(key);
  return question >= 0 && questionOf(other) === question && mine[0] === theirs[0] && mine[3] === theirs[3];
}

/** Whether an action's key takes part in contests at all (a nudge or a submit answers no shared question). */
export const contested = (key: string) => questionOf(key) >= 0;

/**
 * The task's history rows, each an intent of the person it names. Not checked against the row's creator
 * ([X8]): the viewer's id is known to equal the Base's CreatedUser only when it was resolved from a User cell,
 * and a mismatch would make that person's every action lose.
 */
export async function intentsOf(store: BatonStore, taskId: string): Promise<TaskEvent[]> {
  return (await store.readWhere('taskEvents', 'task', taskId)).map(toTaskEvent);
}

export type Verdict =
  | { won: true }
  /**
   * `same`: the winner is this very action written from another device (same key): it is the outcome.
   * `leftover`: this action's rows, removed once the task shows the winner's change again.
   */
  | { won: false; same: boolean; winner: TaskEvent; leftover: string[] };

/**
 * Whether a rival row was decided on the same task as this action (`task`, as it decided on it): its action
 * still applies to it. A row whose change the task already showed (an acknowledgement before a decline) came
 * before, not at the same moment, and is no rival.
 */
export const concurrentOn = (task: Task, data: CoreData) => (row: TaskEvent) =>
  replay(row, task, data) !== undefined;

/**
 * Once copies have synced, the first of this action's rivals (its own row `myId` among them; `concurrent`
 * says which other rows decided on the same task). Any second row of the winner's key is removed, so the
 * history keeps the outcome once; a losing row of another key is the caller's to remove (`leftover`).
 */
export async function contest(
  store: BatonStore,
  taskId: string,
  key: string,
  myId: string | undefined,
  wait: Wait,
  concurrent: (row: TaskEvent) => boolean,
): Promise<Verdict> {
  const rows = await settled(wait, () => intentsOf(store, taskId));
  const field = rows.filter((e) => e.key === key || (rivals(key, e.key) && concurrent(e)));
  const first = firstByHost(field);
  if (!first || first.id === myId) return { won: true };
  const extra = field.filter((e) => e.key === key && e.id !== first.id).map((e) => e.id);
  const same = first.key === key;
  // [X14] A losing row of another action stays until its writer has put the winner's change back: if the
  // writer closes in between, the row is the background's evidence that the task row needs restoring.
  if (same && extra.length > 0) await store.remove('taskEvents', extra).catch(() => undefined);
  return { won: false, same, winner: first, leftover: same ? [] : extra };
}

/** A kind of action, from its history key. */
export const kindOf = (key: string | undefined) => partsOf(key)[1] ?? '';

/**
 * An action decided again from its history row on the task as it stood before: the changes and notices its
 * writer wrote (its actor, its time, its reason), so a loser can put them back and the background can tell
 * what was left untold.
 */
export function replay(row: TaskEvent, task: Task, data: CoreData) {
  const ctx = { ...data, actorUserId: row.actorUserIds[0] ?? '', now: row.at ?? 0 };
  const responsibility = responsibilityAction(row, data);
  const work = workAction(row);
  const parent = task.parentId ? data.tasks.find((t) => t.id === task.parentId) : undefined;
  const outcome = responsibility
    ? perform(task, responsibility, ctx)
    : work && performWork(task, work, { ...ctx, tasks: data.tasks, parent, todayStart: 0 });
  return outcome && outcome.ok ? outcome : undefined;
}

/** The responsibility action a history row records; a reassignment's key ends with its target's name. */
function responsibilityAction(row: TaskEvent, data: CoreData): ResponsibilityAction | undefined {
  const [, kind, , , ...target] = partsOf(row.key);
  const reason = row.reason ?? '';
  if (kind === 'acknowledged') return { kind: 'acknowledge' };
  if (kind === 'declined') return { kind: 'decline', reason };
  const member = data.members.find((m) => m.name === target.join('/'));
  return kind === 'reassigned' && member ? { kind: 'reassign', toMemberId: member.id, reason } : undefined;
}

/** The stage action a history row records. */
function workAction(row: TaskEvent): WorkAction | undefined {
  const kind = kindOf(row.key);
  if (kind === 'start' || kind === 'accept' || kind === 'submit') return { kind };
  return kind === 'sendBack' ? { kind: 'sendBack', reason: row.reason ?? '' } : undefined;
}
