/**
 * What scoring derives from: the facts already in the Base, and the entries the rules want for them. A
 * source (tasks, collection drives, courses) is one rule in `rules.ts`.
 */
import type { Drive, Submission } from '../collection/drive';
import type { Task } from '../model';
import type { Org } from '../org';
import type { Attempt, Course } from '../training/trainingModel';
import type { ScoringSettings } from './settings';

/** The 贡献 table's rule and source options. */
export type ContributionRule =
  'owner' | 'cooperating' | 'claim' | 'on_time' | 'course' | 'submission' | 'award' | 'late' | 'reversal';
export type ContributionSource = 'task' | 'course' | 'collection' | 'award';

/** The Base's facts; a source whose tables this Base lacks is left out and scores nothing. */
export interface ScoringFacts extends Org {
  tasks: Task[];
  drives?: Drive[];
  submissions?: Submission[];
  courses?: Course[];
  attempts?: Attempt[];
}

/** One entry the facts call for: identified by its fact, member, rule and the period of the fact. */
export interface WantedEntry {
  /** What it came from: `task:<id>`, `stage:<id>`, `collection:<drive id>`, `course:<course id>`. */
  fact: string;
  memberId: string;
  rule: ContributionRule;
  source: ContributionSource;
  points: number;
  /** The period of the fact (when it was accepted, submitted, passed). */
  period: string;
  at: number;
  taskId?: string;
  summary: string;
}

export type FlagProblem = 'negative' | 'absurd' | 'notNumber' | 'unknownPerson' | 'badWeight' | 'noDate';

/** A fact not scored, with why: shown to managers, never silently dropped. */
export interface Flag {
  fact: string;
  title: string;
  problem: FlagProblem;
}

export interface Derivation {
  wanted: WantedEntry[];
  flags: Flag[];
}

export interface RuleContext {
  settings: ScoringSettings;
  periodOf: (t: number) => string;
}

/** One source of points: pluggable without touching the ledger or reconciliation. */
export interface ScoringRule {
  name: string;
  derive(facts: ScoringFacts, context: RuleContext): Derivation;
}

/** Points to the hundredth: every share is rounded once, so the ledger and the rules add up alike. */
export const roundPoints = (points: number): number => Math.round(points * 100) / 100;

/** [SC8] Points typed by hand are scored only when they are a sensible number. */
export function pointsProblem(points: unknown, maxTaskPoints: number): Flag['problem'] | undefined {
  if (typeof points !== 'number' || !Number.isFinite(points)) return 'notNumber';
  if (points < 0) return 'negative';
  return points > maxTaskPoints ? 'absurd' : undefined;
}
