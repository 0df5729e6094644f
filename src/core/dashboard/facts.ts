/**
 * What the dashboard reads, prepared once per read: events by task in time order, who held each task and the
 * spans it had no acknowledged owner. Measures then only filter and count. Rows typed or deleted by hand are
 * skipped and counted, never guessed.
 */
import type { Drive, Submission } from '../collection/drive';
import type { Department, Member, Task, TaskEvent, TaskEventType } from '../model';
import type { LedgerEntry } from '../scoring/ledger';
import type { Attempt, Course, SurveyAnswer, SurveyRound } from '../training/trainingModel';
import type { WorkCalendar } from '../workingTime';
import { idIndex, type IdIndex } from './idIndex';
import { firstDepartment, holderKind, isHolding, MOVES_NEED, ownerTrail, type History } from './ownerTrail';

/** Every table a measure may read; the ones not yet recorded in a Base are left out of `available`. */
export type FactSource =
  | 'tasks'
  | 'taskEvents'
  | 'members'
  | 'contributions'
  | 'collections'
  | 'submissions'
  | 'learning'
  | 'surveys';

/** Rows of the other pillars, each read only when its tables exist: absent means "not recorded". */
export interface PillarRows {
  drives?: Drive[];
  submissions?: Submission[];
  courses?: Course[];
  attempts?: Attempt[];
  rounds?: SurveyRound[];
  answers?: SurveyAnswer[];
  /** One entry per key (`uniqueEntries`), as the scoring module counts them: the reader keeps one of a key. */
  contributions?: LedgerEntry[];
}

export interface DashboardFacts extends PillarRows {
  tasks: Task[];
  events: TaskEvent[];
  members: Member[];
  departments: Department[];
  /** Sources actually read: a measure needing another shows "not enough data yet". */
  available: ReadonlySet<FactSource>;
  now: number;
  calendar: WorkCalendar;
}

export interface PreparedFacts extends DashboardFacts {
  /** [M3] Special tasks: typed so, or with no kind and no parent. */
  special: Task[];
  /**
   * Every kept event by its type, task by task (in order of first event), each task's in time order, with
   * each event's time beside it (a line by time then reads no event again).
   */
  eventsByType: Map<TaskEventType, EventList>;
  /** Each task's position in `tasks`, by id. */
  taskSlot: IdIndex;
  /** 1 where the task at that position is extra duty: read by position, no set of ids built again. */
  extraDuty: Uint8Array;
  /** Events with no task, a task no longer in 任务, no type or no time. */
  ignoredEvents: number;
  departmentIds: Set<string>;
  /** Tasks and special tasks by 主责部门, in their order: a department's scope is a lookup, not a pass. */
  byDepartment: Map<string | undefined, { tasks: Task[]; special: Task[] }>;
  /** Each task's 主责部门 as a number (by position), and the numbers: a department's rows are found by number. */
  taskDepartment: { of: Int32Array; numbers: Map<string | undefined, number> };
  /** The earliest task (created, else published, else assigned) of the company and of each 主责部门. */
  firstTask: { company: number; byDepartment: Map<string | undefined, number> };
  /** Tasks that passed between departments twice or more, in task order. */
  movers: Mover[];
  /** Every unowned span of a special task, in the order of `special`. */
  unowned: UnownedSpan[];
  /** Lists derived once for all scopes (see `memo`). */
  cache: Map<string, unknown>;
}

export interface EventList {
  rows: TaskEvent[];
  times: number[];
  /** Each event's task, by position in `tasks`. */
  slots: number[];
}

export interface Mover {
  id: string;
  department?: string;
  moves: readonly number[];
}

export interface UnownedSpan {
  id: string;
  department?: string;
  from: number;
  to: number;
}

export const isSpecial = (t: Task): boolean => t.kind === 'special' || (t.kind === undefined && !t.parentId);

/** Each user's department as a number (one per department id, an empty id none), for the owner trails. */
function departmentByUser(members: Member[]): Map<string, number> {
  const numbers = new Map<string, number>();
  const byUser = new Map<string, number>();
  // Active rows last, so someone who came back is placed in their current department.
  for (const m of [...members].sort((a, b) => Number(a.active) - Number(b.active))) {
    if (!m.departmentId) continue;
    let n = numbers.get(m.departmentId);
    if (n === undefined) numbers.set(m.departmentId, (n = numbers.size));
    for (const u of m.userIds) byUser.set(u, n);
  }
  return byUser;
}

/**
 * Event types as small numbers, read while each event is at hand, so grouping by type reads no event again;
 * each type's holder kind is worked out once, not compared as strings for every event.
 */
function typeNumbers() {
  const numbers = new Map<TaskEventType, number>();
  const kinds: number[] = [];
  return {
    numberOf(type: TaskEventType): number {
      let n = numbers.get(type);
      if (n === undefined) {
        numbers.set(type, (n = numbers.size));
        kinds.push(holderKind(type));
      }
      return n;
    },
    kindOf: (n: number): number => kinds[n]!,
    lists: () => Array.from({ length: numbers.size }, (): EventList => ({ rows: [], times: [], slots: [] })),
    byType: (lists: EventList[]) =>
      new Map(
        [...numbers].flatMap(([type, n]) => (lists[n]!.rows.length ? [[type, lists[n]!] as const] : [])),
      ),
  };
}

/**
 * Sorts `order[from..to)` (event positions) by `times`, equal times in position order as a stable sort keeps
 * them. A task has a handful of events, usually already in order: an insertion sort is one comparison each
 * then. Only the times column is read, never the events themselves.
 */
