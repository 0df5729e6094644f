/**
 * The one runner for sidebar actions. It owns what every action needs alike: a busy guard that a double
 * click cannot pass, the retry time (a failed attempt's, so idempotency keys repeat), what the runner wrote
 * (shown until fresh data arrives), the feedback line, and re-reading the Base after a write.
 */
import { useEffect, useReducer, useRef } from 'react';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import type { AnyCommand, CodeOf, CommandEnv, InputOf, Outcome, ValueOf } from './command';
import {
  attemptTime,
  commandReducer,
  feedbackOf,
  idleCommands,
  overlay,
  phaseOf,
  saving,
  type Feedback,
  type Phase,
} from './commandState';
import { useNow, useRefresh, useSession } from './session';

type Table = Record<string, AnyCommand>;

const fullKey = (name: string, key: string) => `${name}:${key}`;

export function useCommands<T extends Table>(table: T) {
  const session = useSession();
  const now = useNow();
  const refresh = useRefresh();
  const { t, locale } = useI18n();
  const [state, dispatch] = useReducer(commandReducer, idleCommands);
  // State updates land after the click handler returns; a ref stops a second click in the same tick.
  const busy = useRef(false);
  useEffect(() => dispatch({ type: 'fresh' }), [session.data]);
  const tasks = overlay(state, session.data.tasks);

  async function run<N extends keyof T & string>(
    name: N,
    input: InputOf<T[N]>,
    /** Called once the attempt is let through, before anything runs. */
    started?: () => void,
  ): Promise<Outcome<ValueOf<T[N]>, CodeOf<T[N]>> | undefined> {
    if (busy.current) return undefined;
    busy.current = true;
    started?.();
    const command = table[name]!;
    const key = fullKey(name, command.key(input));
    const env: CommandEnv = {
      session,
      at: attemptTime(state, key, now()),
      retrying: state.failedAt.has(key),
      tasks,
    };
    dispatch({ type: 'start', key });
    try {
      const checked = command.check?.(input, env) ?? { ok: true };
      if (!checked.ok) {
        const text = command.messages.refusal(checked.code, t, checked.by, input);
        dispatch({ type: 'refused', key, text });
        return { phase: 'refused', code: checked.code, text };
      }
      const answer = await command.run(input, env);
      if (answer.ok) {
        const text = command.messages.done(input, answer.value, t, env);
        dispatch({ type: 'done', key, text, written: answer.written });
        if (command.rereads) refresh();
        return { phase: 'done', value: answer.value, text };
      }
      const text = command.messages.refusal(answer.code, t, answer.by, input);
      dispatch({ type: 'refused', key, text });
      // The Base has moved on from what this page shows: let the app re-read it.
      if (command.rereads === 'answered') refresh();
      return { phase: 'refused', code: answer.code, value: answer.value, text };
    } catch (error) {
      const text = command.messages.failed(errorMessage(error, t, locale), t, input);
      dispatch({ type: 'failed', key, text, at: env.at });
      return { phase: 'failed', text };
    } finally {
      busy.current = false;
    }
  }

  return {
    run,
    /** The tasks as shown: the data with what this runner wrote since. */
    tasks,
    written: state.written,
    /** An attempt of this runner is under way: its other actions are disabled until it ends. */
    saving: saving(state),
    phase: (name: keyof T & string, key: string): Phase => phaseOf(state, fullKey(name, key)),
    feedback: (name: keyof T & string, key: string): Feedback | undefined =>
      feedbackOf(state, fullKey(name, key)),
    /** The feedback of the attempt started last, whichever command it ran. */
    lastFeedback: (): Feedback | undefined => (state.last ? feedbackOf(state, state.last) : undefined),
    dismiss: (name: keyof T & string, key: string) => dispatch({ type: 'dismiss', key: fullKey(name, key) }),
  };
}
