/**
 * [DB11] Collection on the dashboard: the drives whose deadline falls in the period, each drive's figures from
 * the collection module's own `driveFigures`, pooled over the drives. A department counts only its members.
 */
import type { Drive, Submission } from '../collection/drive';
import { driveFigures, median, type DriveFigures } from '../collection/figures';
import { memo, type Computed, type ScopedFacts } from './measure';
import type { Period } from './period';
import { share } from './stats';
import { inPeriod, timeline } from './timeline';

interface DriveRow {
  drive: Drive;
  figures: DriveFigures;
  /** People of the scope with a first version: what compliance at first try is a share of. */
  submitters: number;
}

const counted = (d: Drive) => d.status !== 'draft' && d.publishedAt !== undefined;

/** Each published drive with its figures for this scope, by deadline; drives with no deadline are counted apart. */
function driveLine(scoped: ScopedFacts) {
  return memo(scoped, 'drives', () => {
    const drives = (scoped.facts.drives ?? []).filter(counted);
    const ids = new Set(scoped.members.map((m) => m.id));
    const own = (s: Submission) => scoped.scope.kind === 'company' || ids.has(s.memberId ?? '');
    const submissions = (scoped.facts.submissions ?? []).filter(own);
    const byDrive = new Map<string, Submission[]>();
    for (const s of submissions) byDrive.set(s.driveId ?? '', [...(byDrive.get(s.driveId ?? '') ?? []), s]);
    const org = { departments: scoped.facts.departments, members: scoped.members };
    const rows = drives.map((drive): DriveRow => {
      const mine = byDrive.get(drive.id) ?? [];
      const submitters = new Set(mine.flatMap((s) => (s.memberId ? [s.memberId] : []))).size;
      return { drive, figures: driveFigures(org, drive, mine), submitters };
    });
    return {
      line: timeline(rows, (r) => r.drive.deadline),
      noDeadline: drives.filter((d) => d.deadline === undefined).length,
    };
  });
}

function dueIn(scoped: ScopedFacts, period: Period) {
  const { line, noDeadline } = driveLine(scoped);
  const notes = noDeadline ? { noDeadline } : {};
  return { rows: inPeriod(line, period), notes };
}

const result = (value: number | undefined, sample: number, items: string[], notes: Computed['notes']) =>
  ({ value, sample, items, itemKind: 'drive', notes }) satisfies Computed;

/** [DB11] Of the people asked by drives due in the period, the share who submitted by the deadline. */
export function collectionRate(scoped: ScopedFacts, period: Period): Computed {
  const { rows, notes } = dueIn(scoped, period);
  const asked = rows.reduce((n, r) => n + r.figures.audience, 0);
  const onTime = rows.reduce((n, r) => n + Math.round(r.figures.collectionRate * r.figures.audience), 0);
  const short = rows.filter((r) => r.figures.collectionRate < 1).map((r) => r.drive.id);
  return result(share(onTime, asked), asked, short, notes);
}

/** [DB11] The median over the period's drives of each drive's median days from publishing to a first version. */
export function collectDays(scoped: ScopedFacts, period: Period): Computed {
  const { rows, notes } = dueIn(scoped, period);
  const withDays = rows.filter((r) => r.figures.medianDaysToCollect !== undefined);
  const value = median(withDays.map((r) => r.figures.medianDaysToCollect!));
  return result(
    value,
    withDays.length,
    withDays.map((r) => r.drive.id),
    notes,
  );
}

/** [DB11] Of the first versions sent to the period's drives, the share that were compliant. */
export function firstTryCompliance(scoped: ScopedFacts, period: Period): Computed {
  const { rows, notes } = dueIn(scoped, period);
  const judged = rows.filter((r) => r.figures.firstTryCompliance !== undefined);
  const firsts = judged.reduce((n, r) => n + r.submitters, 0);
  const compliant = judged.reduce((n, r) => n + Math.round(r.figures.firstTryCompliance! * r.submitters), 0);
  const items = judged.filter((r) => r.figures.firstTryCompliance! < 1).map((r) => r.drive.id);
  return result(share(compliant, firsts), firsts, items, notes);
}