function sortSegment(order: Int32Array, times: Float64Array, from: number, to: number): void {
  if (to - from > 32) {
    order.subarray(from, to).sort((a, b) => times[a]! - times[b]! || a - b);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const k = order[i]!;
    const t = times[k]!;
    let j = i - 1;
    while (j >= from && times[order[j]!]! > t) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = k;
  }
}

/**
 * The events by type, task by task, and the time-ordered lists of the tasks that get a trail, by position.
 * Each event is read once, for its task and time; the grouping and sorting then move positions in typed
 * columns, and each list is made at its final size (lists grown a push at a time are mostly spare room the
 * garbage collector copies along).
 */
function groupEvents(tasks: Task[], events: TaskEvent[], byUser: Map<string, number>) {
  const slot = idIndex(tasks.map((t) => t.id));
  const taskOf = new Int32Array(events.length).fill(-1);
  const times = new Float64Array(events.length);
  const types = typeNumbers();
  const typeOf = new Int32Array(events.length);
  const kinds = new Uint8Array(events.length);
  const holders = new Int32Array(events.length).fill(-1);
  const start = new Int32Array(tasks.length + 1);
  const firstSeen: number[] = [];
  let ignored = 0;
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    const i = e.taskId ? slot.get(e.taskId) : undefined;
    const t = e.at ?? e.createdAt;
    if (i === undefined || !e.type || t === undefined) {
      ignored++;
      continue;
    }
    taskOf[k] = i;
    times[k] = t;
    typeOf[k] = types.numberOf(e.type);
    kinds[k] = types.kindOf(typeOf[k]!);
    // In the order the events came: visited task by task later, each event would be a cache miss.
    if (isHolding(kinds[k]!)) holders[k] = firstDepartment(e.actorUserIds, byUser);
    if (start[i + 1]!++ === 0) firstSeen.push(i);
  }
  for (let i = 0; i < tasks.length; i++) start[i + 1]! += start[i]!;
  const order = new Int32Array(start[tasks.length]!);
  const filled = start.slice(0, tasks.length);
  for (let k = 0; k < events.length; k++) if (taskOf[k]! >= 0) order[filled[taskOf[k]!]!++] = k;
  const byType = types.lists();
  for (const i of firstSeen) {
    sortSegment(order, times, start[i]!, start[i + 1]!);
    for (let p = start[i]!; p < start[i + 1]!; p++) {
      const list = byType[typeOf[order[p]!]!]!;
      list.rows.push(events[order[p]!]!);
      list.times.push(times[order[p]!]!);
      list.slots.push(i);
    }
  }
  const histories: Histories = { order, times, kinds, holders, start };
  return { byType: types.byType(byType), histories, ignored, slot };
}

/** Every task's history at once: task i's events are `order[start[i]..start[i + 1])`, by time. */
type Histories = Omit<History, 'from' | 'to'> & { start: Int32Array };

/** The trails and what every scope reads from them, in one pass over the tasks while each is at hand. */
function taskDerived(facts: DashboardFacts, histories: Histories) {
  const { start, ...columns } = histories;
  // One view moved from task to task: a trail keeps nothing of it.
  const history: History = { ...columns, from: 0, to: 0 };
  const special: Task[] = [];
  const movers: Mover[] = [];
  const unowned: UnownedSpan[] = [];
  const byDepartment: PreparedFacts['byDepartment'] = new Map();
  const extraDuty = new Uint8Array(facts.tasks.length);
  const taskDepartment = {
    of: new Int32Array(facts.tasks.length),
    numbers: new Map<string | undefined, number>(),
  };
  const firstTask = { company: Infinity, byDepartment: new Map<string | undefined, number>() };
  facts.tasks.forEach((task, i) => {
    if (task.extraDuty) extraDuty[i] = 1;
    const department = task.primaryDepartmentId;
    let own = byDepartment.get(department);
    if (!own) {
      byDepartment.set(department, (own = { tasks: [], special: [] }));
      taskDepartment.numbers.set(department, taskDepartment.numbers.size);
      firstTask.byDepartment.set(department, Infinity);
    }
    own.tasks.push(task);
    taskDepartment.of[i] = taskDepartment.numbers.get(department)!;
    const at = task.createdAt ?? task.publishedAt ?? task.assignedAt ?? -Infinity;
    firstTask.company = Math.min(firstTask.company, at);
    firstTask.byDepartment.set(department, Math.min(firstTask.byDepartment.get(department)!, at));
    const count = start[i + 1]! - start[i]!;
    // Unowned hours count special tasks only, and two moves need three events: other tasks need no trail.
    const isSpecialTask = isSpecial(task);
    if (isSpecialTask) {
      special.push(task);
      own.special.push(task);
    }
    if (!isSpecialTask && count < MOVES_NEED) return;
    history.from = start[i]!;
    history.to = start[i + 1]!;
    const trail = ownerTrail(task, history, facts.now, isSpecialTask);
    if (trail.moves.length >= 2) movers.push({ id: task.id, department, moves: trail.moves });
    for (const [from, to] of trail.unowned) unowned.push({ id: task.id, department, from, to });
  });
  return { special, movers, unowned, byDepartment, extraDuty, taskDepartment, firstTask };
}

export function prepareFacts(facts: DashboardFacts): PreparedFacts {
  const byUser = departmentByUser(facts.members);
  const { byType, histories, ignored, slot } = groupEvents(facts.tasks, facts.events, byUser);
  return {
    ...facts,
    ...taskDerived(facts, histories),
    eventsByType: byType,
    taskSlot: slot,
    ignoredEvents: ignored,
    departmentIds: new Set(facts.departments.map((d) => d.id)),
    cache: new Map(),
  };
}
