/**
 * [RB8] A view's declared settings (schema keys) as the SDK's view API takes them (ids), and whether a view's
 * meta already shows them. Pure: the installer applies them, the Check page lists those not in place.
 */
import type { ViewFilterCondition, ViewSettingsProperty, ViewSortInfo } from '../port/bitableBase';
import type { ActualTable, ResolvedTable, ResolvedSchema } from './resolveSchema';
import { fieldByKey } from './resolveSchema';
import type { ManualStepKey, TableKey, ViewSettingsShape, ViewSpec } from './schemaTypes';
import { TABLES } from './tables';

export interface ViewSettings {
  filter: ViewFilterCondition[];
  group: ViewSortInfo[];
  sort: ViewSortInfo[];
}

export interface ViewByHand {
  table: TableKey;
  view: string;
  step: ManualStepKey;
}

const ascending = (fieldId: string): ViewSortInfo => ({ fieldId, desc: false });

/** The settings with this Base's ids; undefined while a field or option they name is missing. */
export function settingsFor(table: ResolvedTable, shape: ViewSettingsShape): ViewSettings | undefined {
  const id = (key: string) => fieldByKey(table, key)?.id;
  const filter = (shape.filter ?? []).map(({ field, option }) => {
    const resolved = fieldByKey(table, field);
    const optionId = resolved?.options[option]?.id;
    return resolved && optionId ? { fieldId: resolved.id, operator: 'is', value: optionId } : undefined;
  });
  const group = (shape.group ?? []).map(id);
  const sort = (shape.sort ?? []).map(id);
  if (filter.includes(undefined) || group.includes(undefined) || sort.includes(undefined)) return undefined;
  return {
    filter: filter as ViewFilterCondition[],
    group: (group as string[]).map(ascending),
    sort: (sort as string[]).map(ascending),
  };
}

/** Whether a view's meta property holds every wanted condition, group and sort (other entries may be there). */
export function settingsInPlace(wanted: ViewSettings, property: unknown): boolean {
  const actual = (property ?? {}) as ViewSettingsProperty;
  const conditions = actual.filterInfo?.conditions ?? [];
  const hasCondition = (c: ViewFilterCondition) =>
    conditions.some(
      (a) => a.fieldId === c.fieldId && a.operator === c.operator && sameValue(a.value, c.value),
    );
  const has = (list: ViewSortInfo[] | undefined, s: ViewSortInfo) =>
    (list ?? []).some((a) => a.fieldId === s.fieldId && Boolean(a.desc) === s.desc);
  return (
    wanted.filter.every(hasCondition) &&
    wanted.group.every((g) => has(actual.groupInfo, g)) &&
    wanted.sort.every((s) => has(actual.sortInfo, s))
  );
}

/** A select condition's value may come back as the option id or a list of ids. */
function sameValue(actual: unknown, wanted: unknown): boolean {
  return Array.isArray(actual) ? actual.length === 1 && actual[0] === wanted : actual === wanted;
}

/**
 * The settings a person still has to make: views that exist but do not show their settings. With no view
 * metadata read, nothing is known, so every view's settings are listed.
 */
export function settingsByHand(schema: ResolvedSchema, actual: ActualTable[]): ViewByHand[] {
  return TABLES.flatMap((spec) =>
    spec.views.flatMap((view: ViewSpec) => {
      const table = schema[spec.key] as ResolvedTable | undefined;
      const viewId = table?.views[view.key];
      if (!view.settings || !table || !viewId) return [];
      const views = actual.find((a) => a.id === table.id)?.views;
      const wanted = settingsFor(table, view.settings);
      const meta = views?.find((v) => v.id === viewId);
      if (wanted && meta && settingsInPlace(wanted, meta.property)) return [];
      return [{ table: spec.key, view: view.key, step: view.settings.manualStep as ManualStepKey }];
    }),
  );
}
