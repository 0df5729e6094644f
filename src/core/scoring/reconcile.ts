/**
 * [SC12] Reconciliation: the entries the facts call for, compared by identity with what the ledger holds; only
 * the difference is written. A changed or vanished fact reverses what was booked for it and, where due, books
 * it again. Closed periods never change: what would land in one goes to the first open period, naming it.
 */
import type { WantedEntry } from './facts';
import {
  isDerived,
  isReversal,
  keyOf,
  reversalKey,
  reversedKey,
  splitKey,
  uniqueEntries,
  type LedgerEntry,
} from './ledger';
import { identityOf } from './rules';

export interface ReconcileContext {
  /** Closed periods. */
  closed: ReadonlySet<string>;
  /** The open period late corrections go to. */
  openPeriod: string;
  now: number;
}

interface Held {
  live: LedgerEntry[];
  lastGeneration: number;
}

function heldByIdentity(ledger: readonly LedgerEntry[]): Map<string, Held> {
  const entries = uniqueEntries(ledger).filter((e) => isDerived(e.key));
  const reversed = new Set(entries.filter((e) => isReversal(e.key)).map((e) => reversedKey(e.key)));
  const held = new Map<string, Held>();
  for (const entry of entries) {
    if (isReversal(entry.key)) continue;
    const { identity, generation } = splitKey(entry.key);
    const h = held.get(identity) ?? { live: [], lastGeneration: 0 };
    if (!reversed.has(entry.key)) h.live.push(entry);
    h.lastGeneration = Math.max(h.lastGeneration, generation);
    held.set(identity, h);
  }
  return held;
}

const sum = (entries: LedgerEntry[]) => Math.round(entries.reduce((s, e) => s + e.points, 0) * 100) / 100;

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

function entryOf(wanted: WantedEntry, generation: number, context: ReconcileContext): LedgerEntry {
  return {
    key: keyOf(identityOf(wanted), generation),
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
  const held = heldByIdentity(ledger);
  const wantedById = new Map(wanted.map((w) => [identityOf(w), w]));
  const additions: LedgerEntry[] = [];
  for (const identity of new Set([...held.keys(), ...wantedById.keys()])) {
    const want = wantedById.get(identity);
    const h = held.get(identity) ?? { live: [], lastGeneration: 0 };
    if (sum(h.live) === (want?.points ?? 0)) continue;
    additions.push(...h.live.map((e) => reversalOf(e, context)));
    if (want) additions.push(entryOf(want, h.lastGeneration + 1, context));
  }
  return additions;
}
