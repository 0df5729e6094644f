/**
 * Projected dates (预计完成): each task's earliest finish through the graph from today and the actual
 * completions, each special task's projected end and slip against its due date, and the critical path.
 * Rules [D1]-[D4].
 */
import { isOverdue, type Task } from './model';
import { taskIndexOf } from './taskIndex';
import { DAY } from './time';

/** A special task's projected end, its slip past its due date (ms, 0 when on time) and its critical path. */
export interface SpecialEnd {
  end: number;
  slip: number;
  critical: string[];
}

/** What reading a projection needs: worked out in full (`project`) or as asked (`projectionOf`). */
export interface ProjectionLookup {
  finish: { get(id: string): number | undefined };
  specials: { get(id: string): SpecialEnd | undefined };
}

export interface Projection {
  /** Projected finish of each task (its completion when done). */
  finish: Map<string, number>;
  /** Per special task: projected end, slip past its due date (ms, 0 when on time) and its critical path. */
  specials: Map<string, SpecialEnd>;
}

/** [D1] Planned duration: due − start when both are known and sensible, else one day. */
export function plannedDuration(task: Task): number {
  return task.start !== undefined && task.due !== undefined && task.due > task.start
    ? task.due - task.start
    : DAY;
}

/**
 * [EV13] A stage without a start date starts as planned: when its predecessors are due (else when its special
 * task starts), so its duration is the plan's, not one day.
 */
export function withPlannedStart(task: Task, byId: Map<string, Task>): Task {
  if (task.start !== undefined || task.due === undefined) return task;
  const before = task.dependsOnIds.map((id) => byId.get(id)?.due).filter((d): d is number => d !== undefined);
  const start = before.length > 0 ? Math.max(...before) : byId.get(task.parentId ?? '')?.start;
  return start === undefined ? task : { ...task, start };
}

/** Tasks in an order where every predecessor comes first; tasks in a cycle are left out. */
function topological(tasks: Task[]): Task[] {
  const index = taskIndexOf(tasks);
  const pending = new Map(tasks.map((t) => [t.id, t.dependsOnIds.filter((p) => index.byId.has(p)).length]));
  const ready = tasks.filter((t) => pending.get(t.id) === 0);
  const order: Task[] = [];
  while (ready.length > 0) {
    const task = ready.pop()!;
    order.push(task);
    for (const next of index.successors.get(task.id) ?? []) {
      const left = pending.get(next)! - 1;
      pending.set(next, left);
      if (left === 0) ready.push(index.byId.get(next)!);
    }
  }
  return order;
}

/**
 * [D2] A done task finishes at its completion. Any other starts at the latest of today and its predecessors'
 * finishes and takes its planned duration; one already started finishes no earlier than its due date.
 * `slips` adds days to given tasks: the "what if this stage slips N days" preview.
 */
export function project(
  tasks: Task[],
  todayStart: number,
  slips: Map<string, number> = new Map(),
): Projection {
  const finish = new Map<string, number>();
  const { byId } = taskIndexOf(tasks);
  for (const task of topological(tasks)) {
    if (task.status === 'done') {
      finish.set(task.id, doneAt(task, todayStart));
      continue;
    }
    finish.set(task.id, finishAfter(task, byId, finish, todayStart) + (slips.get(task.id) ?? 0) * DAY);
  }
  return { finish, specials: specialsOf(tasks, finish) };
}

/** Marked done by hand without a completion time: finished, at the latest today. */
export const doneAt = (task: Task, todayStart: number): number =>
  task.completedAt ?? Math.min(todayStart, task.due ?? todayStart);

/** [D2] When a task not done finishes, its predecessors' finishes known. */
export function finishAfter(
  task: Task,
  byId: Map<string, Task>,
  finish: ProjectionLookup['finish'],
  todayStart: number,
): number {
  // A cancelled predecessor will not happen: it holds nothing back.
  const live = task.dependsOnIds.filter((p) => byId.get(p)?.status !== 'cancelled');
  const after = Math.max(todayStart, ...live.map((p) => finish.get(p) ?? todayStart));
  const started = task.status === 'in_progress' || task.status === 'in_review';
  // [EV13] A stage without a start takes its plan's duration (from its predecessors' due dates).
  return started ? Math.max(after, task.due ?? after) : after + plannedDuration(withPlannedStart(task, byId));
}

/** [D3] A special task ends when its last stage does; [D4] its critical path walks back the latest predecessors. */
function specialsOf(tasks: Task[], finish: Map<string, number>): Projection['specials'] {
  const specials: Projection['specials'] = new Map();
  for (const task of tasks) {
    const end = specialEnd(task, tasks, finish);
    if (end) specials.set(task.id, end);
  }
  return specials;
}

/** [D3][D4] The projected end of `task` when it is a special task with a stage that has a finish. */
export function specialEnd(
  task: Task,
  tasks: Task[],
  finish: ProjectionLookup['finish'],
): SpecialEnd | undefined {
  const index = taskIndexOf(tasks);
  const stages = (index.stagesOf.get(task.id) ?? []).filter(
    (s) => finish.get(s.id) !== undefined && s.status !== 'cancelled',
  );
  if (task.parentId || stages.length === 0) return undefined;
  const last = stages.reduce((a, b) => (finish.get(b.id)! > finish.get(a.id)! ? b : a));
  const end = finish.get(last.id)!;
  return {
    end,
    slip: task.due !== undefined ? Math.max(0, end - task.due) : 0,
    critical: criticalPath(last, index.byId, finish),
  };
}

function criticalPath(last: Task, byId: Map<string, Task>, finish: ProjectionLookup['finish']): string[] {
  const path = [last.id];
  for (let task: Task | undefined = last; task;) {
    const before: Task | undefined = task.dependsOnIds
      .map((id) => byId.get(id))
      .filter((p): p is Task => Boolean(p) && finish.get(p!.id) !== undefined && !path.includes(p!.id))
      .sort((a, b) => finish.get(b.id)! - finish.get(a.id)! || a.id.localeCompare(b.id))[0];
    if (before) path.unshift(before.id);
    task = before;
  }
  return path;
}

export type Risk = 'overdue' | 'willSlip' | 'notStarted';

/**
 * [D5] Overdue: past its due date and not done. Will slip: projected to finish after its due date.
 * Not started: ready for longer than the window since its last predecessor finished.
 */
export function risksOf(
  task: Task,
  projection: ProjectionLookup,
  todayStart: number,
  byId: Map<string, Task>,
  readyWindowDays = 2,
): Risk[] {
  if (task.status === 'done' || task.status === 'cancelled') return [];
  const risks: Risk[] = [];
  if (isOverdue(task, todayStart)) risks.push('overdue');
  const end = projection.finish.get(task.id);
  if (task.due !== undefined && end !== undefined && end > task.due && !risks.includes('overdue'))
    risks.push('willSlip');
  if (task.status === 'ready') {
    const since = Math.max(
      task.assignedAt ?? 0,
      ...task.dependsOnIds.map((id) => byId.get(id)?.completedAt ?? 0),
    );
    if (since > 0 && todayStart - since > readyWindowDays * DAY) risks.push('notStarted');
  }
  return risks;
}
