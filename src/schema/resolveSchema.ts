/**
 * Finds the schema in a Base: each table, field, option and view by its stored id first and by its zh/en
 * name second — a table renamed since, when its id is not known, by its fields third — and lists every
 * problem found. Pure: the caller fetches the metadata.
 */
import type { FieldMeta, SelectOption, ViewMeta } from '../port/bitableBase';
import { typeMatches } from './fieldKinds';
import type { InstallMap, InstalledTable } from './installMap';
import type { FieldKey, FieldSpec, Names, TableKey, TableSpec } from './schemaTypes';
import { TABLES } from './tables';

export interface ActualTable {
  id: string;
  name: string;
  fields: FieldMeta[];
  /** Absent when views were not fetched: view problems are then not checked. */
  views?: ViewMeta[];
}

export interface ResolvedField {
  key: string;
  id: string;
  name: string;
  spec: FieldSpec;
  /** option key -> option id and its current name */
  options: Record<string, { id: string; name: string }>;
}

export interface ResolvedTable<T extends TableKey = TableKey> {
  key: T;
  id: string;
  name: string;
  spec: TableSpec;
  fields: { [K in FieldKey<T>]?: ResolvedField };
  views: Record<string, string>;
}

/** Each table found, under its own key: `schema.tasks` is the tasks table. */
export type ResolvedSchema = { [T in TableKey]?: ResolvedTable<T> };

/** A resolved field by a key that comes from data (a problem, an install step, a record's values). */
export function fieldByKey(table: ResolvedTable | undefined, key: string): ResolvedField | undefined {
  const fields: Partial<Record<string, ResolvedField>> = table?.fields ?? {};
  return fields[key];
}

export type SchemaProblem =
  | { kind: 'missingTable'; table: TableKey }
  | { kind: 'tableRenamed'; table: TableKey; name: string }
  | { kind: 'missingField'; table: TableKey; field: FieldKey }
  | { kind: 'wrongType'; table: TableKey; field: FieldKey; name: string }
  | { kind: 'fieldRenamed'; table: TableKey; field: FieldKey; name: string }
  | { kind: 'missingOption'; table: TableKey; field: FieldKey; option: string }
  | { kind: 'missingView'; table: TableKey; view: string }
  | { kind: 'installMapDamaged'; table: 'settings' };

export interface SchemaResolution {
  schema: ResolvedSchema;
  problems: SchemaProblem[];
}

const hasName = (names: Names, name: string) => name === names.zh || name === names.en;

function findTable(
  spec: TableSpec,
  actual: ActualTable[],
  installed?: InstalledTable,
): ActualTable | undefined {
  return actual.find((t) => t.id === installed?.id) ?? actual.find((t) => hasName(spec.names, t.name));
}

function resolveOptions(
  table: TableKey,
  spec: FieldSpec,
  meta: FieldMeta,
  installedIds: Record<string, string> = {},
  problems: SchemaProblem[],
): ResolvedField['options'] {
  const actual = ((meta.property as { options?: SelectOption[] } | null)?.options ?? []) as SelectOption[];
  const options: ResolvedField['options'] = {};
  for (const option of spec.options ?? []) {
    const found =
      actual.find((o) => o.id === installedIds[option.key]) ??
      actual.find((o) => hasName(option.names, o.name) || !!option.formerNames?.includes(o.name));
    if (found) options[option.key] = { id: found.id, name: found.name };
    else problems.push({ kind: 'missingOption', table, field: spec.key, option: option.key });
  }
  return options;
}

function linkTargetMatches(
  spec: FieldSpec,
  meta: FieldMeta,
  tableIds: Partial<Record<TableKey, string>>,
): boolean {
  if (spec.kind !== 'link' || !spec.linkTo) return true;
  return (meta.property as { tableId?: string } | null)?.tableId === tableIds[spec.linkTo];
}

