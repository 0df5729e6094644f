/** Fixed builders for dashboard tests: a week in May 2024 in UTC+8, each moment written as day and hour. */
import type { Department, Member, Task, TaskEvent } from '../model';
import { DEFAULT_CALENDAR } from '../workingTime';
import { prepareFacts, type FactSource, type PillarRows, type PreparedFacts } from './facts';

/** 2024-05-<day> <hour>:00 in UTC+8 (May 1 2024 is a Wednesday). */
export const may = (day: number, hour = 0) => Date.UTC(2024, 4, day, hour - 8);

let counter = 0;

export function anEvent(
  taskId: string | undefined,
  type: TaskEvent['type'],
  at: number,
  actor = '',
): TaskEvent {
  return {
    id: `ev${++counter}`,
    taskId,
    type,
    at,
    actorUserIds: actor ? [actor] : [],
    reason: '',
    summary: '',
  };
}

export const TASK_SOURCES: FactSource[] = ['tasks', 'taskEvents', 'members'];

export function factsOf(
  rows: PillarRows & {
    tasks?: Task[];
    events?: TaskEvent[];
    members?: Member[];
    departments?: Department[];
    now?: number;
    available?: FactSource[];
  },
): PreparedFacts {
  return prepareFacts({
    ...rows,
    tasks: rows.tasks ?? [],
    events: rows.events ?? [],
    members: rows.members ?? [],
    departments: rows.departments ?? [],
    available: new Set(rows.available ?? TASK_SOURCES),
    now: rows.now ?? may(10, 12),
    calendar: DEFAULT_CALENDAR,
  });
}
