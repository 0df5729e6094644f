/**
 * Loads what the 贡献 tab shows when it opens (not when the sidebar opens): the closed periods, the chosen
 * member's entries and the current standing, each read refused by the service to whoever may not see it.
 */
import { useEffect, useState } from 'react';
import type { LedgerEntry } from '../../core/scoring/ledger';
import { readRecord, readStanding, type Standing } from '../../services/scoring/scoringReads';
import { scoringState, type ScoringState } from '../../services/scoring/scoringState';
import { useNow, useSession } from '../kernel/session';

export interface ScoringLoad {
  state: ScoringState;
  /** Undefined when the viewer may not see this record. */
  record?: LedgerEntry[];
  /** Undefined when the leaderboard is not for the viewer. */
  standing?: Standing;
}

export function useScoring(memberId: string | undefined): { load?: ScoringLoad; error?: unknown } {
  const session = useSession();
  const now = useNow();
  const [result, setResult] = useState<{ load?: ScoringLoad; error?: unknown }>({});
  useEffect(() => {
    let live = true;
    const { store, data, context } = session;
    const at = now();
    Promise.all([
      scoringState(store, at),
      memberId ? readRecord(store, data, context.userId, memberId) : undefined,
      readStanding(store, data, context.userId, at),
    ]).then(
      ([state, record, standing]) =>
        live &&
        setResult({
          load: {
            state,
            record: record?.ok ? record.value : undefined,
            standing: standing.ok ? standing.value : undefined,
          },
        }),
      (error: unknown) => live && setResult({ error }),
    );
    return () => {
      live = false;
    };
  }, [session, now, memberId]);
  return result;
}
