/** The dashboard's view: cards by group, the trend and bars of one measure, and the list behind a figure. Pure. */
import type {
  Measure,
  MeasureGroup,
  MeasureResult,
  Notes,
  Reference,
  Scope,
} from '../../core/dashboard/measure';
import { MEASURES, measureById, type MeasureId } from '../../core/dashboard/measures';
import { monthLabel } from '../../core/dashboard/period';
import type { Department } from '../../core/model';
import type { MessageKey, Translate } from '../../i18n/translate';
import type { DashboardFigures } from '../../services/dashboard';

export interface CardView {
  id: MeasureId;
  title: string;
  definition: string;
  state: MeasureResult['status'];
  valueText: string;
  sampleText?: string;
  referenceText?: string;
  notes: string[];
  /** How many tasks or people are behind it; a card with a figure drills down even to an empty list. */
  itemCount?: number;
}

export interface GroupView {
  group: MeasureGroup;
  title: string;
  cards: CardView[];
}

type Unit = Measure['unit'];

/** A figure in its unit for a chart: shares in percent, hours to one decimal. */
export const chartValue = (unit: Unit, value: number): number =>
  unit === 'share' ? Math.round(value * 1000) / 10 : Math.round(value * 10) / 10;

export function formatValue(unit: Unit, value: number, t: Translate): string {
  return t(`dashboard.unit.${unit}`, { value: chartValue(unit, value) });
}

const noteTexts = (notes: Notes, t: Translate) =>
  Object.entries(notes).map(([code, count]) =>
    t(`dashboard.note.${code}` as MessageKey, { count: count ?? 0 }),
  );

function referenceText(unit: Unit, reference: Reference | undefined, t: Translate): string | undefined {
  if (!reference) return undefined;
  if (reference.kind === 'drop') return t('dashboard.referenceDrop', { by: `${reference.by * 100}%` });
  return t('dashboard.reference', {
    before: formatValue(unit, reference.before, t),
    after: formatValue(unit, reference.after, t),
  });
}

function cardOf(id: MeasureId, result: MeasureResult, t: Translate): CardView {
  const m = measureById(id);
  const base = {
    id,
    title: t(`dashboard.measure.${id}`),
    definition: t(`dashboard.definition.${id}`),
    state: result.status,
    referenceText: referenceText(m.unit, m.reference, t),
  };
  if (result.status === 'noSource') {
    const sources = result.missing.map((s) => t(`dashboard.source.${s}`)).join('、');
    return { ...base, valueText: t('dashboard.noSource', { sources }), notes: [] };
  }
  if (result.status === 'noData')
    return { ...base, valueText: t('dashboard.noData'), notes: noteTexts(result.notes, t) };
  return {
    ...base,
    valueText: formatValue(m.unit, result.value, t),
    sampleText: m.unit === 'count' ? undefined : t('dashboard.sample', { count: result.sample }),
    notes: noteTexts(result.notes, t),
    itemCount: result.items.length,
  };
}

/** [DB7] Every measure as a card, grouped in the table's order. */
export function groupsView(figures: DashboardFigures, t: Translate): GroupView[] {
  const groups: GroupView[] = [];
  for (const m of MEASURES) {
    let group = groups.find((g) => g.group === m.group);
    if (!group) groups.push((group = { group: m.group, title: t(`dashboard.group.${m.group}`), cards: [] }));
    group.cards.push(cardOf(m.id, figures.results[m.id], t));
  }
  return groups;
}

/** The measures that can be charted: computed from what this Base records. */
export const chartableMeasures = (figures: DashboardFigures): MeasureId[] =>
  MEASURES.filter((m) => figures.results[m.id].status !== 'noSource').map((m) => m.id);

export interface TrendView {
  title: string;
  unit: Unit;
  points: { month: string; value?: number }[];
  /** The seed's before and after, in the chart's unit; a drop is measured from the first month above zero. */
  reference?: { before: number; after: number };
  bars: { department: string; value: number }[];
}

function trendReference(reference: Reference | undefined, values: (number | undefined)[]) {
  if (!reference) return undefined;
  if (reference.kind === 'absolute') return { before: reference.before, after: reference.after };
  const first = values.find((v) => v !== undefined && v > 0);
  return first === undefined ? undefined : { before: first, after: first * (1 - reference.by) };
}

export function trendView(
  figures: DashboardFigures,
  id: MeasureId,
  departments: Department[],
  offsetMinutes: number,
  t: Translate,
): TrendView {
  const m = measureById(id);
  const values = figures.trend[id];
  const reference = trendReference(m.reference, values);
  return {
    title: t(`dashboard.measure.${id}`),
    unit: m.unit,
    points: figures.months.map((month, i) => ({
      month: monthLabel(month, offsetMinutes),
      value: values[i] === undefined ? undefined : chartValue(m.unit, values[i]),
    })),
    reference: reference && {
      before: chartValue(m.unit, reference.before),
      after: chartValue(m.unit, reference.after),
    },
    bars: figures.byDepartment.flatMap(({ departmentId, results }) => {
      const r = results[id];
      const name = departments.find((d) => d.id === departmentId)?.name ?? '';
      return r.status === 'ok' ? [{ department: name, value: chartValue(m.unit, r.value) }] : [];
    }),
  };
}

export const scopeKey = (scope: Scope): string => (scope.kind === 'company' ? 'company' : scope.departmentId);

export function scopeOptions(scopes: Scope[], departments: Department[], t: Translate) {
  return scopes.map((s) => ({
    value: scopeKey(s),
    label:
      s.kind === 'company'
        ? t('dashboard.scope.company')
        : (departments.find((d) => d.id === s.departmentId)?.name ?? s.departmentId),
  }));
}

/** A YYYY-MM-DD day at midnight in the calendar's offset; NaN for anything else (the period then refuses it). */
export function calendarDay(text: string, offsetMinutes: number): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const utc = Date.UTC(year, month, day);
  return new Date(utc).getUTCDate() === day ? utc - offsetMinutes * 60_000 : NaN;
}
