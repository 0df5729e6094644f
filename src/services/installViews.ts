/**
 * [RB8] After the install made its views, sets what the SDK's view API can set on them: a grid's fixed
 * filter, grouping and sort, the gantt's grouping. A host without the method, or one that refuses, leaves the
 * setting to a person (the Check page lists it); nothing here stops the install.
 */
import type { BaseView, BitableHost } from '../port/bitableBase';
import type { ResolvedTable } from '../schema/resolveSchema';
import type { TableKey } from '../schema/schemaTypes';
import { tableSpec } from '../schema/tables';
import {
  settingsByHand,
  settingsFor,
  settingsInPlace,
  type ViewByHand,
  type ViewSettings,
} from '../schema/viewSettings';
import { BatonStore } from '../store/batonStore';

export interface MadeView {
  table: TableKey;
  view: string;
}

/** Configures each view made, all at once; says how many took their settings. */
export async function configureViews(
  host: BitableHost,
  store: BatonStore,
  made: MadeView[],
): Promise<number> {
  const results = await Promise.all(made.map((m) => configureView(host, store, m).catch(() => false)));
  return results.filter(Boolean).length;
}

/**
 * From the Check page: sets the declared settings on the views that do not show them (a Base installed before,
 * or a host that refused then), and answers what is still left by hand.
 */
export async function applyViewSettings(host: BitableHost): Promise<ViewByHand[]> {
  const store = await BatonStore.open(host, { withViews: true });
  const missing = settingsByHand(store.resolution.schema, store.actual);
  if ((await configureViews(host, store, missing)) === 0) return missing;
  const after = await BatonStore.open(host, { withViews: true });
  return settingsByHand(after.resolution.schema, after.actual);
}

async function configureView(host: BitableHost, store: BatonStore, made: MadeView): Promise<boolean> {
  const shape = tableSpec(made.table).views.find((v) => v.key === made.view)?.settings;
  const table = store.resolution.schema[made.table] as ResolvedTable | undefined;
  const viewId = table?.views[made.view];
  if (!shape || !table || !viewId) return false;
  const wanted = settingsFor(table, shape);
  const handle = await host.base.getTableById(table.id);
  if (!wanted || !handle.getViewById) return false;
  const view = await handle.getViewById(viewId);
  if (!canTake(view, wanted)) return false;
  // A condition already there is not added twice (group and sort are replaced, so they repeat nothing).
  const { property } = await view.getMeta();
  const filter = wanted.filter.filter(
    (c) => !settingsInPlace({ filter: [c], group: [], sort: [] }, property),
  );
  if (filter.length > 0) await view.addFilterCondition!(filter);
  if (wanted.group.length > 0) await view.setGroupInfo!(wanted.group);
  if (wanted.sort.length > 0) await view.setSortInfo!(wanted.sort);
  await view.applySetting();
  return true;
}

/** A view type without one of the setters gets none of them: half a setting would mislead. */
function canTake(view: BaseView, wanted: ViewSettings): boolean {
  return (
    (wanted.filter.length === 0 || typeof view.addFilterCondition === 'function') &&
    (wanted.group.length === 0 || typeof view.setGroupInfo === 'function') &&
    (wanted.sort.length === 0 || typeof view.setSortInfo === 'function')
  );
}
