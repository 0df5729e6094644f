/**
 * Between cells (the SDK's shapes) and plain values, per schema field kind. Reading is forgiving (a user may
 * have typed anything); writing is strict and fails with a SchemaError naming what is missing.
 */
import type { RecordFields } from '../port/bitableBase';
import type { CellValue, LinkValue, SelectOptionValue, UserValue } from '../port/cellValues';
import { fieldByKey, type ResolvedField, type ResolvedSchema, type ResolvedTable } from './resolveSchema';
import type { FieldKey, OptionKey, TableKey } from './schemaTypes';

export type PlainValue = string | number | boolean | string[] | undefined;

/**
 * A record's values to write, by field key: only the fields of table T, and for a single select only its
 * option keys, so a misspelt key or option fails to compile.
 */
export type FieldValues<T extends TableKey = TableKey> = {
  [K in FieldKey<T>]?: [OptionKey<T, K>] extends [never] ? PlainValue : OptionKey<T, K> | undefined;
};

/** A record's values as read: any value, since a person may have typed anything. */
export type DecodedValues<T extends TableKey = TableKey> = { [K in FieldKey<T>]?: PlainValue };

export type SchemaErrorCode = 'fieldMissing' | 'optionMissing' | 'tableMissing';

export class SchemaError extends Error {
  constructor(
    readonly code: SchemaErrorCode,
    readonly detail: { table: TableKey; field?: string; option?: string },
  ) {
    super(
      `${code}: ${detail.table}${detail.field ? `.${detail.field}` : ''}${detail.option ? `=${detail.option}` : ''}`,
    );
    this.name = 'SchemaError';
  }
}

/** The text of a Text cell (its segments joined). */
export function segmentsText(cell: CellValue | undefined): string {
  if (typeof cell === 'string') return cell;
  if (!Array.isArray(cell)) return '';
  return cell.map((s) => (typeof s === 'object' && s && 'text' in s ? String(s.text) : '')).join('');
}

function optionKey(field: ResolvedField, cell: SelectOptionValue): string | undefined {
  const byId = Object.entries(field.options).find(([, o]) => o.id === cell.id);
  return byId?.[0];
}

export interface DecodedCell {
  value: PlainValue;
  /** Text of a select value that is not one of the schema's options (typed by hand). */
  unknownOption?: string;
}

export function decodeCell(field: ResolvedField, cell: CellValue | undefined): DecodedCell {
  if (cell === null || cell === undefined)
    return { value: field.spec.kind === 'checkbox' ? false : undefined };
  switch (field.spec.kind) {
    case 'text':
      return { value: segmentsText(cell) };
    case 'url':
      return {
        value: Array.isArray(cell) ? String((cell[0] as { link?: string })?.link ?? segmentsText(cell)) : '',
      };
    case 'number':
    case 'dateTime':
    case 'createdTime':
      return { value: typeof cell === 'number' ? cell : undefined };
    case 'checkbox':
      return { value: cell === true };
    case 'singleSelect': {
      const select = cell as SelectOptionValue;
      const key = optionKey(field, select);
      return key ? { value: key } : { value: undefined, unknownOption: select.text };
    }
    case 'multiSelect': {
      const list = Array.isArray(cell) ? (cell as SelectOptionValue[]) : [];
      const hasSpecOptions = (field.spec.options ?? []).length > 0;
      return { value: list.map((o) => (hasSpecOptions ? (optionKey(field, o) ?? o.text) : o.text)) };
    }
    case 'user':
    case 'createdUser':
      return { value: Array.isArray(cell) ? (cell as UserValue[]).map((u) => u.id) : [] };
    case 'link':
      return {
        value: typeof cell === 'object' && 'recordIds' in cell ? [...(cell as LinkValue).recordIds] : [],
      };
    case 'attachment':
      return { value: undefined };
  }
}

function encodeSelect(table: ResolvedTable, field: ResolvedField, key: string): SelectOptionValue {
  const option = field.options[key];
  if (!option) throw new SchemaError('optionMissing', { table: table.key, field: field.key, option: key });
  return { id: option.id, text: option.name };
}

function encodeCell(
  schema: ResolvedSchema,
  table: ResolvedTable,
  field: ResolvedField,
  value: PlainValue,
): CellValue {
  if (value === undefined || value === '') return field.spec.kind === 'checkbox' ? false : null;
  switch (field.spec.kind) {
    case 'text':
      return [{ type: 'text', text: String(value) }];
    case 'url':
      return [{ type: 'url', text: String(value), link: String(value) }];
    case 'number':
    case 'dateTime':
    case 'createdTime':
      return Number(value);
    case 'checkbox':
      return value === true;
    case 'singleSelect':
      return encodeSelect(table, field, String(value));
    case 'multiSelect':
      return (value as string[]).map((key) => encodeSelect(table, field, key));
    case 'user': {
      // A person with no id is no person: the host refuses such a value, so the cell is left empty.
      const ids = (value as string[]).filter((id) => id !== '');
      return ids.length > 0 ? ids.map((id) => ({ id })) : null;
    }
    case 'createdUser':
      return null;
    case 'link': {
      const target = schema[field.spec.linkTo!];
      if (!target) throw new SchemaError('tableMissing', { table: field.spec.linkTo! });
      const ids = value as string[];
      if (ids.length === 0) return null;
      return {
        recordIds: ids,
        tableId: target.id,
        text: '',
        type: 'text',
        record_ids: ids,
        table_id: target.id,
      };
    }
    case 'attachment':
      return null;
  }
}

const isEmpty = (v: PlainValue) =>
  v === undefined || v === '' || v === false || (Array.isArray(v) && v.length === 0);

/** Cells for the given plain values. An empty value for a missing field is skipped; a real one is an error. */
export function encodeFields(
  schema: ResolvedSchema,
  table: ResolvedTable,
  values: Readonly<Record<string, PlainValue>>,
): RecordFields {
  const fields: RecordFields = {};
  for (const [key, value] of Object.entries(values)) {
    const field = fieldByKey(table, key);
    if (!field && isEmpty(value)) continue;
    if (!field) throw new SchemaError('fieldMissing', { table: table.key, field: key });
    fields[field.id] = encodeCell(schema, table, field, value);
  }
  return fields;
}

/** A record of table T: a field the Base lacks has no value. */
export interface DecodedRecord<T extends TableKey = TableKey> {
  id: string;
  values: DecodedValues<T>;
  unknownOptions: { [K in FieldKey<T>]?: string };
}

export function decodeRecord<T extends TableKey>(
  table: ResolvedTable<T>,
  recordId: string,
  fields: RecordFields,
): DecodedRecord<T> {
  const values: Record<string, PlainValue> = {};
  const unknownOptions: Record<string, string> = {};
  const all: ResolvedTable = table;
  for (const field of Object.values(all.fields)) {
    if (!field) continue;
    const decoded = decodeCell(field, fields[field.id]);
    values[field.key] = decoded.value;
    if (decoded.unknownOption !== undefined) unknownOptions[field.key] = decoded.unknownOption;
  }
  // The keys come from the table's own spec, so they are the fields of T.
  return { id: recordId, values, unknownOptions } as DecodedRecord<T>;
}
