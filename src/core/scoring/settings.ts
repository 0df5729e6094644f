/**
 * The scoring settings (设置 `scoring`, JSON): shares, bonus, penalty, multiplier, period length, who sees the
 * leaderboard and the payroll export's columns. Anything invalid falls back to its default and is reported,
 * so a typo in the grid never stops scoring and never scores with a nonsense rate.
 */

export const SCORING_SETTING = 'scoring';
export const CLOSED_SETTING = 'scoring.closed';

export type PeriodKind = 'month' | 'quarter';
export type LeaderboardVisibility = 'managers' | 'everyone';

export const EXPORT_COLUMNS = [
  'employeeNo',
  'name',
  'department',
  'period',
  'points',
  'amount',
  'entries',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export interface ScoringSettings {
  /** The responsible person's share of a task's points; the stages share the rest. */
  responsibleShare: number;
  /** Added to a share when the task was accepted on or before its due date. */
  onTimeBonus: number;
  /** Taken from a share when accepted late (0: the seed rewards, it does not fine). */
  latePenalty: number;
  /** Multiplies the points of a task marked 职责外. */
  extraDutyMultiplier: number;
  /** Points above this on one task are taken for a typo: flagged, not scored. */
  maxTaskPoints: number;
  period: PeriodKind;
  leaderboard: LeaderboardVisibility;
  /** Money per point in the payroll export; no amount column when left out. */
  rate?: number;
  columns: ExportColumn[];
  /** Header text per column, to match the payroll template; the built-in headers otherwise. */
  headers: Partial<Record<ExportColumn, string>>;
  /** Offset of the company's clock from UTC: periods start at local midnight. */
  utcOffsetMinutes: number;
}

export const DEFAULT_SCORING: ScoringSettings = {
  responsibleShare: 0.4,
  onTimeBonus: 0.2,
  latePenalty: 0,
  extraDutyMultiplier: 1.5,
  maxTaskPoints: 1000,
  period: 'month',
  leaderboard: 'managers',
  columns: [...EXPORT_COLUMNS],
  headers: {},
  utcOffsetMinutes: 480,
};

/** A setting that was not used as written: its name and what was wrong. */
export interface SettingProblem {
  setting: string;
  problem: 'invalidJson' | 'notObject' | 'outOfRange' | 'unknownValue';
}

type Check = (value: unknown) => boolean;
const fraction: Check = (v) => typeof v === 'number' && v >= 0 && v <= 1;
const between =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

const NUMBER_CHECKS: { [K in keyof ScoringSettings]?: Check } = {
  responsibleShare: fraction,
  onTimeBonus: between(0, 2),
  latePenalty: fraction,
  extraDutyMultiplier: between(1, 10),
  maxTaskPoints: between(1, 1_000_000),
  rate: between(0, 1_000_000),
  utcOffsetMinutes: between(-720, 840),
};

/** [SC1] The settings as written where valid, the default elsewhere, and a problem for each fallback. */
export function parseScoringSettings(text: string | undefined): {
  settings: ScoringSettings;
  problems: SettingProblem[];
} {
  if (text === undefined || text.trim() === '') return { settings: DEFAULT_SCORING, problems: [] };
  let given: unknown;
  try {
    given = JSON.parse(text);
  } catch {
    return { settings: DEFAULT_SCORING, problems: [{ setting: SCORING_SETTING, problem: 'invalidJson' }] };
  }
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    return { settings: DEFAULT_SCORING, problems: [{ setting: SCORING_SETTING, problem: 'notObject' }] };
  return readFields(given as Record<string, unknown>);
}

function readFields(given: Record<string, unknown>) {
  const settings: ScoringSettings = { ...DEFAULT_SCORING };
  const problems: SettingProblem[] = [];
  const take = <K extends keyof ScoringSettings>(key: K, ok: boolean, problem: SettingProblem['problem']) => {
    if (!(key in given)) return;
    if (ok) settings[key] = given[key] as ScoringSettings[K];
    else problems.push({ setting: `${SCORING_SETTING}.${key}`, problem });
  };
  for (const [key, check] of Object.entries(NUMBER_CHECKS) as [keyof ScoringSettings, Check][])
    take(key, check(given[key]), 'outOfRange');
  take('period', given.period === 'month' || given.period === 'quarter', 'unknownValue');
  take('leaderboard', given.leaderboard === 'managers' || given.leaderboard === 'everyone', 'unknownValue');
  take('columns', isColumnList(given.columns), 'unknownValue');
  take('headers', isHeaderMap(given.headers), 'unknownValue');
  return { settings, problems };
}

const isColumn = (v: unknown): v is ExportColumn => EXPORT_COLUMNS.includes(v as ExportColumn);

function isColumnList(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && v.every(isColumn) && new Set(v).size === v.length;
}

function isHeaderMap(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.entries(v).every(
    ([k, text]) => isColumn(k) && typeof text === 'string' && text.trim() !== '',
  );
}
