/** Structure writes on the shared Base (tables, fields), with the SDK's checks and errors. */
import { FieldType, ViewType, type FieldConfig, type FieldMeta } from '../port/bitableBase';
import { HostError, HostErrorCode } from '../port/hostErrors';
import type { LocalState, LocalTable } from './localState';

export const SUPPORTED_FIELD_TYPES: ReadonlySet<number> = new Set(Object.values(FieldType));

/** What schema writes need of the Base: its shared state and its id source. */
interface SchemaTarget {
  state: LocalState;
  newId(prefix: string): string;
}

export function assertUniqueFieldName(table: LocalTable, name: string): void {
  if (table.fields.some((f) => f.name === name))
    throw new HostError(HostErrorCode.FieldNameRepeated, `field name "${name}" repeated`);
}

export function fieldProperty(base: SchemaTarget, type: number, property: unknown): unknown {
  const given = (property ?? {}) as Record<string, unknown>;
  if (type === FieldType.SingleSelect || type === FieldType.MultiSelect) {
    const options = ((given.options as { id?: string; name?: string; color?: number }[]) ?? []).map(
      (o, i) => ({
        id: o.id ?? base.newId('opt'),
        name: String(o.name ?? ''),
        color: o.color ?? i % 10,
      }),
    );
    return { options, optionsType: 0 };
  }
  if (type === FieldType.SingleLink || type === FieldType.DuplexLink) {
    const tableId = String(given.tableId ?? '');
    if (!base.state.tables.some((t) => t.id === tableId))
      throw new HostError(HostErrorCode.TableNotFound, `link target table ${tableId} not found`);
    return { tableId, multiple: given.multiple ?? true };
  }
  if (type === FieldType.User) return { multiple: given.multiple ?? true };
  return property ?? null;
}

export function createField(base: SchemaTarget, table: LocalTable, config: FieldConfig): FieldMeta {
  if (!SUPPORTED_FIELD_TYPES.has(config.type))
    throw new HostError(HostErrorCode.FieldTypeUnsupported, `field type ${config.type} not supported`);
  const name = config.name ?? `Field ${table.fields.length + 1}`;
  assertUniqueFieldName(table, name);
  const field: FieldMeta = {
    id: base.newId('fld'),
    type: config.type,
    name,
    isPrimary: table.fields.length === 0,
    property: fieldProperty(base, config.type, config.property),
  };
  table.fields.push(field);
  return field;
}

/** Adds a table named and with default names in the session's language; `ignoresFields` as some hosts do. */
export function createTable(
  base: SchemaTarget,
  config: { name: string; fields: FieldConfig[] },
  language: string,
  ignoresFields: boolean,
  defaultPrimary = false,
): { tableId: string; index: number } {
  if (base.state.tables.some((t) => t.name === config.name))
    throw new HostError(HostErrorCode.TableNameRepeated, `table name "${config.name}" repeated`);
  const table: LocalTable = { id: base.newId('tbl'), name: config.name, fields: [], views: [], records: [] };
  const zh = language.startsWith('zh');
  const blank = [{ type: FieldType.Text, name: zh ? '文本' : 'Text' }];
  const given = ignoresFields ? [] : config.fields;
  // Some hosts honour fields, some ignore them, some add them after a default primary column.
  const fields = defaultPrimary || given.length === 0 ? [...blank, ...given] : given;
  // Fields first: a bad field fails the call before any table exists, as on the host.
  fields.forEach((f) => createField(base, table, f));
  table.views.push({ id: base.newId('vew'), name: zh ? '表格' : 'Grid', type: ViewType.Grid, property: {} });
  base.state.tables.push(table);
  return { tableId: table.id, index: base.state.tables.length - 1 };
}
