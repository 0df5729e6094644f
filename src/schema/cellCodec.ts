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

/** Option keys by option id, per resolved field: a select cell is decoded for every record read. */
const optionKeysById = new WeakMap<ResolvedField, Map<string, string>>();

function optionKey(field: ResolvedField, cell: SelectOptionValue): string | undefined {
  let keys = optionKeysById.get(field);
  if (!keys) {
    keys = new Map(Object.entries(field.options).map(([key, o]) => [o.id, key]));
    optionKeysById.set(field, keys);
  }
  return keys.get(cell.id);
}

export interface DecodedCell {
  value: PlainValue;
  /** Text of a select value that is not one of the schema's options (typed by hand). */
  unknownOption?: string;
}

export function decodeCell(field: ResolvedField, cell: CellValue | undefined): DecodedCell {
  const value = decodeValue(field, cell);
  const unknownOption = unknownOptionOf(field, cell, value);
  return unknownOption === undefined ? { value } : { value, unknownOption };
}

/** The text of a single select value that matched none of the schema's options. */
function unknownOptionOf(field: ResolvedField, cell: CellValue | undefined, value: PlainValue) {
  if (field.spec.kind !== 'singleSelect' || value !== undefined || cell === null || cell === undefined)
    return undefined;
  return (cell as SelectOptionValue).text;
}

function decodeValue(field: ResolvedField, cell: CellValue | undefined): PlainValue {
  if (cell === null || cell === undefined) return field.spec.kind === 'checkbox' ? false : undefined;
  switch (field.spec.kind) {
    case 'text':
      return segmentsText(cell);
    case 'url':
      return Array.isArray(cell) ? String((cell[0] as { link?: string })?.link ?? segmentsText(cell)) : '';
    case 'number':
    case 'dateTime':
    case 'createdTime':
      return typeof cell === 'number' ? cell : undefined;
    case 'checkbox':
      return cell === true;
    case 'singleSelect':
      return optionKey(field, cell as SelectOptionValue);
    case 'multiSelect': {
      const list = Array.isArray(cell) ? (cell as SelectOptionValue[]) : [];
      const hasSpecOptions = (field.spec.options ?? []).length > 0;
      return list.map((o) => (hasSpecOptions ? (optionKey(field, o) ?? o.text) : o.text));
    }
    case 'user':
    case 'createdUser':
      return Array.isArray(cell) ? (cell as UserValue[]).map((u) => u.id) : [];
    case 'link':
      return typeof cell === 'object' && 'recordIds' in cell ? [...(cell as LinkValue).recordIds] : [];
    case 'attachment':
      return undefined;
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

const fieldLists = new WeakMap<ResolvedTable, ResolvedField[]>();

/** A table's resolved fields as a list, made once per resolution rather than once per record. */
function fieldsOf(table: ResolvedTable): ResolvedField[] {
  let list = fieldLists.get(table);
  if (!list) {
    list = Object.values(table.fields).filter((f): f is ResolvedField => f !== undefined);
    fieldLists.set(table, list);
  }
  return list;
}

export function decodeRecord<T extends TableKey>(
  table: ResolvedTable<T>,
  recordId: string,
  fields: RecordFields,
): DecodedRecord<T> {
  const values: Record<string, PlainValue> = {};
  const unknownOptions: Record<string, string> = {};
  for (const field of fieldsOf(table)) {
    const cell = fields[field.id];
    const value = decodeValue(field, cell);
    values[field.key] = value;
    const unknown = unknownOptionOf(field, cell, value);
    if (unknown !== undefined) unknownOptions[field.key] = unknown;
  }
  // The keys come from the table's own spec, so they are the fields of T.
  return { id: recordId, values, unknownOptions } as DecodedRecord<T>;
}
