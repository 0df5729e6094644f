/**
 * The measure table and how it is computed for a scope and period. Sources other areas record (贡献, 提交,
 * 学习记录, 需求调研) are read only where a Base has their tables; a measure whose source is missing shows
 * "not enough data yet".
 */
import {
  bounced,
  declines,
  declinesValue,
  reassignments,
  reassignmentsValue,
  unownedHours,
} from './buckPassing';
import type { FactSource, PreparedFacts } from './facts';
import { voluntaryPoints } from './contributionMeasures';
import type { Measure, MeasureResult, Scope, ScopedFacts } from './measure';
import type { Period } from './period';
import { PILLAR_MEASURES } from './pillarMeasures';
import { assignMedian, assignP90, completionRate, onTimeRate, overdue } from './taskMeasures';
import { poolClaimRate, voluntaryShare } from './voluntary';

const TASKS: FactSource[] = ['tasks'];
const HISTORY: FactSource[] = ['tasks', 'taskEvents', 'members'];

/** [DB7] Every measure, in the order the dashboard shows them. The references are the seed's promises. */
export const MEASURES = [
  {
    id: 'assignMedian',
    spec: 'DB3',
    group: 'assign',
    unit: 'hours',
    better: 'lower',
    reads: TASKS,
    reference: { kind: 'absolute', before: 27, after: 1 },
    compute: assignMedian,
  },
  {
    id: 'assignP90',
    spec: 'DB3',
    group: 'assign',
    unit: 'hours',
    better: 'lower',
    reads: TASKS,
    compute: assignP90,
  },
  {
    id: 'completionRate',
    spec: 'DB4',
    group: 'completion',
    unit: 'share',
    better: 'higher',
    reads: TASKS,
    reference: { kind: 'absolute', before: 0.5, after: 0.85 },
    compute: completionRate,
  },
  {
    id: 'onTimeRate',
    spec: 'DB4',
    group: 'completion',
    unit: 'share',
    better: 'higher',
    reads: TASKS,
    compute: onTimeRate,
  },
  {
    id: 'overdue',
    spec: 'DB4',
    group: 'completion',
    unit: 'count',
    better: 'lower',
    reads: TASKS,
    compute: overdue,
  },
  {
    id: 'poolClaimRate',
    spec: 'DB5',
    group: 'voluntary',
    unit: 'share',
    better: 'higher',
    reads: TASKS,
    reference: { kind: 'absolute', before: 0.15, after: 0.4 },
    compute: poolClaimRate,
  },
  {
    id: 'voluntaryShare',
    spec: 'DB5',
    group: 'voluntary',
    unit: 'share',
    better: 'higher',
    reads: ['tasks', 'members'],
    reference: { kind: 'absolute', before: 0.15, after: 0.4 },
    compute: voluntaryShare,
  },
  {
    id: 'voluntaryPoints',
    spec: 'DB5',
    group: 'voluntary',
    unit: 'count',
    better: 'higher',
    reads: ['contributions', 'tasks'],
    compute: voluntaryPoints,
  },
  {
    id: 'declines',
    spec: 'DB6',
    group: 'buckPassing',
    unit: 'count',
    better: 'lower',
    reads: HISTORY,
    reference: { kind: 'drop', by: 0.9 },
    compute: declines,
    value: declinesValue,
  },
  {
    id: 'reassignments',
    spec: 'DB6',
    group: 'buckPassing',
    unit: 'count',
    better: 'lower',
    reads: HISTORY,
    reference: { kind: 'drop', by: 0.9 },
    compute: reassignments,
    value: reassignmentsValue,
  },
  {
    id: 'bounced',
    spec: 'DB6',
    group: 'buckPassing',
    unit: 'count',
    better: 'lower',
    reads: HISTORY,
    reference: { kind: 'drop', by: 0.9 },
    compute: bounced,
  },
  {
    id: 'unownedHours',
    spec: 'DB6',
    group: 'buckPassing',
    unit: 'hours',
    better: 'lower',
    reads: HISTORY,
    reference: { kind: 'drop', by: 0.9 },
    compute: unownedHours,
  },
  ...PILLAR_MEASURES,
] as const satisfies readonly Measure[];

export type MeasureId = (typeof MEASURES)[number]['id'];

export const measureById = (id: MeasureId): Measure => MEASURES.find((m) => m.id === id)!;

/** [DB8] The rows one scope sees: a department its own tasks and members; the company everything. */
export function scopeFacts(facts: PreparedFacts, scope: Scope): ScopedFacts {
  if (scope.kind === 'company') {
    const orphanTasks = facts.special.filter(
      (t) => t.primaryDepartmentId !== undefined && !facts.departmentIds.has(t.primaryDepartmentId),
    ).length;
    return {
      facts,
      scope,
      tasks: facts.tasks,
      special: facts.special,
      members: facts.members,
      orphanTasks,
      cache: new Map(),
    };
  }
  const id = scope.departmentId;
  const own = facts.byDepartment.get(id);
  return {
    facts,
    scope,
    tasks: own?.tasks ?? [],
    special: own?.special ?? [],
    members: facts.members.filter((m) => m.departmentId === id),
    orphanTasks: 0,
    cache: new Map(),
  };
}

/** [DB7] One measure: missing sources first, then a period with nothing to measure, then the figure. */
export function computeMeasure(measure: Measure, scoped: ScopedFacts, period: Period): MeasureResult {
  const missing = measure.reads.filter((s) => !scoped.facts.available.has(s));
  if (missing.length > 0 || !measure.compute) return { status: 'noSource', missing };
  const { value, ...rest } = measure.compute(scoped, period);
  if (value === undefined || !Number.isFinite(value)) return { status: 'noData', notes: rest.notes };
  return { status: 'ok', value, ...rest };
}

export type MeasureResults = Record<MeasureId, MeasureResult>;

export function computeAll(scoped: ScopedFacts, period: Period): MeasureResults {
  const results = {} as MeasureResults;
  for (const m of MEASURES) results[m.id] = computeMeasure(m, scoped, period);
  return results;
}

const valueOf = (r: MeasureResult) => (r.status === 'ok' ? r.value : undefined);

/** A measure's figure for a trend month: as `computeMeasure` gives it, by the cheaper `value` where there is one. */
function trendValue(measure: Measure, scoped: ScopedFacts, month: Period): number | undefined {
  if (!measure.value) return valueOf(computeMeasure(measure, scoped, month));
  if (!measure.compute || measure.reads.some((s) => !scoped.facts.available.has(s))) return undefined;
  const value = measure.value(scoped, month);
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/**
 * [DB1] Each measure's value month by month (undefined where there is no figure), for the trend lines. `known`
 * is a period already computed for this scope: the month equal to it (this month's trend point, usually) is
 * taken from it instead of computed twice.
 */
export function trendOf(
  scoped: ScopedFacts,
  months: Period[],
  known?: { period: Period; results: MeasureResults },
): Record<MeasureId, (number | undefined)[]> {
  const trend = Object.fromEntries(MEASURES.map((m) => [m.id, [] as (number | undefined)[]])) as Record<
    MeasureId,
    (number | undefined)[]
  >;
  for (const month of months) {
    const same = known && known.period.from === month.from && known.period.to === month.to;
    for (const m of MEASURES)
      trend[m.id].push(same ? valueOf(known.results[m.id]) : trendValue(m, scoped, month));
  }
  return trend;
}
