/**
 * [SP13] The projection ([D1]–[D4]) of a task list, worked out as asked: a task's finish needs only its own
 * predecessors', so a screen showing a few special tasks works out their stages and what they wait for, not
 * the 20,000 tasks of a Base at the cap. Kept per list and day and shared by every screen that asks (lists are
 * never changed in place, [SP7]). Its answers are those of `project`.
 */
import type { Task } from './model';
import { doneAt, finishAfter, specialEnd, type ProjectionLookup, type SpecialEnd } from './schedule';
import { taskIndexOf } from './taskIndex';

const kept = new WeakMap<readonly Task[], { todayStart: number; projection: ProjectionLookup }>();

export function projectionOf(tasks: Task[], todayStart: number): ProjectionLookup {
  const last = kept.get(tasks);
  if (last?.todayStart === todayStart) return last.projection;
  const projection = lazyProjection(tasks, todayStart);
  kept.set(tasks, { todayStart, projection });
  return projection;
}

function lazyProjection(tasks: Task[], todayStart: number): ProjectionLookup {
  const { byId } = taskIndexOf(tasks);
  /** Settled tasks; undefined for one on a cycle or after one, which `project` leaves out too. */
  const finishes = new Map<string, number | undefined>();
  const finish = {
    get(id: string): number | undefined {
      if (!finishes.has(id) && byId.has(id)) settle(byId.get(id)!, byId, finishes, todayStart);
      return finishes.get(id);
    },
  };
  const ends = new Map<string, SpecialEnd | undefined>();
  const specials = {
    get(id: string): SpecialEnd | undefined {
      const task = byId.get(id);
      if (!ends.has(id)) ends.set(id, task && specialEnd(task, tasks, finish));
      return ends.get(id);
    },
  };
  return { finish, specials };
}

/**
 * Settles `root` and the predecessors it waits for, depth first without recursion (a chain of links may be as
 * long as the Base). A predecessor met again on the current path closes a cycle: nothing on it gets a finish.
 */
function settle(
  root: Task,
  byId: Map<string, Task>,
  finishes: Map<string, number | undefined>,
  today: number,
) {
  const onPath = new Set<string>([root.id]);
  const work: { task: Task; next: number }[] = [{ task: root, next: 0 }];
  while (work.length > 0) {
    const frame = work[work.length - 1]!;
    const links = frame.task.dependsOnIds;
    if (frame.next < links.length) {
      const before = byId.get(links[frame.next++]!);
      if (before && !finishes.has(before.id) && !onPath.has(before.id)) {
        onPath.add(before.id);
        work.push({ task: before, next: 0 });
      }
      continue;
    }
    work.pop();
    onPath.delete(frame.task.id);
    finishes.set(frame.task.id, finishOf(frame.task, byId, finishes, today));
  }
}

/** Undefined when a predecessor has no finish (or is still on the path: a cycle). */
function finishOf(
  task: Task,
  byId: Map<string, Task>,
  finishes: Map<string, number | undefined>,
  today: number,
) {
  const waitsOnNone = task.dependsOnIds.some((id) => byId.has(id) && finishes.get(id) === undefined);
  if (waitsOnNone) return undefined;
  if (task.status === 'done') return doneAt(task, today);
  return finishAfter(task, byId, finishes, today);
}
