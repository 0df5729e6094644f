/**
 * What the host accepts in a cell and how it returns it, per field type, as the SDK does:
 * writes of the wrong shape are rejected, users gain their names, links gain their text.
 */
import { FieldType, type FieldMeta } from '../port/bitableBase';
import type { CellValue, LinkValue, SelectOptionValue, UserValue } from '../port/cellValues';
import { HostError, HostErrorCode } from '../port/hostErrors';
import type { LocalRecord, LocalState, LocalTable } from './localState';
import { RecordLookup } from './recordLookup';

interface SelectProperty {
  options: { id: string; name: string; color: number }[];
}

function invalid(field: FieldMeta, detail: string): HostError {
  return new HostError(HostErrorCode.CellUnknown, `invalid cell value for field "${field.name}": ${detail}`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function normalizeSelect(field: FieldMeta, value: unknown): SelectOptionValue {
  if (!isObject(value)) throw invalid(field, 'expected {id, text}');
  const options = (field.property as SelectProperty).options;
  const option =
    options.find((o) => o.id === value.id) ??
    options.find((o) => value.id === undefined && o.name === value.text);
  if (!option) throw invalid(field, `unknown option ${String(value.id ?? value.text)}`);
  return { id: option.id, text: option.name };
}

function normalizeLink(field: FieldMeta, value: unknown): string[] {
  if (!isObject(value) || !Array.isArray(value.recordIds))
    throw invalid(field, 'expected {recordIds, tableId}');
  return value.recordIds.map(String);
}

const FILLED_BY_BASE: ReadonlySet<number> = new Set([FieldType.CreatedTime, FieldType.CreatedUser]);

/**
 * Turns an incoming cell into what is stored; throws the SDK's error on a wrong shape. With `isPerson`, a
 * person id it does not know is refused, as the OpenAPI refuses one (1254066).
 */
export function normalizeCell(
  field: FieldMeta,
  value: unknown,
  isPerson?: (id: string) => boolean,
): CellValue {
  if (FILLED_BY_BASE.has(field.type))
    throw new HostError(
      HostErrorCode.CellPermissionDenied,
      `field "${field.name}" is filled by the Base and cannot be written`,
    );
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case FieldType.Text:
    case FieldType.Url:
      if (!Array.isArray(value)) throw invalid(field, 'expected an array of segments');
      return value as CellValue;
    case FieldType.Number:
    case FieldType.DateTime:
      if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(field, 'expected a number');
      return value;
    case FieldType.Checkbox:
      if (typeof value !== 'boolean') throw invalid(field, 'expected a boolean');
      return value;
    case FieldType.SingleSelect:
      return normalizeSelect(field, value);
    case FieldType.MultiSelect:
      if (!Array.isArray(value)) throw invalid(field, 'expected an array of options');
      return value.map((v) => normalizeSelect(field, v));
    case FieldType.User:
      // The host refuses a person it does not recognise; an empty id is never one.
      if (
        !Array.isArray(value) ||
        !value.every((u) => isObject(u) && typeof u.id === 'string' && u.id !== '')
      )
        throw invalid(field, 'expected [{id}] with a person id');
      if (isPerson && !value.every((u) => isPerson((u as UserValue).id)))
        throw invalid(field, 'unrecognised person');
      return value.map((u) => ({ id: (u as UserValue).id }));
    case FieldType.SingleLink:
    case FieldType.DuplexLink:
      return { recordIds: normalizeLink(field, value) } as unknown as LinkValue;
    case FieldType.Attachment:
      if (!Array.isArray(value)) throw invalid(field, 'expected an array of attachments');
      return value as CellValue;
    default:
      return value as CellValue;
  }
}

/** A record's stored cells, with those the Base fills from the record's creation stamp. */
export function storedCells(fields: readonly FieldMeta[], record: LocalRecord): Record<string, CellValue> {
  const cells: Record<string, CellValue> = { ...record.fields };
  for (const field of fields) {
    if (field.type === FieldType.CreatedTime) cells[field.id] = record.createdTime ?? null;
    if (field.type === FieldType.CreatedUser)
      cells[field.id] = record.createdBy === undefined ? null : [{ id: record.createdBy }];
  }
  return cells;
}

function primaryText(table: LocalTable | undefined, record: LocalRecord | undefined): string {
  const primary = table?.fields.find((f) => f.isPrimary);
  const cell = primary && record ? record.fields[primary.id] : null;
  return Array.isArray(cell) ? cell.map((s) => (s as { text?: string }).text ?? '').join('') : '';
}

/** Turns a stored cell into what the SDK returns: users with names, links with text and ids. */
export function presentCell(
  state: LocalState,
  field: FieldMeta,
  stored: CellValue,
  lookup = new RecordLookup(state),
): CellValue {
  if (stored === null || stored === undefined) return null;
  const isUser = field.type === FieldType.User || field.type === FieldType.CreatedUser;
  if (isUser && Array.isArray(stored)) {
    return (stored as UserValue[]).map((u) => {
      const user = state.users.find((x) => x.id === u.id);
      return user
        ? { id: u.id, name: user.name, enName: user.enName ?? user.name, email: user.email }
        : { id: u.id };
    });
  }
  if (field.type === FieldType.SingleSelect || field.type === FieldType.MultiSelect)
    return presentSelect(field, stored);
  if (field.type === FieldType.SingleLink || field.type === FieldType.DuplexLink) {
    const tableId = (field.property as { tableId: string }).tableId;
    const target = state.tables.find((t) => t.id === tableId);
    const recordIds = (stored as LinkValue).recordIds.filter((id) => lookup.find(tableId, id));
    if (recordIds.length === 0) return null;
    const text = recordIds.map((id) => primaryText(target, lookup.find(tableId, id))).join(',');
    return { text, type: 'text', recordIds, tableId, record_ids: recordIds, table_id: tableId };
  }
  return stored;
}

/** A select cell shows its option's current name; an option deleted since reads as empty. */
function presentSelect(field: FieldMeta, stored: CellValue): CellValue {
  const options = (field.property as SelectProperty).options;
  const current = (value: SelectOptionValue) => {
    const option = options.find((o) => o.id === value.id);
    return option ? [{ id: option.id, text: option.name }] : [];
  };
  if (field.type === FieldType.SingleSelect) return current(stored as SelectOptionValue)[0] ?? null;
  const list = (stored as SelectOptionValue[]).flatMap(current);
  return list.length > 0 ? list : null;
}
