/** What sending does to the wizard: pure transitions around the one call to the assign service. */
import type { DraftIssue } from '../../core/assignment';
import { emptyWizard, STEPS, type WizardState } from './wizardModel';

/** Sending shows every step's errors, should core still find one. */
export const startSending = (state: WizardState): WizardState => ({
  ...state,
  tried: STEPS,
  send: { kind: 'sending' },
});

/** A fresh draft with a new key, so the next task is not mistaken for a retry of this one. */
export function sendSucceeded(state: WizardState, taskId: string, nextDraftKey: string): WizardState {
  return { ...emptyWizard(nextDraftKey), send: { kind: 'sent', taskId, title: state.draft.title.trim() } };
}

/** The service refused the draft (nothing written): back to the first step that has an error. */
export function sendRejected(state: WizardState, issues: DraftIssue[]): WizardState {
  const first = STEPS.find((step) => issues.some((i) => i.step === step && i.severity === 'error'));
  return { ...state, step: first ?? state.step, tried: STEPS, send: { kind: 'idle' } };
}

/** Refused for who the sender is, not for the draft: say so instead of sending them back to a step. */
export const sendNotPermitted = (state: WizardState, message: string): WizardState => ({
  ...state,
  send: { kind: 'notPermitted', message },
});

/** Some records may have been written: the next attempt must look them up (resume), never add them twice. */
export const sendFailed = (state: WizardState, message: string): WizardState => ({
  ...state,
  send: { kind: 'failed', message },
  mayExist: true,
});

export const startRollingBack = (state: WizardState): WizardState => ({
  ...state,
  send: { kind: 'rollingBack' },
});

/** Everything under this key was removed; the draft can be edited and sent again. */
export const rolledBack = (state: WizardState): WizardState => ({
  ...state,
  send: { kind: 'rolledBack' },
  mayExist: true,
});

/** Whether the next send finishes a previous one: after any failure under this draft key. */
export const resumeOptions = (state: WizardState) => ({ resume: state.mayExist });
