/**
 * Loads one person's record (档案) when it is shown: the closed periods, their entries, their declines and
 * courses. Each read is refused by the service to whoever may not see the record.
 */
import { useEffect, useState } from 'react';
import type { LedgerEntry } from '../../core/scoring/ledger';
import { readRecordDetails, type RecordDetails } from '../../services/scoring/recordDetails';
import { readRecord } from '../../services/scoring/scoringReads';
import { scoringState } from '../../services/scoring/scoringState';
import { useNow, useSession } from '../kernel/session';

export type RecordLoad =
  { allowed: false } | { allowed: true; closed: string[]; entries: LedgerEntry[]; details: RecordDetails };

export function useRecord(memberId: string): { load?: RecordLoad; error?: unknown } {
  const session = useSession();
  const now = useNow();
  const [result, setResult] = useState<{ load?: RecordLoad; error?: unknown }>({});
  useEffect(() => {
    let live = true;
    const { store, data, context } = session;
    setResult({});
    Promise.all([
      scoringState(store, now()),
      readRecord(store, data, context.userId, memberId),
      readRecordDetails(store, data, context.userId, memberId),
    ]).then(
      ([state, entries, details]) => {
        if (!live) return;
        if (!entries.ok || !details.ok) return setResult({ load: { allowed: false } });
        const closed = [...state.closed];
        setResult({ load: { allowed: true, closed, entries: entries.value, details: details.value } });
      },
      (error: unknown) => live && setResult({ error }),
    );
    return () => {
      live = false;
    };
  }, [session, now, memberId]);
  return result;
}
