/**
 * Reconciliation as first written ([SC12]): plain and slow, the statement the fast one in
 * `src/core/scoring/reconcile.ts` must match addition for addition, in order ([SC27]).
 */
import type { WantedEntry } from '../../src/core/scoring/facts';
import type { ReconcileContext } from '../../src/core/scoring/reconcile';
import {
  isDerived,
  isReversal,
  keyOf,
  reversalKey,
  reversedKey,
  splitKey,
  uniqueEntries,
  type LedgerEntry,
} from '../../src/core/scoring/ledger';
import { identityOf } from '../../src/core/scoring/rules';

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
export function plainReconcile(
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
