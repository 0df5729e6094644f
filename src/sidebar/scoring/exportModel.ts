/** The export dialog's choices: which periods, which one first. Pure. */
import type { ScoringState } from '../../services/scoring/scoringState';
import { closablePeriods } from './closeModel';

/** Closed periods newest first, then the open ones on offer (exported as previews); the newest closed first. */
export function exportPeriods(state: ScoringState): { period: string; closed: boolean }[] {
  const open = closablePeriods(state.current, state.closed, state.settings).reverse();
  const closed = [...state.closed].sort().reverse();
  return [
    ...closed.map((period) => ({ period, closed: true })),
    ...open.map((period) => ({ period, closed: false })),
  ];
}
