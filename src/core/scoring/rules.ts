/**
 * The rule table: every source of points, each a rule that takes facts. A new source (a survey, a review) is
 * one more entry; the ledger and reconciliation do not change.
 */
import type { Derivation, RuleContext, ScoringFacts, ScoringRule, WantedEntry } from './facts';
import { periodOf } from './periods';
import type { ScoringSettings } from './settings';
import { taskRule } from './taskRule';

/** [SC9] A compliant submission made by its drive's deadline earns the points the drive states. */
export const submissionRule: ScoringRule = {
  name: 'submission',
  derive: (facts, context) => ({
    wanted: (facts.submissions ?? [])
      .filter((s) => s.compliant && s.points > 0 && s.deadline !== undefined && s.submittedAt <= s.deadline)
      .map((s) => ({
        fact: `submission:${s.id}`,
        memberId: s.memberId,
        rule: 'submission',
        source: 'submission',
        points: s.points,
        period: context.periodOf(s.submittedAt),
        at: s.submittedAt,
        summary: s.title,
      })),
    flags: [],
  }),
};

/** [SC9] A passed course earns the points the course states. */
export const courseRule: ScoringRule = {
  name: 'course',
  derive: (facts, context) => ({
    wanted: (facts.coursePasses ?? [])
      .filter((p) => p.points > 0)
      .map((p) => ({
        fact: `course:${p.id}`,
        memberId: p.memberId,
        rule: 'course',
        source: 'course',
        points: p.points,
        period: context.periodOf(p.passedAt),
        at: p.passedAt,
        summary: p.title,
      })),
    flags: [],
  }),
};

export const SCORING_RULES: readonly ScoringRule[] = [taskRule, submissionRule, courseRule];

/** The identity an entry is compared by: the same fact, member, rule and fact period is the same entry. */
export const identityOf = (w: Pick<WantedEntry, 'period' | 'fact' | 'memberId' | 'rule'>): string =>
  `sc:${w.period}|${w.fact}|${w.memberId}|${w.rule}`;

/** [SC10] Every entry the facts call for, one per identity (a person on two lines of one fact gets their sum). */
export function deriveWanted(
  facts: ScoringFacts,
  settings: ScoringSettings,
  rules: readonly ScoringRule[] = SCORING_RULES,
): Derivation {
  const context: RuleContext = {
    settings,
    periodOf: (t) => periodOf(t, settings.period, settings.utcOffsetMinutes),
  };
  const merged = new Map<string, WantedEntry>();
  const flags: Derivation['flags'] = [];
  for (const rule of rules) {
    const derived = rule.derive(facts, context);
    flags.push(...derived.flags);
    for (const w of derived.wanted) {
      const id = identityOf(w);
      const prior = merged.get(id);
      merged.set(id, prior ? { ...prior, points: Math.round((prior.points + w.points) * 100) / 100 } : w);
    }
  }
  return { wanted: [...merged.values()], flags };
}
