/**
 * [SC16][SC17] Reading scores, refused to whoever may not see them whatever the screen shows: a record by member
 * (a filtered read of that member's entries), the leaderboard by the current period.
 */
import { maySeeLeaderboard, maySeeRecord } from '../../core/scoring/access';
import type { LedgerEntry } from '../../core/scoring/ledger';
import type { Org } from '../../core/org';
import type { BatonStore } from '../../store/batonStore';
import type { Result } from './scoringActions';
import { readLedgerWhere, scoringState, type ScoringState } from './scoringState';

export async function readRecord(
  store: BatonStore,
  org: Org,
  viewerUserId: string,
  memberId: string,
): Promise<Result<LedgerEntry[], 'notAllowed'>> {
  if (!maySeeRecord(org, viewerUserId, memberId)) return { ok: false, code: 'notAllowed' };
  return { ok: true, value: await readLedgerWhere(store, 'member', memberId) };
}

export interface Standing {
  period: string;
  entries: LedgerEntry[];
  state: ScoringState;
}

export async function readStanding(
  store: BatonStore,
  org: Org,
  viewerUserId: string,
  now: number,
): Promise<Result<Standing, 'notAllowed'>> {
  const state = await scoringState(store, now);
  if (!maySeeLeaderboard(org, viewerUserId, state.settings.leaderboard))
    return { ok: false, code: 'notAllowed' };
  const entries = await readLedgerWhere(store, 'period', state.current);
  return { ok: true, value: { period: state.current, entries, state } };
}
