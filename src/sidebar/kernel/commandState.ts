/**
 * The state of one command runner as a pure reducer: each key (a task, a stage action, a request) goes
 * idle → busy → done / refused / failed. A failure keeps its time, so the retry repeats the same
 * idempotency keys; what a command wrote stays shown until fresh data arrives.
 */
import type { Task } from '../../core/model';

export interface Feedback {
  type: 'success' | 'warning' | 'danger';
  text: string;
}

export type Phase = 'idle' | 'busy' | 'done' | 'refused' | 'failed';

export interface CommandState {
  /** The key of the attempt under way, if any: one at a time per runner. */
  busy?: string;
  /** The key of the attempt started last, whichever it was. */
  last?: string;
  /** How each key's last attempt ended, in words. */
  outcomes: ReadonlyMap<string, { phase: 'done' | 'refused' | 'failed'; text: string }>;
  /** When each key's failed attempt ran: its retry runs at the same time. */
  failedAt: ReadonlyMap<string, number>;
  /** What this runner wrote, by task id, shown until fresh data arrives. */
  written: ReadonlyMap<string, Task>;
}

export type CommandEvent =
  | { type: 'start'; key: string }
  | { type: 'done'; key: string; text: string; written?: Task }
  | { type: 'refused'; key: string; text: string }
  | { type: 'failed'; key: string; text: string; at: number }
  | { type: 'dismiss'; key: string }
  | { type: 'fresh' };

export const idleCommands: CommandState = {
  outcomes: new Map(),
  failedAt: new Map(),
  written: new Map(),
};

const withEntry = <V>(map: ReadonlyMap<string, V>, key: string, value: V) => new Map(map).set(key, value);

function without<V>(map: ReadonlyMap<string, V>, key: string): ReadonlyMap<string, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}

export function commandReducer(state: CommandState, event: CommandEvent): CommandState {
  switch (event.type) {
    case 'start':
      return { ...state, busy: event.key, last: event.key, outcomes: without(state.outcomes, event.key) };
    case 'done':
      return {
        ...state,
        busy: undefined,
        outcomes: withEntry(state.outcomes, event.key, { phase: 'done', text: event.text }),
        failedAt: without(state.failedAt, event.key),
        written: event.written ? withEntry(state.written, event.written.id, event.written) : state.written,
      };
    case 'refused':
      // The service answered: whatever the failed attempt wrote was looked at, so the next try is new.
      return {
        ...state,
        busy: undefined,
        outcomes: withEntry(state.outcomes, event.key, { phase: 'refused', text: event.text }),
        failedAt: without(state.failedAt, event.key),
      };
    case 'failed':
      return {
        ...state,
        busy: undefined,
        outcomes: withEntry(state.outcomes, event.key, { phase: 'failed', text: event.text }),
        failedAt: withEntry(state.failedAt, event.key, event.at),
      };
    case 'dismiss':
      return { ...state, outcomes: without(state.outcomes, event.key) };
    case 'fresh':
      return state.written.size === 0 ? state : { ...state, written: new Map() };
  }
}

export function phaseOf(state: CommandState, key: string): Phase {
  if (state.busy === key) return 'busy';
  return state.outcomes.get(key)?.phase ?? 'idle';
}

/** Whether an attempt is under way: the other actions wait for it, and say so. */
export const saving = (state: CommandState): boolean => state.busy !== undefined;

const FEEDBACK_TYPE = { done: 'success', refused: 'warning', failed: 'danger' } as const;

export function feedbackOf(state: CommandState, key: string): Feedback | undefined {
  const outcome = state.outcomes.get(key);
  return outcome && { type: FEEDBACK_TYPE[outcome.phase], text: outcome.text };
}

/** The time an attempt on this key runs at: a failed attempt's, so its keys repeat, or now. */
export const attemptTime = (state: CommandState, key: string, now: number): number =>
  state.failedAt.get(key) ?? now;

/** The tasks as this runner's writes left them. */
export const overlay = (state: CommandState, tasks: Task[]): Task[] =>
  state.written.size === 0 ? tasks : tasks.map((task) => state.written.get(task.id) ?? task);
