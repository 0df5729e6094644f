/** The scoring settings and closed periods as a service reads them: the closed list fresh, since a boss may have just closed one. */
import { openPeriodFrom, parseClosed, periodOf } from '../../core/scoring/periods';
import {
  CLOSED_SETTING,
  parseScoringSettings,
  SCORING_SETTING,
  type ScoringSettings,
  type SettingProblem,
} from '../../core/scoring/settings';
import { uniqueEntries, type LedgerEntry } from '../../core/scoring/ledger';
import { toEntry } from '../../schema/contributionEntity';
import type { BatonStore } from '../../store/batonStore';

export interface ScoringState {
  settings: ScoringSettings;
  problems: SettingProblem[];
  closed: string[];
  /** The period `now` falls in. */
  current: string;
  /** Where new and late entries go: the current period unless the boss closed it early. */
  openPeriod: string;
}

export async function scoringState(store: BatonStore, now: number): Promise<ScoringState> {
  const { settings, problems } = parseScoringSettings(store.setting(SCORING_SETTING));
  const rows = await store.readWhere('settings', 'key', CLOSED_SETTING);
  const closed = parseClosed(rows[0]?.values.value as string | undefined);
  const current = periodOf(now, settings.period, settings.utcOffsetMinutes);
  const openPeriod = openPeriodFrom(current, new Set(closed), settings.period, settings.utcOffsetMinutes);
  return { settings, problems, closed, current, openPeriod };
}

/** Every ledger entry as the Base holds it (duplicates of one key included, for the caller to drop). */
export async function readLedger(store: BatonStore): Promise<LedgerEntry[]> {
  return (await store.readAll('contributions')).map(toEntry);
}

/** Entries of one member or one period, by a filtered read: a record page does not load the whole ledger. */
export async function readLedgerWhere(
  store: BatonStore,
  field: 'member' | 'period',
  value: string,
): Promise<LedgerEntry[]> {
  return uniqueEntries((await store.readWhere('contributions', field, value)).map(toEntry));
}
