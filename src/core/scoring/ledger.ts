/**
 * The 贡献 ledger as the core sees it: append-only entries, each with a key derived from its fact, so that
 * however many runners compute it, an entry is written once. Corrections are reversals, never edits.
 */
import type { ContributionRule, ContributionSource } from './facts';

export interface LedgerEntry {
  /** The record id, once written. */
  id?: string;
  key: string;
  memberId?: string;
  rule?: ContributionRule;
  source?: ContributionSource;
  points: number;
  /** The period it is booked in. */
  period: string;
  taskId?: string;
  /** The record this one reverses. */
  reversesId?: string;
  /** The closed period a late correction corrects. */
  corrects?: string;
  /** A manual award's reason. */
  reason?: string;
  at?: number;
  summary: string;
}

/** Derived entries' keys: `sc:<fact period>|<fact>|<member>|<rule>#<n>`, a reversal adds `~`. */
export const DERIVED_PREFIX = 'sc:';
const REVERSAL_MARK = '~';

export const isDerived = (key: string): boolean => key.startsWith(DERIVED_PREFIX);
export const isReversal = (key: string): boolean => key.endsWith(REVERSAL_MARK);
export const reversalKey = (key: string): string => key + REVERSAL_MARK;
export const reversedKey = (key: string): string => key.slice(0, -REVERSAL_MARK.length);

/** The identity part of a derived key and its generation (the how-many-th entry for that identity). */
export function splitKey(key: string): { identity: string; generation: number } {
  const base = isReversal(key) ? reversedKey(key) : key;
  const at = base.lastIndexOf('#');
  return { identity: base.slice(0, at), generation: Number(base.slice(at + 1)) };
}

export const keyOf = (identity: string, generation: number): string => `${identity}#${generation}`;

/** The fact period named in a derived key. */
export const factPeriodOf = (key: string): string => key.slice(DERIVED_PREFIX.length, key.indexOf('|'));

/** [SC11] One entry per key: two runners that both added a key count once (the smallest record id, as everyone picks). */
export function uniqueEntries(entries: readonly LedgerEntry[]): LedgerEntry[] {
  const byKey = new Map<string, LedgerEntry>();
  for (const entry of entries) {
    const prior = byKey.get(entry.key);
    if (!prior || (entry.id ?? '') < (prior.id ?? '')) byKey.set(entry.key, entry);
  }
  return [...byKey.values()];
}

/** Sum of points per member and booked period. */
export function totalsByMemberPeriod(entries: readonly LedgerEntry[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const e of uniqueEntries(entries)) {
    const k = `${e.memberId}|${e.period}`;
    totals.set(k, Math.round(((totals.get(k) ?? 0) + e.points) * 100) / 100);
  }
  return totals;
}