function resolveTable(
  spec: TableSpec,
  actual: ActualTable,
  installed: InstalledTable | undefined,
  tableIds: Partial<Record<TableKey, string>>,
  problems: SchemaProblem[],
): ResolvedTable {
  if (!hasName(spec.names, actual.name))
    problems.push({ kind: 'tableRenamed', table: spec.key, name: actual.name });
  const fields: ResolvedTable['fields'] = {};
  for (const field of spec.fields) {
    const meta =
      actual.fields.find((f) => f.id === installed?.fields[field.key]) ??
      actual.fields.find((f) => hasName(field.names, f.name));
    if (!meta) {
      problems.push({ kind: 'missingField', table: spec.key, field: field.key });
      continue;
    }
    if (!typeMatches(field.kind, meta.type) || !linkTargetMatches(field, meta, tableIds)) {
      problems.push({ kind: 'wrongType', table: spec.key, field: field.key, name: meta.name });
      continue;
    }
    if (!hasName(field.names, meta.name))
      problems.push({ kind: 'fieldRenamed', table: spec.key, field: field.key, name: meta.name });
    const options = resolveOptions(spec.key, field, meta, installed?.options[field.key], problems);
    fields[field.key] = { key: field.key, id: meta.id, name: meta.name, spec: field, options };
  }
  const views: Record<string, string> = {};
  for (const view of spec.views) {
    if (!actual.views) continue;
    const meta =
      actual.views.find((v) => v.id === installed?.views[view.key]) ??
      actual.views.find((v) => hasName(view.names, v.name));
    if (meta) views[view.key] = meta.id;
    else problems.push({ kind: 'missingView', table: spec.key, view: view.key });
  }
  return { key: spec.key, id: actual.id, name: actual.name, spec, fields, views };
}

export function resolveSchema(actual: ActualTable[], map: InstallMap): SchemaResolution {
  const problems: SchemaProblem[] = [];
  if (map.damaged) problems.push({ kind: 'installMapDamaged', table: 'settings' });
  const found = new Map<TableKey, ActualTable>();
  for (const spec of TABLES) {
    const table = findTable(spec, actual, map.tables[spec.key]);
    if (table) found.set(spec.key, table);
  }
  const claimed = new Set([...found.values()]);
  for (const spec of TABLES) {
    if (found.has(spec.key)) continue;
    // Only a table whose id is not known: one the install map names and the Base lacks was deleted.
    const table = map.tables[spec.key] ? undefined : bySignature(spec, actual, claimed);
    if (table) {
      found.set(spec.key, table);
      claimed.add(table);
    } else problems.push({ kind: 'missingTable', table: spec.key });
  }
  const tableIds = Object.fromEntries([...found].map(([key, t]) => [key, t.id])) as Partial<
    Record<TableKey, string>
  >;
  // Filled table by table, each under the key of the spec it was resolved from.
  const schema: Partial<Record<TableKey, ResolvedTable>> = {};
  for (const spec of TABLES) {
    const table = found.get(spec.key);
    if (table) schema[spec.key] = resolveTable(spec, table, map.tables[spec.key], tableIds, problems);
  }
  return { schema: schema as ResolvedSchema, problems };
}

/** Fewer fields in common than this say too little to tell a table by its fields. */
const SIGNATURE_MIN_FIELDS = 3;

/**
 * A renamed table whose id is not known (no install map, or a damaged one): the unclaimed table that has the
 * most of the spec's fields by name, if it has at least half of them (and a few).
 */
function bySignature(
  spec: TableSpec,
  actual: ActualTable[],
  claimed: ReadonlySet<ActualTable>,
): ActualTable | undefined {
  const score = (t: ActualTable) =>
    spec.fields.filter((f) => t.fields.some((m) => hasName(f.names, m.name))).length;
  const [best] = actual
    .filter((t) => !claimed.has(t))
    .map((t) => ({ t, n: score(t) }))
    .sort((a, b) => b.n - a.n);
  return best && best.n >= SIGNATURE_MIN_FIELDS && best.n * 2 >= spec.fields.length ? best.t : undefined;
}

/** The install map that records what was resolved, so later renames are found by id. */
export function installMapOf(schema: ResolvedSchema): InstallMap {
  const tables: InstallMap['tables'] = {};
  for (const [key, table] of Object.entries(schema) as [TableKey, ResolvedTable][]) {
    const fields: Record<string, string> = {};
    const options: Record<string, Record<string, string>> = {};
    for (const field of Object.values(table.fields)) {
      if (!field) continue;
      fields[field.key] = field.id;
      if (Object.keys(field.options).length > 0)
        options[field.key] = Object.fromEntries(Object.entries(field.options).map(([k, o]) => [k, o.id]));
    }
    tables[key] = { id: table.id, fields, options, views: { ...table.views } };
  }
  return { version: 1, tables };
}
