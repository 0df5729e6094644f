/**
 * Sending the wizard's draft through the command runner (once per click however fast the clicks come,
 * resumable after a failure), and rolling back what a failed send wrote. The wizard's own state says what the
 * send looks like; the runner decides whether it runs.
 */
import type { Dispatch, SetStateAction } from 'react';
import { commands } from '../kernel/commands';
import { newRequestKey } from '../kernel/people';
import { useCommands } from '../kernel/useCommands';
import {
  resumeOptions,
  rolledBack,
  sendFailed,
  sendNotPermitted,
  sendRejected,
  sendSucceeded,
  startRollingBack,
  startSending,
} from './sendModel';
import type { WizardState } from './wizardModel';

interface Options {
  state: WizardState;
  setState: Dispatch<SetStateAction<WizardState>>;
  onSent: (taskId: string) => void;
}

export function useSendAssignment({ state, setState, onSent }: Options) {
  const runner = useCommands(commands);

  /** Send, or after a failure finish sending: the same call, looking up what the failed one wrote. */
  async function send() {
    const draft = state.draft;
    const ended = await runner.run('sendAssignment', { draft, ...resumeOptions(state) }, () =>
      setState(startSending),
    );
    if (!ended) return;
    if (ended.phase === 'failed') return setState((s) => sendFailed(s, ended.text));
    if (ended.phase === 'refused' && ended.code !== 'invalid')
      return setState((s) => sendNotPermitted(s, ended.text));
    if (ended.phase === 'refused') return setState((s) => sendRejected(s, ended.value?.issues ?? []));
    const taskId = ended.value.taskId!;
    setState((s) => sendSucceeded(s, taskId, newRequestKey()));
    onSent(taskId);
  }

  /** Removes what the failed send wrote, found by the draft's keys. */
  async function undo() {
    const ended = await runner.run('rollBack', { draft: state.draft }, () => setState(startRollingBack));
    if (!ended) return;
    if (ended.phase === 'failed') return setState((s) => sendFailed(s, ended.text));
    setState(rolledBack);
  }

  return { send, rollBack: undo };
}
