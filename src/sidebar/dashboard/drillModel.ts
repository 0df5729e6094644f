/** The tasks or people behind a figure, ready to list. Pure. */
import { memo, type ItemKind } from '../../core/dashboard/measure';
import type { MeasureId } from '../../core/dashboard/measures';
import type { PreparedFacts } from '../../core/dashboard/facts';
import { departmentName } from '../../core/org';
import type { Translate } from '../../i18n/translate';
import type { DashboardFigures } from '../../services/dashboard';

export interface DrillRow {
  id: string;
  kind: ItemKind;
  title: string;
  detail: string;
}

export interface DrillView {
  title: string;
  rows: DrillRow[];
}

/** How many rows a drill-down shows at first, and how many more each "show more" adds. */
export const DRILL_PAGE = 50;

/** The rows shown of a long list, and how many are left for "show more". */
export function shownRows(view: DrillView, shown: number): { rows: DrillRow[]; more: number } {
  const rows = view.rows.slice(0, Math.max(0, shown));
  return { rows, more: view.rows.length - rows.length };
}

/** Tasks and members by id, built once per prepared facts: a figure can stand on thousands of tasks. */
function byId(facts: PreparedFacts) {
  return memo(facts, 'drillById', () => ({
    tasks: new Map(facts.tasks.map((t) => [t.id, t])),
    members: new Map(facts.members.map((m) => [m.id, m])),
  }));
}

export function drillView(
  figures: DashboardFigures,
  facts: PreparedFacts,
  id: MeasureId,
  t: Translate,
): DrillView {
  const result = figures.results[id];
  const items = result.status === 'ok' ? result.items : [];
  const kind = result.status === 'ok' ? result.itemKind : 'task';
  const { tasks, members } = byId(facts);
  const rows = items.flatMap((itemId): DrillRow[] => {
    if (kind === 'drive' || kind === 'course') return pillarRow(facts, kind, itemId);
    if (kind === 'member') {
      const member = members.get(itemId);
      return member
        ? [{ id: itemId, kind, title: member.name, detail: departmentName(facts, member.departmentId) }]
        : [];
    }
    const task = tasks.get(itemId);
    return task
      ? [{ id: itemId, kind, title: task.title, detail: departmentName(facts, task.primaryDepartmentId) }]
      : [];
  });
  return {
    title: t('dashboard.drill.title', { measure: t(`dashboard.measure.${id}`), count: rows.length }),
    rows,
  };
}

/** A drive or course behind a collection or training figure, by its title. */
function pillarRow(facts: PreparedFacts, kind: 'drive' | 'course', id: string): DrillRow[] {
  const rows = kind === 'drive' ? facts.drives : facts.courses;
  const row = rows?.find((x) => x.id === id);
  return row ? [{ id, kind, title: row.title, detail: '' }] : [];
}
