/** The tasks or people behind a figure, ready to list. Pure. */
import type { ItemKind } from '../../core/dashboard/measure';
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

export function drillView(
  figures: DashboardFigures,
  facts: PreparedFacts,
  id: MeasureId,
  t: Translate,
): DrillView {
  const result = figures.results[id];
  const items = result.status === 'ok' ? result.items : [];
  const kind = result.status === 'ok' ? result.itemKind : 'task';
  const rows = items.flatMap((itemId): DrillRow[] => {
    if (kind === 'drive' || kind === 'course') return pillarRow(facts, kind, itemId);
    if (kind === 'member') {
      const member = facts.members.find((m) => m.id === itemId);
      return member
        ? [{ id: itemId, kind, title: member.name, detail: departmentName(facts, member.departmentId) }]
        : [];
    }
    const task = facts.tasks.find((x) => x.id === itemId);
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
