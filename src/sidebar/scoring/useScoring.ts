/**
 * Loads what the 贡献 tab shows when it opens (not when the sidebar opens): the scoring state and the current
 * standing, refused by the service to whoever may not see it. The chosen record loads itself (useRecord).
 */
import { useEffect, useState } from 'react';
import { readStanding, type Standing } from '../../services/scoring/scoringReads';
import { scoringState, type ScoringState } from '../../services/scoring/scoringState';
import { useNow, useSession } from '../kernel/session';

export interface ScoringLoad {
  state: ScoringState;
  /** Undefined when the leaderboard is not for the viewer. */
  standing?: Standing;
}

export function useScoring(): { load?: ScoringLoad; error?: unknown } {
  const session = useSession();
  const now = useNow();
  const [result, setResult] = useState<{ load?: ScoringLoad; error?: unknown }>({});
  useEffect(() => {
    let live = true;
    const { store, data, context } = session;
    const at = now();
    Promise.all([scoringState(store, at), readStanding(store, data, context.userId, at)]).then(
      ([state, standing]) =>
        live &&
        setResult({
          load: {
            state,
            standing: standing.ok ? standing.value : undefined,
          },
        }),
      (error: unknown) => live && setResult({ error }),
    );
    return () => {
      live = false;
    };
  }, [session, now]);
  return result;
}
