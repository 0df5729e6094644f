/** The contribution charts' view: how many people earned how much, and each department's points by source. Pure. */
import { LEDGER_SOURCES } from '../../core/dashboard/ledgerTally';
import type { Department } from '../../core/model';
import type { Translate } from '../../i18n/translate';
import type { ContributionFigures } from '../../services/dashboard';

/** At most this many bars in the distribution: readable at 320 px. */
export const SPREAD_BINS = 6;

export interface SpreadBin {
  /** "lo–hi" in points; the last bin includes its upper end. */
  range: string;
  people: number;
}

export interface ContributionView {
  spread: SpreadBin[];
  bySource: { department: string; source: string; points: number }[];
}

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * [DB20] People by points in equal bins from the lowest (0, or below for a net reversal) to the highest; one
 * bin when everyone has the same points. Widths are whole points, so the labels stay short.
 */
export function spreadBins(points: number[]): SpreadBin[] {
  if (points.length === 0) return [];
  const lo = Math.floor(Math.min(0, ...points));
  const hi = Math.max(...points);
  const width = Math.max(1, Math.ceil((hi - lo) / SPREAD_BINS));
  const count = Math.max(1, Math.min(SPREAD_BINS, Math.ceil((hi - lo) / width) || 1));
  const bins = Array.from({ length: count }, (_, i) => ({
    range: `${lo + i * width}–${lo + (i + 1) * width}`,
    people: 0,
  }));
  for (const p of points) bins[Math.min(count - 1, Math.floor((p - lo) / width))]!.people++;
  return bins;
}

/** [DB20] Both contribution charts, every label translated; undefined where 贡献 has nothing for the period. */
export function contributionView(
  figures: { contribution?: ContributionFigures },
  departments: Department[],
  t: Translate,
): ContributionView | undefined {
  const c = figures.contribution;
  if (!c) return undefined;
  const name = (id: string) =>
    departments.find((d) => d.id === id)?.name ?? t('dashboard.chart.noDepartment');
  const bySource = c.bySource.flatMap(({ departmentId, points }) =>
    points
      .filter(([, p]) => p !== 0)
      .sort(([a], [b]) => LEDGER_SOURCES.indexOf(a) - LEDGER_SOURCES.indexOf(b))
      .map(([source, p]) => ({
        department: name(departmentId),
        source: t(`dashboard.pointSource.${source}`),
        points: round(p),
      })),
  );
  return { spread: spreadBins(c.people.map(([, p]) => p)), bySource };
}
