/**
 * What scoring derives from: the facts already in the Base, and the entries the rules want for them. A
 * source (tasks today; collection drives and courses when their tables fill) is one rule in `rules.ts`.
 */
import type { Task } from '../model';
import type { Org } from '../org';
import type { ScoringSettings } from './settings';

/** The 贡献 table's rule and source options. */
export type ContributionRule =
  'owner' | 'cooperating' | 'claim' | 'on_time' | 'course' | 'submission' | 'award' | 'late' | 'reversal';
export type ContributionSource = 'task' | 'course' | 'submission' | 'award';

/** A compliant submission to a collection drive, with the points the drive states. */
export interface SubmissionFact {
  id: string;
  memberId: string;
  title: string;
  submittedAt: number;
  deadline?: number;
  compliant: boolean;
  points: number;
}

/** A passed course, with the points the course states. */
export interface CoursePassFact {
  id: string;
  memberId: string;
  title: string;
  passedAt: number;
  points: number;
}

export interface ScoringFacts extends Org {
  tasks: Task[];
  /** Stage weights by stage id (equal when left out). */
  stageWeights?: ReadonlyMap<string, number>;
  submissions?: SubmissionFact[];
  coursePasses?: CoursePassFact[];
}

/** One entry the facts call for: identified by its fact, member, rule and the period of the fact. */
export interface WantedEntry {
  /** What it came from: `task:<id>`, `stage:<id>`, `submission:<id>`, `course:<id>`. */
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

export type FlagProblem = 'negative' | 'absurd' | 'notNumber' | 'unknownPerson';

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
