/**
 * The dashboard's data: 任务日志 and the other pillars' tables are read when the dashboard opens (never when the
 * sidebar opens), cut to what the viewer may see ([DB8]), and prepared once; every period and scope the screen
 * then asks for is computed from it without reading again.
 */
import { dashboardScopes, sameScope } from '../core/dashboard/access';
import { pointsBySource, pointsPerPerson } from '../core/dashboard/contributionMeasures';
import { prepareFacts, type FactSource, type PreparedFacts } from '../core/dashboard/facts';
import type { Scope, ScopedFacts } from '../core/dashboard/measure';
import {
  computeAll,
  scopeFacts,
  trendOf,
  type MeasureId,
  type MeasureResults,
} from '../core/dashboard/measures';
import { trendMonths, type Period } from '../core/dashboard/period';
import type { TaskEvent } from '../core/model';
import type { ContributionSource } from '../core/scoring/facts';
import type { PermissionRefusal } from '../core/permissions';
import { toTaskEvent } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';
import { loadPillars } from './dashboardSources';
import { escalationSettings } from './escalate';

export interface DashboardData {
  facts: PreparedFacts;
  /** What this viewer may look at, the company first for the boss. */
  scopes: Scope[];
}

export type DashboardLoad = ({ ok: true } & DashboardData) | { ok: false; code: PermissionRefusal };

async function readEvents(store: BatonStore): Promise<TaskEvent[] | undefined> {
  if (!store.resolution.schema.taskEvents?.fields.task) return undefined;
  return (await store.readAll('taskEvents')).map(toTaskEvent);
}

/** [DB8] Refuses anyone but the boss and heads before reading; a head's data holds only their department's tasks. */
export async function loadDashboard(
  store: BatonStore,
  data: CoreData,
  userId: string,
  now: number,
): Promise<DashboardLoad> {
  const scopes = dashboardScopes(data, userId);
  if (typeof scopes === 'string') return { ok: false, code: scopes };
  const whole = scopes.some((s) => s.kind === 'company');
  const own = new Set(scopes.flatMap((s) => (s.kind === 'department' ? [s.departmentId] : [])));
  const people = whole ? undefined : data.members.filter((m) => own.has(m.departmentId ?? ''));
  const [events, pillars] = await Promise.all([readEvents(store), loadPillars(store, people)]);
  const tasks = whole ? data.tasks : data.tasks.filter((t) => own.has(t.primaryDepartmentId ?? ''));
  const taskIds = new Set(tasks.map((t) => t.id));
  const available: FactSource[] = [
    'tasks',
    'members',
    ...(events ? (['taskEvents'] as const) : []),
    ...pillars.available,
  ];
  const facts = prepareFacts({
    ...pillars.rows,
    tasks,
    events: whole ? (events ?? []) : (events ?? []).filter((e) => e.taskId && taskIds.has(e.taskId)),
    members: data.members,
    departments: data.departments,
    available: new Set(available),
    now,
    calendar: escalationSettings(store).calendar,
  });
  return { ok: true, facts, scopes };
}

export interface DashboardFigures {
  results: MeasureResults;
  months: Period[];
  trend: Record<MeasureId, (number | undefined)[]>;
  /** For the company: each department's results in the period, for the bars. */
  byDepartment: { departmentId: string; results: MeasureResults }[];
  /** [DB20] Where 贡献 is recorded and the period has entries: the spread across people and the sources. */
  contribution?: ContributionFigures;
}

export interface ContributionFigures {
  /** Points per person, most first (member ids). */
  people: [string, number][];
  /** Each department's points by source: every department for the company, the scope's own otherwise. */
  bySource: { departmentId: string; points: [ContributionSource, number][] }[];
}

function contributionOf(
  scoped: ScopedFacts,
  departments: { departmentId: string; scoped: ScopedFacts }[],
  period: Period,
): ContributionFigures | undefined {
  if (!scoped.facts.available.has('contributions')) return undefined;
  const people = pointsPerPerson(scoped, period);
  if (!people) return undefined;
  const bySource = departments.map((d) => ({
    departmentId: d.departmentId,
    points: pointsBySource(d.scoped, period),
  }));
  return { people, bySource };
}

/** [DB8] The figures of one scope and period; a scope the viewer may not see is refused. */
export function dashboardFigures(
  data: DashboardData,
  scope: Scope,
  period: Period,
): DashboardFigures | 'notAllowed' {
  const steps = figuresInSteps(data, scope, period);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * [DB23] The same figures, a step at a time: the scope's results, its trend, each department's results, the
 * contribution spread. On a Base at the cap each is tens of milliseconds; run one per turn (`useStepped`), the
 * sidebar answers between them instead of freezing for the whole.
 */
export function* figuresInSteps(
  data: DashboardData,
  scope: Scope,
  period: Period,
): Generator<void, DashboardFigures | 'notAllowed'> {
  if (!data.scopes.some((s) => sameScope(s, scope))) return 'notAllowed';
  const scoped = scopeFacts(data.facts, scope);
  const months = trendMonths(period.to, data.facts.calendar.utcOffsetMinutes);
  const results = computeAll(scoped, period);
  yield;
  const trend = trendOf(scoped, months, { period, results });
  // The departments' scopes are kept, so the contribution figures reuse their tallies of the period.
  const departments =
    scope.kind === 'company'
      ? data.facts.departments.map((d) => ({
          departmentId: d.id,
          scoped: scopeFacts(data.facts, { kind: 'department', departmentId: d.id }),
        }))
      : [{ departmentId: scope.departmentId, scoped }];
  const byDepartment: DashboardFigures['byDepartment'] = [];
  for (const d of scope.kind === 'company' ? departments : []) {
    yield;
    byDepartment.push({ departmentId: d.departmentId, results: computeAll(d.scoped, period) });
  }
  yield;
  const contribution = contributionOf(scoped, departments, period);
  return { results, months, trend, byDepartment, ...(contribution ? { contribution } : {}) };
}
