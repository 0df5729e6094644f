/**
 * The rule table: every source of points, each a rule that takes facts. A new source (a survey, a review) is
 * one more entry; the ledger and reconciliation do not change.
 */
import { collectionRule } from './collectionRule';
import { courseRule } from './courseRule';
import type { Derivation, RuleContext, ScoringFacts, ScoringRule, WantedEntry } from './facts';

/** What the facts call for, also by identity: reconciliation looks entries up by it. */
export interface WantedSet extends Derivation {
  byIdentity: ReadonlyMap<string, WantedEntry>;
}
import { periodOf } from './periods';
import type { ScoringSettings } from './settings';
import { taskRule } from './taskRule';

export const SCORING_RULES: readonly ScoringRule[] = [taskRule, collectionRule, courseRule];

/**
 * The identity an entry is compared by: the same fact, member, rule and fact period is the same entry. Joined
 * rather than templated: the string comes out flat at once instead of as a chain of parts flattened when hashed.
 */
export const identityOf = (w: Pick<WantedEntry, 'period' | 'fact' | 'memberId' | 'rule'>): string =>
  ['sc:', w.period, '|', w.fact, '|', w.memberId, '|', w.rule].join('');

/** [SC10] Every entry the facts call for, one per identity (a person on two lines of one fact gets their sum). */
export function deriveWanted(
  facts: ScoringFacts,
  settings: ScoringSettings,
  rules: readonly ScoringRule[] = SCORING_RULES,
): WantedSet {
  const context: RuleContext = {
    settings,
    periodOf: (t) => periodOf(t, settings.period, settings.utcOffsetMinutes),
  };
  const merged = new Map<string, WantedEntry>();
  const wanted: WantedEntry[] = [];
  const flags: Derivation['flags'] = [];
  for (const rule of rules) {
    const derived = rule.derive(facts, context);
    flags.push(...derived.flags);
    for (const w of derived.wanted) {
      const id = identityOf(w);
      const size = merged.size;
      // Set first and look back only when the identity was there (rare): one map operation per entry, not two.
      merged.set(id, w);
      if (merged.size === size) sumInto(wanted, merged, id, w);
      else wanted.push(w);
    }
  }
  return { wanted, flags, byIdentity: merged };
}

/** A second line for an identity: its entry, found from the end, becomes the sum (in the first one's place). */
function sumInto(wanted: WantedEntry[], merged: Map<string, WantedEntry>, id: string, w: WantedEntry) {
  let at = wanted.length - 1;
  while (identityOf(wanted[at]!) !== id) at--;
  const prior = wanted[at]!;
  const sum = { ...prior, points: Math.round((prior.points + w.points) * 100) / 100 };
  wanted[at] = sum;
  merged.set(id, sum);
}
