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
