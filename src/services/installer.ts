/**
 * One-click install and safe fixes: adds the missing tables, fields, options and views, records their ids in
 * Settings, and never changes or deletes what is there. A wrong-typed field blocks everything (reported).
 */
import type { BaseTable, BitableHost, FieldMeta, SelectOption } from '../port/bitableBase';
import { ViewType } from '../port/bitableBase';
import { HostErrorCode, hostErrorCode } from '../port/hostErrors';
import { INSTALL_MAP_KEY, SETTINGS_TABLE_HINT } from '../schema/installMap';
import {
  fieldConfig,
  planInstall,
  type InstallPlan,
  type InstallStep,
  type Lang,
} from '../schema/installPlan';
import { fieldByKey, installMapOf, type SchemaProblem } from '../schema/resolveSchema';
import type { FieldSpec, TableKey, ViewKind } from '../schema/schemaTypes';
import { TABLES } from '../schema/tables';
import { BatonStore } from '../store/batonStore';
import { withRetry } from '../store/retry';
import { settingsByHand, type ViewByHand } from '../schema/viewSettings';
import { configureViews } from './installViews';
import type { Locale } from '../i18n/translate';
import { baseLocale, LANGUAGE_SETTING } from './outbox';

export type InstallResult =
  | { status: 'conflict'; conflicts: InstallPlan['conflicts'] }
  | {
      status: 'installed';
      added: number;
      store: BatonStore;
      /** [RB5] Views the host refused to add (addView officially takes only type and name): made by hand. */
      refusedViews: RefusedView[];
      /** [RB8] View settings the host did not take, for a person to make (the Check page lists the same). */
      viewsByHand: ViewByHand[];
    };

export interface RefusedView {
  table: TableKey;
  view: string;
}

const VIEW_TYPE: Record<ViewKind, number> = {
  grid: ViewType.Grid,
  kanban: ViewType.Kanban,
  gantt: ViewType.Gantt,
  form: ViewType.Form,
};

/** Installs everything missing (or only what fixes `only`), then records the install map. */
export async function install(host: BitableHost, lang: Lang, only?: SchemaProblem): Promise<InstallResult> {
  const before = await BatonStore.open(host, { withViews: true });
  const plan = planInstall(before.resolution, only);
  if (plan.conflicts.length > 0 && !only) return { status: 'conflict', conflicts: plan.conflicts };
  const tableIds = new Map<TableKey, string>(
    Object.values(before.resolution.schema).map((t) => [t.key, t.id] as [TableKey, string]),
  );
  const refusedViews: RefusedView[] = [];
  try {
    await runSteps(host, plan.steps, lang, tableIds, before, refusedViews);
  } catch (error) {
    // [RB5] What was made is recorded even when a step failed, so the next attempt finds it by id.
    await BatonStore.open(host, { withViews: true })
      .then((partial) => partial.resolution.schema.settings && saveInstallMap(partial, lang))
      .catch(() => undefined);
    throw error;
  }
  const after = await BatonStore.open(host, { withViews: true });
  const made = plan.steps.flatMap((s) =>
    s.kind === 'addView' ? [{ table: s.table, view: s.view.key }] : [],
  );
  const [saved, configured] = await Promise.all([
    saveInstallMap(after, lang),
    configureViews(host, after, made),
  ]);
  // The store handed back must know the map it just recorded and the settings the views took.
  const store = saved || configured > 0 ? await BatonStore.open(host, { withViews: true }) : after;
  const viewsByHand = settingsByHand(store.resolution.schema, store.actual);
  return { status: 'installed', added: plan.steps.length, store, refusedViews, viewsByHand };
}

async function runSteps(
  host: BitableHost,
  steps: InstallStep[],
  lang: Lang,
  tableIds: Map<TableKey, string>,
  before: BatonStore,
  refusedViews: RefusedView[],
): Promise<void> {
  const addTables = steps.filter((s) => s.kind === 'addTable');
  // [RB5] Without fields: the docs say addTable takes none yet, field reports say it ignores them or adds them
  // after a default primary column. Given none, every reading makes one blank primary column, named after.
  const results = await Promise.all(
    addTables.map((s) => host.base.addTable({ name: tableName(s.table, lang), fields: [] })),
  );
  addTables.forEach((s, i) => tableIds.set(s.table, results[i]!.tableId));
  const byTable = groupBy(
    steps.filter((s) => s.kind !== 'addTable'),
    (s) => s.table,
  );
  addTables.forEach((s) => byTable.set(s.table, byTable.get(s.table) ?? []));
  // One table's changes go one after another; different tables' changes travel together.
  await Promise.all(
    [...byTable].map(async ([key, tableSteps]) => {
      const table = await host.base.getTableById(tableIds.get(key)!);
      const created = addTables.find((s) => s.table === key);
      if (created) await completeNewTable(table, created.fields, lang);
      for (const step of tableSteps)
        await runTableStep(table, step, lang, tableIds, before).catch((error: unknown) => {
          if (step.kind !== 'addView' || !isRefusal(error)) throw error;
          refusedViews.push({ table: key, view: step.view.key });
        });
    }),
  );
}

