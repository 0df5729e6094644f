/**
 * [SC12] Reconciliation: the entries the facts call for, compared by identity with what the ledger holds; only
 * the difference is written. A changed or vanished fact reverses what was booked for it and, where due, books
 * it again. Closed periods never change: what would land in one goes to the first open period, naming it.
 */
import type { WantedEntry } from './facts';
import { isDerived, isReversal, keyOf, reversalKey, reversedKey, type LedgerEntry } from './ledger';
import { identityOf } from './rules';

export interface ReconcileContext {
  /** Closed periods. */
  closed: ReadonlySet<string>;
  /** The open period late corrections go to. */
  openPeriod: string;
  now: number;
}

interface Held {
  /** Every entry held for the identity; reversed ones are skipped once all reversals are known. */
  entries: LedgerEntry[];
  lastGeneration: number;
}

/**
 * One pass over the ledger: only derived keys are indexed (manual awards and history never enter the maps), and
 * duplicates keep the smallest record id, as `uniqueEntries` does.
 */
function heldByIdentity(ledger: readonly LedgerEntry[]): { held: Map<string, Held>; reversed: Set<string> } {
  const byKey = new Map<string, LedgerEntry>();
  for (const entry of ledger) {
    if (!isDerived(entry.key)) continue;
    const prior = byKey.get(entry.key);
    if (!prior || (entry.id ?? '') < (prior.id ?? '')) byKey.set(entry.key, entry);
  }
  const reversed = new Set<string>();
  const held = new Map<string, Held>();
  for (const [key, entry] of byKey) {
    if (isReversal(key)) {
      reversed.add(reversedKey(key));
      continue;
    }
    const at = key.lastIndexOf('#');
    const identity = key.slice(0, at);
    const generation = Number(key.slice(at + 1));
    let h = held.get(identity);
    if (!h) held.set(identity, (h = { entries: [], lastGeneration: 0 }));
    h.entries.push(entry);
    if (generation > h.lastGeneration) h.lastGeneration = generation;
  }
  return { held, reversed };
}

function booked(period: string, context: ReconcileContext): Pick<LedgerEntry, 'period' | 'corrects'> {
  return context.closed.has(period) ? { period: context.openPeriod, corrects: period } : { period };
}

function reversalOf(entry: LedgerEntry, context: ReconcileContext): LedgerEntry {
  return {
    key: reversalKey(entry.key),
    memberId: entry.memberId,
    rule: 'reversal',
    source: entry.source,
    points: -entry.points,
    ...booked(entry.period, context),
    taskId: entry.taskId,
    reversesId: entry.id,
    at: context.now,
    summary: entry.summary,
  };
}

function entryOf(
  wanted: WantedEntry,
  identity: string,
  generation: number,
  context: ReconcileContext,
): LedgerEntry {
  return {
    key: keyOf(identity, generation),
    memberId: wanted.memberId,
    rule: wanted.rule,
    source: wanted.source,
    points: wanted.points,
    ...booked(wanted.period, context),
    taskId: wanted.taskId,
    at: context.now,
    summary: wanted.summary,
  };
}

/** The entries to add so that the ledger holds exactly what `wanted` calls for. */
export function reconcile(
  wanted: readonly WantedEntry[],
  ledger: readonly LedgerEntry[],
  context: ReconcileContext,
): LedgerEntry[] {
  const { held, reversed } = heldByIdentity(ledger);
  const wantedById = new Map<string, WantedEntry>();
  for (const w of wanted) wantedById.set(identityOf(w), w);
  const additions: LedgerEntry[] = [];
  const settle = (identity: string, want: WantedEntry | undefined, h: Held | undefined) => {
    // The common case (nothing changed) allocates nothing: the live sum is added up in place.
    let live = 0;
    if (h) for (const e of h.entries) if (!reversed.has(e.key)) live += e.points;
    if (Math.round(live * 100) / 100 === (want?.points ?? 0)) return;
    if (h) for (const e of h.entries) if (!reversed.has(e.key)) additions.push(reversalOf(e, context));
    if (want) additions.push(entryOf(want, identity, (h?.lastGeneration ?? 0) + 1, context));
  };
  // Held identities first, in ledger order, then the new ones: the order the additions are written in.
  for (const [identity, h] of held) settle(identity, wantedById.get(identity), h);
  for (const [identity, want] of wantedById) if (!held.has(identity)) settle(identity, want, undefined);
  return additions;
}
