/**
 * What a sidebar action is: the core's check on the page as shown (a refusal costs no round trip), the service
 * call that decides on the Base as it is, and the words for each ending. Commands are plain data; the one
 * runner that executes them is `useCommands`.
 */
import type { Task } from '../../core/model';
import type { Translate } from '../../i18n/translate';
import type { ReadySession } from './session';

export type Check<C extends string> = { ok: true } | { ok: false; code: C; by?: string };

/** The service's answer: written (and what it wrote), or refused on the Base as it is now. */
export type Answer<V, C extends string> =
  { ok: true; value: V; written?: Task } | { ok: false; code: C; by?: string; value?: V };

export interface CommandEnv {
  session: ReadySession;
  /** When this attempt happens: a failed attempt's time again on its retry, so its keys repeat. */
  at: number;
  /** An attempt under the same key failed before: it may have landed in part. */
  retrying: boolean;
  /** The tasks as shown: the data with what this runner wrote since. */
  tasks: Task[];
}

export interface Command<I, V, C extends string> {
  /** Attempts under one key share a retry time and a feedback line. */
  key(input: I): string;
  check?(input: I, env: CommandEnv): Check<C>;
  run(input: I, env: CommandEnv): Promise<Answer<V, C>>;
  /** When the app re-reads the Base: once the service answered, or only when it wrote. */
  rereads?: 'answered' | 'done';
  messages: {
    done(input: I, value: V, t: Translate, env: CommandEnv): string;
    refusal(code: C, t: Translate, by: string | undefined, input: I): string;
    failed(reason: string, t: Translate, input: I): string;
  };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- a table holds commands of any input and value */
export type AnyCommand = Command<any, any, any>;
export type InputOf<X> = X extends Command<infer I, any, any> ? I : never;
export type ValueOf<X> = X extends Command<any, infer V, any> ? V : never;
export type CodeOf<X> = X extends Command<any, any, infer C> ? C : never;
/* eslint-enable @typescript-eslint/no-explicit-any */

export type Outcome<V, C> =
  | { phase: 'done'; value: V; text: string }
  | { phase: 'refused'; code: C; value?: V; text: string }
  | { phase: 'failed'; text: string };
