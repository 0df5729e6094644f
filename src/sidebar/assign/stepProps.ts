/** What every step component receives: the state, a way to change it, the org, and the issues to show. */
import type { DraftContext } from '../../core/assignment';
import type { WizardState } from './wizardModel';
import type { ShownIssue } from './wizardView';

export type Update = (change: (state: WizardState) => WizardState) => void;

export interface StepProps {
  state: WizardState;
  update: Update;
  ctx: DraftContext;
  /** The current step's issues, as the user should see them now. */
  issues: ShownIssue[];
}

/**
 * Semi's Select applies a choice only when its closing animation ends; without animation it applies at once,
 * which is also what lets happy-dom tests drive it. Every wizard Select uses this.
 */
export const INSTANT = { motion: false } as const;
