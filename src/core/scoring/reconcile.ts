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

/** An identity held under two or more distinct keys: a reversed entry and its next generation, say. */
class Group {
  constructor(
    /** One entry per distinct key, in the order first seen. */
    readonly entries: LedgerEntry[],
    public lastGeneration: number,
  ) {}
}

/** What the ledger holds for an identity: most often its one entry itself, so nothing is allocated for it. */
type Held = LedgerEntry | Group;

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

const lastGeneration = (h: Held): number => {
  if (h instanceof Group) return h.lastGeneration;
  const generation = generationOf(h.key, h.key.lastIndexOf('#') + 1);
  return generation > 0 ? generation : 0;
};

/** Two rows with one key (racing writers) count once: the smaller id, in the place of the first, as `uniqueEntries`. */
function hold(group: Group, entry: LedgerEntry, generation: number): Group {
  if (generation > group.lastGeneration) group.lastGeneration = generation;
  const { entries } = group;
  for (let i = 0; i < entries.length; i++) {
    if (entries[i]!.key !== entry.key) continue;
    if ((entry.id ?? '') < (entries[i]!.id ?? '')) entries[i] = entry;
    return group;
  }
  entries.push(entry);
  return group;
}

/** A second row for an identity: the same key written twice keeps the smaller id, another key makes a group. */
function held2(prior: LedgerEntry, entry: LedgerEntry, generation: number): Held {
  if (prior.key === entry.key) return (entry.id ?? '') < (prior.id ?? '') ? entry : prior;
  return hold(new Group([prior], lastGeneration(prior)), entry, generation);
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
    const prior = held.get(identity);
    if (prior === undefined) held.set(identity, entry);
    else if (prior instanceof Group) hold(prior, entry, generationOf(key, at + 1));
    // Setting a key already in a map keeps its place: the identity stays where the ledger first named it.
    else held.set(identity, held2(prior, entry, generationOf(key, at + 1)));
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
  if (!(h instanceof Group)) return reversed.has(h.key) ? 0 : Math.round(h.points * 100) / 100;
  let live = 0;
  for (const e of h.entries) if (!reversed.has(e.key)) live += e.points;
  return Math.round(live * 100) / 100;
}

/** Held identities whose live sum is not zero. */
function liveCount(held: ReadonlyMap<string, Held>, reversed: ReadonlySet<string>): number {
  let count = 0;
  for (const h of held.values()) if (liveSum(h, reversed) !== 0) count++;
  return count;
}

/** Reversals and next generations for every held identity whose live sum is not what is wanted, in ledger order. */
function settleHeld(
  held: ReadonlyMap<string, Held>,
  wantedById: ReadonlyMap<string, WantedEntry>,
  reversed: ReadonlySet<string>,
  context: ReconcileContext,
  additions: LedgerEntry[],
): void {
  for (const [identity, h] of held) {
    const want = wantedById.get(identity);
    if (liveSum(h, reversed) === (want?.points ?? 0)) continue;
    for (const e of h instanceof Group ? h.entries : [h])
      if (!reversed.has(e.key)) additions.push(reversalOf(e, context));
    if (want) additions.push(entryOf(want, identity, lastGeneration(h) + 1, context));
  }
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
  // One look-up per wanted identity. Held ones are only counted: when every one is as wanted and no other held
  // identity has points left, the ledger's held part needs nothing, and the map is not walked again by identity.
  const fresh: LedgerEntry[] = [];
  let changed = false;
  let matchedLive = 0;
  for (const [identity, want] of wantedById) {
    const h = held.get(identity);
    if (h === undefined) {
      if (want.points !== 0) fresh.push(entryOf(want, identity, 1, context));
      continue;
    }
    const live = liveSum(h, reversed);
    if (live !== want.points) changed = true;
    if (live !== 0) matchedLive++;
  }
  // Held identities first, in ledger order, then the new ones: the order the additions are written in.
  const additions: LedgerEntry[] = [];
  if (changed || liveCount(held, reversed) !== matchedLive)
    settleHeld(held, wantedById, reversed, context, additions);
  for (const entry of fresh) additions.push(entry);
  return additions;
}

const isList = (w: readonly WantedEntry[] | ReadonlyMap<string, WantedEntry>): w is readonly WantedEntry[] =>
  Array.isArray(w);
