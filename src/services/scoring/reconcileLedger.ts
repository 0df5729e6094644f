/**
 * [SC12][SC25] Reconciles the 贡献 ledger with the facts (tasks, drives, courses): reads the ledger once, asks the
 * core for the difference and adds it in keyed chunks of 200, so that a retry, a second sidebar or an automation
 * run adds nothing twice.
 */
import type { Flag } from '../../core/scoring/facts';
import { isDerived, type LedgerEntry } from '../../core/scoring/ledger';
import { reconcile } from '../../core/scoring/reconcile';
import { deriveWanted } from '../../core/scoring/rules';
import { fromEntry } from '../../schema/contributionEntity';
import type { BatonStore, CoreData } from '../../store/batonStore';
import { nextTurn } from '../../store/decodeInSlices';
import { chunks } from '../../store/paging';
import { readSourceFacts } from './scoringSources';
import { readLedger, scoringState } from './scoringState';

export interface ReconcileReport {
  added: number;
  duplicatesRemoved: number;
  flags: Flag[];
}

/**
 * Entries added per wave. The first reconcile of a Base with years of history adds thousands of entries; sent
 * in waves one after another, encoding and handing them to the host is a series of short tasks rather than one
 * that freezes the sidebar, and the host gets ten chunks at a time instead of a hundred.
 */
const ADD_WAVE = 1000;

/** Records sharing a key beyond the smallest id: two writers both added it before either could see the other. */
function duplicateIds(ledger: LedgerEntry[]): string[] {
  const byKey = new Map<string, string[]>();
  for (const e of ledger) if (e.id) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e.id]);
  return [...byKey.values()].flatMap((ids) => ids.sort().slice(1));
}

export async function reconcileLedger(
  store: BatonStore,
  data: CoreData,
  now: number,
): Promise<ReconcileReport> {
  const [state, ledger, sources] = await Promise.all([
    scoringState(store, now),
    readLedger(store),
    readSourceFacts(store),
  ]);
  // Each step of the first reconcile of a Base with years of history is a task of its own ([SC28]).
  const { byIdentity, flags } = deriveWanted({ ...data, ...sources }, state.settings);
  await nextTurn();
  const additions = reconcile(byIdentity, ledger, {
    closed: new Set(state.closed),
    openPeriod: state.openPeriod,
    now,
  });
  const waves = chunks(additions.map(fromEntry), ADD_WAVE);
  // Every wave is checked before the first is written, a wave per turn.
  for (const rows of waves) {
    await nextTurn();
    store.checkWrites([{ table: 'contributions', keyField: 'key', rows }]);
  }
  for (const wave of waves) await store.addKeyed('contributions', 'key', wave);
  const extra = duplicateIds(ledger.filter((e) => isDerived(e.key)));
  if (extra.length > 0) await store.remove('contributions', extra).catch(() => undefined);
  return { added: additions.length, duplicatesRemoved: extra.length, flags };
}

/**
 * Right after an acceptance in the sidebar: the points show at once instead of at the next background run. A
 * failure here loses nothing (the background reconciles again), so it is not the person's failure.
 */
export async function scoreAfterAcceptance(store: BatonStore, now: number): Promise<void> {
  await reconcileLedger(store, await store.loadCore(), now).catch(() => undefined);
}
