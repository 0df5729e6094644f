/** What the collection screens show: my open drives, the drives I manage, a drive's live page. Pure. */
import { manageRefusal, submitRefusal } from '../../core/collection/audience';
import { latestByMember, type Drive, type Submission } from '../../core/collection/drive';
import { driveFigures } from '../../core/collection/figures';
import { driveProgress, stateOf, type Counts, type PersonState } from '../../core/collection/progress';
import { departmentName, memberOfUser, type Org } from '../../core/org';
import type { Translate } from '../../i18n/translate';
import { companyTime } from '../../services/collection/collectionNotices';

export interface MyDrive {
  drive: Drive;
  deadline: string;
  state: PersonState;
  late: boolean;
}

/** [CD8] Open drives the viewer may submit to, soonest deadline first, with where they stand. */
export function myDrives(
  org: Org,
  userId: string,
  drives: Drive[],
  submissions: Submission[],
  now: number,
): MyDrive[] {
  const member = memberOfUser(org, userId);
  if (!member) return [];
  const mine = latestByMember(
    submissions.filter((s) => s.memberId === member.id).map((s) => ({ ...s, memberId: s.driveId })),
  );
  return drives
    .filter((d) => submitRefusal(org, userId, d, now) === undefined)
    .sort((a, b) => (a.deadline ?? 0) - (b.deadline ?? 0))
    .map((drive) => {
      const latest = mine.get(drive.id);
      const state = stateOf(latest);
      return { drive, deadline: companyTime(drive.deadline), state, late: latest?.late ?? false };
    });
}

/** [CD7] The drives the viewer may manage, newest first. */
export const managedDrives = (org: Org, userId: string, drives: Drive[]): Drive[] =>
  drives
    .filter((d) => manageRefusal(org, userId, d) === undefined)
    .sort((a, b) => (b.publishedAt ?? 0) - (a.publishedAt ?? 0));

export interface PageRow {
  memberId: string;
  name: string;
  department: string;
  state: PersonState;
  late: boolean;
  version: number;
  submittedAt: string;
  problems: string;
  files: string[];
  submissionId?: string;
}

export interface DrivePage {
  counts: Counts;
  departments: { name: string; counts: Counts }[];
  rows: PageRow[];
  figures: string;
}

const percent = (share: number | undefined) => (share === undefined ? '—' : `${Math.round(share * 100)}%`);

/** [CD12] [CD13] The organizer's page: counts, by department, by person (missing first), and the figures. */
export function drivePage(
  org: Org,
  drive: Drive,
  submissions: readonly Submission[],
  t: Translate,
): DrivePage {
  const progress = driveProgress(org, drive, submissions);
  const noDepartment = t('collection.page.noDepartment');
  const rows = progress.rows.map((row): PageRow => ({
    memberId: row.member.id,
    name: row.member.name,
    department: departmentName(org, row.member.departmentId) || noDepartment,
    state: row.state,
    late: row.late,
    version: row.latest?.version ?? 0,
    submittedAt: companyTime(row.latest?.submittedAt),
    problems: row.latest?.problems ?? '',
    files: row.latest?.files.map((f) => f.name) ?? [],
    submissionId: row.latest?.id,
  }));
  const order: PersonState[] = ['missing', 'sentBack', 'problems', 'compliant', 'accepted'];
  rows.sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state));
  const figures = driveFigures(org, drive, submissions);
  return {
    counts: progress.total,
    departments: progress.byDepartment.map((d) => ({
      name: departmentName(org, d.departmentId) || noDepartment,
      counts: d.counts,
    })),
    rows,
    figures: t('collection.page.figures', {
      rate: percent(figures.collectionRate),
      days: figures.medianDaysToCollect === undefined ? '—' : figures.medianDaysToCollect.toFixed(1),
      first: percent(figures.firstTryCompliance),
    }),
  };
}

/** The list as CSV rows, headed in the viewer's language. */
export function csvRows(page: DrivePage, t: Translate): Record<string, string | number>[] {
  return page.rows.map((row) => ({
    [t('collection.csv.name')]: row.name,
    [t('collection.csv.department')]: row.department,
    [t('collection.csv.state')]: t(`collection.state.${row.state}`),
    [t('collection.csv.version')]: row.version,
    [t('collection.csv.submittedAt')]: row.submittedAt,
    [t('collection.csv.late')]: row.late ? t('collection.late') : '',
    [t('collection.csv.problems')]: row.problems.replace(/\n/g, ' '),
    [t('collection.csv.files')]: row.files.join('; '),
  }));
}
