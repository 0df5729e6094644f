/**
 * Sending the wizard's draft: once per click however fast the clicks come, resumable after a failure, and
 * reversible (roll back) while nothing shows as assigned yet.
 */
import { useRef, type Dispatch, type SetStateAction } from 'react';
import { planAssignment } from '../../core/assignment';
import { rollBack, sendAssignment } from '../../services/assign';
import type { ReadySession } from '../app/appModel';
import { newRequestKey } from '../newTask/newTaskModel';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import { startOfDay } from '../shared/dayInput';
import {
  resumeOptions,
  rolledBack,
  sendFailed,
  sendRejected,
  sendSucceeded,
  startRollingBack,
  startSending,
} from './sendModel';
import type { WizardState } from './wizardModel';

interface Options {
  session: ReadySession;
  now: () => number;
  state: WizardState;
  setState: Dispatch<SetStateAction<WizardState>>;
  onSent: (taskId: string) => void;
}

export function useSendAssignment({ session, now, state, setState, onSent }: Options) {
  const { t, locale } = useI18n();
  // State updates land after the click handler returns; a ref stops a second click in the same tick.
  const busy = useRef(false);
  const { store, data, context } = session;

  async function guarded(run: () => Promise<void>) {
    if (busy.current) return;
    busy.current = true;
    try {
      await run();
    } catch (error) {
      setState((s) => sendFailed(s, t('wizard.send.failed', { reason: errorMessage(error, t, locale) })));
    } finally {
      busy.current = false;
    }
  }

  const clock = () => {
    const time = now();
    return { now: time, todayStart: startOfDay(time) };
  };

  /** Send, or after a failure finish sending: the same call, looking up what the failed one wrote. */
  const send = () =>
    guarded(async () => {
      const draft = state.draft;
      setState(startSending);
      const result = await sendAssignment(store, data, draft, context.userId, clock(), resumeOptions(state));
      if (!result.ok) return setState((s) => sendRejected(s, result.issues));
      setState((s) => sendSucceeded(s, result.taskId, newRequestKey()));
      onSent(result.taskId);
    });

  /** Removes what the failed send wrote, found by the draft's keys. */
  const undo = () =>
    guarded(async () => {
      setState(startRollingBack);
      const { now: time, todayStart } = clock();
      const plan = planAssignment(state.draft, { ...data, todayStart }, context.userId, time);
      await rollBack(store, plan);
      setState(rolledBack);
    });

  return { send, rollBack: undo };
}