/**
 * A new table's blank primary column is named as our primary field and the other fields are added one by one.
 * A field that is already there (a host that honoured fields after all, or one that lands late after its
 * answer was lost) is not an error.
 */
async function completeNewTable(table: BaseTable, fields: FieldSpec[], lang: Lang): Promise<void> {
  const metas = await table.getFieldMetaList();
  const [primary, ...rest] = fields;
  const primaryMeta = metas.find((m) => m.isPrimary);
  if (primary && primaryMeta && primaryMeta.name !== primary.names[lang])
    await table.setField(primaryMeta.id, { name: primary.names[lang] }).catch(alreadyThere);
  for (const field of rest)
    if (!metas.some((m) => m.name === field.names[lang]))
      await table.addField(fieldConfig(field, lang)).catch(alreadyThere);
}

const REPEATED: ReadonlySet<number | undefined> = new Set([
  HostErrorCode.FieldNameRepeated,
  HostErrorCode.ViewNameRepeated,
]);

function alreadyThere(error: unknown): undefined {
  if (!REPEATED.has(hostErrorCode(error))) throw error;
  return undefined;
}

/** A view the host answered "no" to with its own code (not a lost answer, which a retry of the install settles). */
function isRefusal(error: unknown): boolean {
  const code = hostErrorCode(error);
  return code !== undefined && code !== HostErrorCode.Timeout && code !== HostErrorCode.Network;
}

async function runTableStep(
  table: BaseTable,
  step: InstallStep,
  lang: Lang,
  tableIds: Map<TableKey, string>,
  before: BatonStore,
): Promise<void> {
  if (step.kind === 'addField') {
    const config = fieldConfig(step.field, lang, step.field.linkTo && tableIds.get(step.field.linkTo));
    await table.addField(config).catch(alreadyThere);
  } else if (step.kind === 'addOptions') {
    const field = fieldByKey(before.resolution.schema[step.table], step.field);
    const meta = before.actual.find((t) => t.id === table.id)?.fields.find((f) => f.id === field?.id);
    if (!meta) return;
    const existing = optionsOf(meta);
    const added = step.options
      .map((o) => ({ name: o.names[lang] }))
      .filter((o) => !existing.some((e) => e.name === o.name));
    await table.setField(meta.id, { property: { options: [...existing, ...added] } });
  } else if (step.kind === 'addView') {
    await table.addView({ name: step.view.names[lang], type: VIEW_TYPE[step.view.kind] }).catch(alreadyThere);
  }
}

const optionsOf = (meta: FieldMeta): SelectOption[] =>
  ((meta.property as { options?: SelectOption[] } | null)?.options ?? []).map((o) => ({ ...o }));

function tableName(key: TableKey, lang: Lang): string {
  return TABLES.find((t) => t.key === key)!.names[lang];
}

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(keyOf(item), [...(map.get(keyOf(item)) ?? []), item]);
  return map;
}

/**
 * Writes the ids of everything resolved, so renames later are found by id. Writes nothing when the map
 * and the hint are already what they should be; says whether it wrote.
 */
async function saveInstallMap(store: BatonStore, lang: Lang): Promise<boolean> {
  const value = JSON.stringify(installMapOf(store.resolution.schema));
  const settings = store.table('settings');
  const existing = store.settingsRows.find((r) => r.key === INSTALL_MAP_KEY);
  const writes: Promise<unknown>[] = [];
  if (existing && existing.value !== value)
    writes.push(store.update('settings', [{ id: existing.recordId, values: { value } }]));
  const rows = [
    ...(existing ? [] : [{ key: INSTALL_MAP_KEY, value }]),
    // The Base's language, for notices written when we do not know the recipient's.
    ...(store.setting(LANGUAGE_SETTING) ? [] : [{ key: LANGUAGE_SETTING, value: lang }]),
  ];
  if (rows.length > 0) writes.push(store.addKeyed('settings', 'key', rows));
  if (store.settingsHint !== settings.id)
    writes.push(withRetry(() => store.host.bridge.setData(SETTINGS_TABLE_HINT, settings.id), store.retry));
  await Promise.all(writes);
  return writes.length > 0;
}

/** [EV15] The language the Base was installed in (its names are in it), for a page that has no session. */
export async function readBaseLocale(host: BitableHost): Promise<Locale> {
  return baseLocale(await BatonStore.open(host));
}
