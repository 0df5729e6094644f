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

const isCounted = (d: Drive) => d.status !== 'draft' && d.publishedAt !== undefined;

/** The published drives by deadline, and each drive's submissions, once for every scope. */
function drives(scoped: ScopedFacts) {
  return memo(scoped.facts, 'drives', () => {
    const counted = (scoped.facts.drives ?? []).filter(isCounted);
    const byDrive = new Map<string, Submission[]>();
    for (const s of scoped.facts.submissions ?? []) {
      const list = byDrive.get(s.driveId ?? '');
      if (list) list.push(s);
      else byDrive.set(s.driveId ?? '', [s]);
    }
    return {
      line: timeline(counted, (d) => d.deadline),
      byDrive,
      noDeadline: counted.filter((d) => d.deadline === undefined).length,
    };
  });
}

/** A drive's figures for this scope, computed for the drives a period asks about and kept for the next. */
function rowOf(scoped: ScopedFacts, drive: Drive): DriveRow {
  const rows = memo(scoped, 'driveRows', () => new Map<string, DriveRow>());
  const known = rows.get(drive.id);
  if (known) return known;
  const ids = memo(scoped, 'memberIds', () => new Set(scoped.members.map((m) => m.id)));
  const all = drives(scoped).byDrive.get(drive.id) ?? [];
  const mine = scoped.scope.kind === 'company' ? all : all.filter((s) => ids.has(s.memberId ?? ''));
  const submitters = new Set(mine.flatMap((s) => (s.memberId ? [s.memberId] : []))).size;
  const org = { departments: scoped.facts.departments, members: scoped.members };
  const row = { drive, figures: driveFigures(org, drive, mine), submitters };
  rows.set(drive.id, row);
  return row;
}

function dueIn(scoped: ScopedFacts, period: Period) {
  const { line, noDeadline } = drives(scoped);
  const notes = noDeadline ? { noDeadline } : {};
  return { rows: inPeriod(line, period).map((d) => rowOf(scoped, d)), notes };
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
