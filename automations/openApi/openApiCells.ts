/**
 * Between the OpenAPI's shapes and the js-sdk's, so the store and the services run unchanged over either.
 * The OpenAPI keys a record's cells by field name and writes selects by option name, links as a list of
 * record ids and text as a plain string; records/search reads links as `{link_record_ids}` and text as
 * segments. Reading accepts the other documented variants too (a string for text, `[{record_ids}]` for
 * links), since they differ between endpoints and versions.
 */
import { FieldType, type FieldMeta, type RecordFields, type SelectOption } from '../../src/port/bitableBase';
import { HostError, HostErrorCode } from '../../src/port/hostErrors';
import type {
  AttachmentValue,
  CellValue,
  Segment,
  SelectOptionValue,
  UserValue,
} from '../../src/port/cellValues';

/** A field as GET …/fields lists it. */
export interface OpenApiField {
  field_id: string;
  field_name: string;
  type: number;
  is_primary?: boolean;
  property?: Record<string, unknown> | null;
}

/** The same numeric types as the SDK; only the property keys differ (table_id → tableId). */
export function toFieldMeta(field: OpenApiField): FieldMeta {
  const property = field.property ?? {};
  const link = field.type === FieldType.SingleLink || field.type === FieldType.DuplexLink;
  return {
    id: field.field_id,
    name: field.field_name,
    type: field.type,
    isPrimary: field.is_primary === true,
    property: link ? { tableId: property.table_id, multiple: property.multiple ?? true } : property,
  };
}

const optionsOf = (meta: FieldMeta) =>
  ((meta.property as { options?: SelectOption[] })?.options ?? []) as SelectOption[];
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function readSegments(value: unknown): Segment[] {
  if (typeof value === 'string') return [{ type: 'text', text: value }];
  return asArray(value).map((s) => {
    const segment = isObject(s) ? s : { text: String(s) };
    if (typeof segment.link === 'string')
      return { type: 'url', text: String(segment.text ?? ''), link: segment.link };
    return { type: 'text', text: String(segment.text ?? '') };
  });
}

function readOption(meta: FieldMeta, value: unknown): SelectOptionValue | undefined {
  const name = isObject(value) ? String(value.text ?? value.name ?? '') : String(value);
  const option = optionsOf(meta).find((o) => o.name === name);
  return name === '' ? undefined : { id: option?.id ?? name, text: name };
}

function readLinkIds(value: unknown): string[] {
  return asArray(value).flatMap((item) => {
    if (typeof item === 'string') return [item];
    if (!isObject(item)) return [];
    const ids = item.link_record_ids ?? item.record_ids ?? (item.record_id ? [item.record_id] : []);
    return asArray(ids).map(String);
  });
}

/** A cell as the js-sdk would return it, from what the OpenAPI returned. */
export function readCell(meta: FieldMeta, value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (meta.type) {
    case FieldType.Text:
      return readSegments(value);
    case FieldType.Url: {
      const url = isObject(value) ? value : { link: String(value), text: String(value) };
      return [{ type: 'url', text: String(url.text ?? url.link ?? ''), link: String(url.link ?? '') }];
    }
    case FieldType.Number:
    case FieldType.DateTime:
      return typeof value === 'number' ? value : Number(value);
    case FieldType.Checkbox:
      return value === true;
    case FieldType.SingleSelect:
      return readOption(meta, value) ?? null;
    case FieldType.MultiSelect:
      return asArray(value).flatMap((v) => readOption(meta, v) ?? []);
    case FieldType.User:
    case FieldType.CreatedUser:
      return asArray(value).filter(isObject).map(readUser);
    case FieldType.Attachment:
      return asArray(value).filter(isObject).map(readAttachment);
    case FieldType.SingleLink:
    case FieldType.DuplexLink: {
      const recordIds = readLinkIds(value);
      const tableId = String((meta.property as { tableId?: string }).tableId ?? '');
      return { recordIds, tableId, text: '', type: 'text', record_ids: recordIds, table_id: tableId };
    }
    default:
      return value as CellValue;
  }
}

function readUser(user: Record<string, unknown>): UserValue {
  return {
    id: String(user.id ?? ''),
    ...(typeof user.name === 'string' ? { name: user.name } : {}),
    ...(typeof user.en_name === 'string' ? { enName: user.en_name } : {}),
    ...(typeof user.email === 'string' ? { email: user.email } : {}),
  };
}

function readAttachment(file: Record<string, unknown>): AttachmentValue {
  return {
    name: String(file.name ?? ''),
    size: Number(file.size ?? 0),
    type: String(file.type ?? ''),
    token: String(file.file_token ?? ''),
    timeStamp: 0,
  };
}

/** A cell as the OpenAPI takes it, from the js-sdk's shape. */
export function writeCell(meta: FieldMeta, cell: CellValue): unknown {
  if (cell === null) return null;
  switch (meta.type) {
    case FieldType.Text:
      return asArray(cell)
        .map((s) => String((s as { text?: string }).text ?? ''))
        .join('');
    case FieldType.Url: {
      const [first] = asArray(cell) as { text?: string; link?: string }[];
      return first ? { text: first.text ?? first.link ?? '', link: first.link ?? '' } : null;
    }
    case FieldType.SingleSelect:
      return optionName(meta, cell as SelectOptionValue);
    case FieldType.MultiSelect:
      return listOf<SelectOptionValue>(meta, cell).map((o) => optionName(meta, o));
    case FieldType.User:
      return listOf<UserValue>(meta, cell).map((u) => ({ id: u.id }));
    case FieldType.Attachment:
      return listOf<AttachmentValue>(meta, cell).map((f) => ({ file_token: f.token }));
    case FieldType.SingleLink:
    case FieldType.DuplexLink:
      return [...((cell as { recordIds?: string[] }).recordIds ?? [])];
    default:
      return cell;
  }
}

/** A cell the field takes as a list; anything else is refused as the SDK refuses it, not retried. */
function listOf<T>(meta: FieldMeta, cell: CellValue): T[] {
  if (Array.isArray(cell)) return cell as T[];
  throw new HostError(HostErrorCode.CellUnknown, `OpenAPI write: 「${meta.name}」 takes a list`, false);
}

/**
 * Options are written by name: the name of the option with that id now (it may have been renamed). A name the
 * field does not have would make the OpenAPI add a new option, so an unknown one is refused instead.
 */
function optionName(meta: FieldMeta, option: SelectOptionValue): string {
  const options = optionsOf(meta);
  const found = options.find((o) => o.id === option.id) ?? options.find((o) => o.name === option.text);
  if (!found)
    throw new HostError(
      HostErrorCode.FieldTypeUnsupported,
      `OpenAPI write: 「${meta.name}」 has no option 「${option.text}」`,
      false,
    );
  return found.name;
}

/** Cells keyed by field id, from the OpenAPI's cells keyed by name; fields not listed are left out. */
export function readFields(metas: FieldMeta[], fields: Record<string, unknown> = {}): RecordFields {
  const out: RecordFields = {};
  for (const meta of metas) if (meta.name in fields) out[meta.id] = readCell(meta, fields[meta.name]);
  return out;
}

/** Cells keyed by field name, for the OpenAPI; a field id that is not in the table is an error. */
export function writeFields(metas: FieldMeta[], fields: RecordFields): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([fieldId, cell]) => {
      const meta = metas.find((m) => m.id === fieldId);
      if (!meta) throw new Error(`OpenAPI write: no field ${fieldId} in this table`);
      return [meta.name, writeCell(meta, cell)];
    }),
  );
}
