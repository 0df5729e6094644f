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
  /** One entry per distinct key, in the order first seen; reversed ones are skipped once all are known. */
  entries: LedgerEntry[];
  lastGeneration: number;
  /** What the facts call for under this identity, once matched. */
  want?: WantedEntry;
}

/** Two rows with one key (racing writers) count once: the smaller id, in the place of the first, as `uniqueEntries`. */
function hold(h: Held, entry: LedgerEntry, generation: number): void {
  if (generation > h.lastGeneration) h.lastGeneration = generation;
  const { entries } = h;
  for (let i = 0; i < entries.length; i++) {
    if (entries[i]!.key !== entry.key) continue;
    if ((entry.id ?? '') < (entries[i]!.id ?? '')) entries[i] = entry;
    return;
  }
  entries.push(entry);
}

/** The number after `#`, read in place (no string cut out for it); NaN when it is not one, as `Number` says. */
function generationOf(key: string, from: number): number {
  if (from >= key.length) return 0;
  let n = 0;
  for (let i = from; i < key.length; i++) {
    const digit = key.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number(key.slice(from));
    n = n * 10 + digit;
  }
  return n;
}

/**
 * One pass over the ledger and one map: only derived keys are looked at (manual awards and history never enter
 * it), a key's duplicates are found among its identity's few entries rather than in a map of every key.
 */
function heldByIdentity(ledger: readonly LedgerEntry[]): { held: Map<string, Held>; reversed: Set<string> } {
  const reversed = new Set<string>();
  const held = new Map<string, Held>();
  for (const entry of ledger) {
    const key = entry.key;
    if (!isDerived(key)) continue;
    if (isReversal(key)) {
      reversed.add(reversedKey(key));
      continue;
    }
    const at = key.lastIndexOf('#');
    const identity = key.slice(0, at);
    const generation = generationOf(key, at + 1);
    const h = held.get(identity);
    if (h) hold(h, entry, generation);
    else
      held.set(identity, {
        entries: [entry],
        lastGeneration: generation > 0 ? generation : 0,
        want: undefined,
      });
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

/** The wanted entries by identity, as `deriveWanted` also hands them over. */
function byIdentity(wanted: readonly WantedEntry[]): Map<string, WantedEntry> {
  const map = new Map<string, WantedEntry>();
  for (const w of wanted) map.set(identityOf(w), w);
  return map;
}

/** The live sum of what is held for an identity: entries not reversed. */
function liveSum(h: Held, reversed: ReadonlySet<string>): number {
  let live = 0;
  for (const e of h.entries) if (reversed.size === 0 || !reversed.has(e.key)) live += e.points;
  return Math.round(live * 100) / 100;
}

/**
 * The entries to add so that the ledger holds exactly what `wanted` calls for (a list, or the map by identity
 * that `deriveWanted` returns, so the identities are not built twice).
 */
export function reconcile(
  wanted: readonly WantedEntry[] | ReadonlyMap<string, WantedEntry>,
  ledger: readonly LedgerEntry[],
  context: ReconcileContext,
): LedgerEntry[] {
  const wantedById = isList(wanted) ? byIdentity(wanted) : wanted;
  const { held, reversed } = heldByIdentity(ledger);
  // One look-up per wanted identity (both keys' hashes already known): matched ones wait on their held entry.
  const fresh: LedgerEntry[] = [];
  for (const [identity, want] of wantedById) {
    const h = held.get(identity);
    if (h) h.want = want;
    else if (want.points !== 0) fresh.push(entryOf(want, identity, 1, context));
  }
  // Held identities first, in ledger order, then the new ones: the order the additions are written in.
  const additions: LedgerEntry[] = [];
  for (const [identity, h] of held) {
    // The common case (nothing changed) allocates nothing.
    if (liveSum(h, reversed) === (h.want?.points ?? 0)) continue;
    for (const e of h.entries) if (!reversed.has(e.key)) additions.push(reversalOf(e, context));
    if (h.want) additions.push(entryOf(h.want, identity, h.lastGeneration + 1, context));
  }
  for (const entry of fresh) additions.push(entry);
  return additions;
}

const isList = (w: readonly WantedEntry[] | ReadonlyMap<string, WantedEntry>): w is readonly WantedEntry[] =>
  Array.isArray(w);
