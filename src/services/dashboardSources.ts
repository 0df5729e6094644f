/**
 * [DB14] The other pillars' tables, read when the dashboard opens and only where this Base has them: 收集 and
 * 提交, 课程 and 学习记录, 需求调研, 贡献 (never 题目, no measure needs it). All are read at once, so their pages
 * share round trips; a head's copy keeps only their department's people.
 */
import type { FactSource, PillarRows } from '../core/dashboard/facts';
import type { Member } from '../core/model';
import { uniqueEntries } from '../core/scoring/ledger';
import { toDrive, toSubmission } from '../schema/collectionEntities';
import { toEntry } from '../schema/contributionEntity';
import type { TableKey } from '../schema/schemaTypes';
import { toAttempt, toCourse, toSurveyRow } from '../schema/trainingEntities';
import type { BatonStore } from '../store/batonStore';

const has = (store: BatonStore, ...keys: TableKey[]) =>
  keys.every((k) => store.resolution.schema[k] !== undefined);

async function collection(store: BatonStore): Promise<PillarRows> {
  if (!has(store, 'collections', 'submissions')) return {};
  const [drives, submissions] = await Promise.all([
    store.readAll('collections'),
    store.readAll('submissions'),
  ]);
  return { drives: drives.map(toDrive), submissions: submissions.map(toSubmission) };
}

async function learning(store: BatonStore): Promise<PillarRows> {
  if (!has(store, 'courses', 'attempts')) return {};
  const [courses, attempts] = await Promise.all([store.readAll('courses'), store.readAll('attempts')]);
  return { courses: courses.map(toCourse), attempts: attempts.map(toAttempt) };
}

async function surveys(store: BatonStore): Promise<PillarRows> {
  if (!has(store, 'survey')) return {};
  const rows = (await store.readAll('survey')).map(toSurveyRow);
  return {
    rounds: rows.flatMap((r) => (r?.kind === 'round' ? [r.round] : [])),
    answers: rows.flatMap((r) => (r?.kind === 'answer' ? [r.answer] : [])),
  };
}

async function ledger(store: BatonStore): Promise<PillarRows> {
  if (!has(store, 'contributions')) return {};
  return { contributions: uniqueEntries((await store.readAll('contributions')).map(toEntry)) };
}

/** Only a head's people: their department's rows, so the data a head holds is what they may see. */
function keepPeople(rows: PillarRows, people: Set<string>): PillarRows {
  const mine = (id: string | undefined) => people.has(id ?? '');
  return {
    ...rows,
    submissions: rows.submissions?.filter((s) => mine(s.memberId)),
    attempts: rows.attempts?.filter((a) => mine(a.memberId)),
    answers: rows.answers?.filter((a) => mine(a.memberId)),
    contributions: rows.contributions?.filter((e) => mine(e.memberId)),
  };
}

/** [DB15] What the weekly digest needs beyond the tasks: drives with their submissions, courses with attempts. */
export async function loadDigestPillars(store: BatonStore): Promise<PillarRows> {
  const parts = await Promise.all([collection(store), learning(store)]);
  return Object.assign({}, ...parts) as PillarRows;
}

export interface PillarLoad {
  rows: PillarRows;
  available: FactSource[];
}

/** [DB14] Reads what the measures need; `people` set for a head, undefined for the boss. */
export async function loadPillars(store: BatonStore, people?: Member[]): Promise<PillarLoad> {
  const parts = await Promise.all([collection(store), learning(store), surveys(store), ledger(store)]);
  const rows: PillarRows = Object.assign({}, ...parts);
  const available: FactSource[] = [
    ...(rows.drives ? (['collections', 'submissions'] as const) : []),
    ...(rows.courses ? (['learning'] as const) : []),
    ...(rows.rounds ? (['surveys'] as const) : []),
    ...(rows.contributions ? (['contributions'] as const) : []),
  ];
  return { rows: people ? keepPeople(rows, new Set(people.map((m) => m.id))) : rows, available };
}
