/**
 * [C7] Background work derives statuses and escalations from a handful of task fields. Read through a missing or
 * retyped field they look empty (no predecessors, no parent, no status), and the cascade would release every
 * waiting stage and tell its owner. So while any of them is missing or of the wrong type the background work
 * stops. A field recreated empty is no better than a missing one until a person has entered its contents
 * again, so a recreated field (found under a new id, or repaired from the Check page) is remembered in the
 * 设置 row `relink` and keeps the work stopped until someone confirms on the Check page.
 */
import { settingsByHand, type ViewByHand } from '../schema/viewSettings';
import type { BitableHost } from '../port/bitableBase';
import { INSTALL_MAP_KEY } from '../schema/installMap';
import type { SchemaProblem } from '../schema/resolveSchema';
import type { FieldKey } from '../schema/schemaTypes';
import { BatonStore } from '../store/batonStore';

type TaskField = FieldKey<'tasks'>;

/** The fields the cascade and escalation read. */
export const DERIVATION_INPUTS: readonly TaskField[] = [
  'dependsOn',
  'parent',
  'status',
  'completedAt',
  'kind',
  'responsible',
  'acknowledgedAt',
  'assignedAt',
  'createdAt',
  'publishedAt',
];

/** Fields whose options the derivation decides by: an option gone reads as no value. */
const OPTION_INPUTS: readonly TaskField[] = ['status', 'kind'];

export const RELINK_SETTING = 'relink';

/** Why the background work is stopped: a field is missing or retyped, or a recreated one awaits confirmation. */
export type Halt =
  | { reason: 'inputMissing'; fields: readonly TaskField[] }
  | { reason: 'relinkPending'; fields: readonly TaskField[] };

const isInput = (field: string): field is TaskField =>
  (DERIVATION_INPUTS as readonly string[]).includes(field);

/** The derivation inputs a schema problem breaks. */
export function brokenInputs(problems: readonly SchemaProblem[]): TaskField[] {
  const broken = problems.flatMap((p): TaskField[] => {
    if (p.table !== 'tasks') return [];
    if (p.kind === 'missingTable') return [...DERIVATION_INPUTS];
    if ((p.kind === 'missingField' || p.kind === 'wrongType') && isInput(p.field)) return [p.field];
    if (p.kind === 'missingOption' && (OPTION_INPUTS as readonly string[]).includes(p.field))
      return [p.field as TaskField];
    return [];
  });
  return [...new Set(broken)];
}

/** Inputs found under another id than the install map recorded: recreated by hand in the grid. */
function recreatedInputs(store: BatonStore): TaskField[] {
  const recorded = store.installMap.tables.tasks;
  const resolved = store.resolution.schema.tasks;
  if (!recorded || !resolved || recorded.id !== resolved.id) return [];
  return DERIVATION_INPUTS.filter((key) => {
    const id = resolved.fields[key]?.id;
    return id !== undefined && recorded.fields[key] !== undefined && recorded.fields[key] !== id;
  });
}

export function parseRelink(value: string | undefined): TaskField[] {
  try {
    const fields: unknown = JSON.parse(value ?? '[]');
    return Array.isArray(fields)
      ? fields.filter((f): f is TaskField => typeof f === 'string' && isInput(f))
      : [];
  } catch {
    return [];
  }
}

/** Whether background work must stop on this store, and why. */
export function backgroundHalt(store: BatonStore): Halt | undefined {
  const missing = brokenInputs(store.resolution.problems);
  if (missing.length > 0) return { reason: 'inputMissing', fields: missing };
  const pending = [...new Set([...parseRelink(store.setting(RELINK_SETTING)), ...recreatedInputs(store)])];
  return pending.length > 0 ? { reason: 'relinkPending', fields: pending } : undefined;
}

/**
 * Remembers in 设置 that `fields` must be re-entered before background work resumes: written when a runner
 * finds them broken or recreated and before the Check page recreates them, so that a repair, which records
 * the new ids in the install map, cannot make an empty field look like links that are back.
 */
export async function holdForRelink(store: BatonStore, fields: readonly TaskField[]): Promise<void> {
  if (fields.length === 0) return;
  const [row] = await store.readWhere('settings', 'key', RELINK_SETTING);
  const held = parseRelink(row?.values.value as string | undefined);
  const all = [...new Set([...held, ...fields])];
  if (all.length === held.length) return;
  const value = JSON.stringify(all);
  if (row) await store.update('settings', [{ id: row.id, values: { value } }]);
  else await store.addKeyed('settings', 'key', [{ key: RELINK_SETTING, value }], true);
}

/**
 * A person confirmed on the Check page that the recreated fields hold their contents again: the hold is
 * cleared and the install map records the fields' current ids, so they no longer look recreated.
 */
export async function confirmRelinked(host: BitableHost): Promise<boolean> {
  const store = await BatonStore.open(host);
  // A field missing again since the page was read: nothing to confirm yet.
  if (brokenInputs(store.resolution.problems).length > 0) return false;
  const rows = await store.readWhere('settings', 'key', RELINK_SETTING);
  const writes = rows.map((row) => ({ id: row.id, values: { value: '[]' } }));
  const mapRow = store.settingsRows.find((r) => r.key === INSTALL_MAP_KEY);
  const map = store.installMap;
  const recorded = map.tables.tasks;
  const resolved = store.resolution.schema.tasks;
  if (mapRow && recorded && resolved) {
    for (const key of DERIVATION_INPUTS) {
      const id = resolved.fields[key]?.id;
      if (id) recorded.fields[key] = id;
    }
    writes.push({ id: mapRow.recordId, values: { value: JSON.stringify(map) } });
  }
  if (writes.length > 0) await store.update('settings', writes);
  return true;
}

/** What the Check page shows: the Base's structure checked afresh, views included, and why work is stopped. */
export async function checkBase(
  host: BitableHost,
): Promise<{ problems: SchemaProblem[]; halt?: Halt; viewsByHand: ViewByHand[] }> {
  const store = await BatonStore.open(host, { withViews: true });
  const viewsByHand = settingsByHand(store.resolution.schema, store.actual);
  return { problems: store.resolution.problems, halt: backgroundHalt(store), viewsByHand };
}

/**
 * Before the Check page repairs `problem` (all when left out): the inputs it recreates stay held, and so do
 * those recreated by hand, whose new ids any repair records in the install map.
 */
export async function beforeRepair(host: BitableHost, problem?: SchemaProblem): Promise<void> {
  const store = await BatonStore.open(host);
  const broken = brokenInputs(problem ? [problem] : store.resolution.problems);
  await holdForRelink(store, [...broken, ...recreatedInputs(store)]);
}
