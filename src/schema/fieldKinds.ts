import { FieldType } from '../port/bitableBase';
import type { FieldKind } from './schemaTypes';

/** The Bitable field type each schema kind is stored as. */
export const FIELD_TYPE_OF: Record<FieldKind, number> = {
  text: FieldType.Text,
  number: FieldType.Number,
  singleSelect: FieldType.SingleSelect,
  multiSelect: FieldType.MultiSelect,
  dateTime: FieldType.DateTime,
  createdTime: FieldType.CreatedTime,
  createdUser: FieldType.CreatedUser,
  checkbox: FieldType.Checkbox,
  user: FieldType.User,
  url: FieldType.Url,
  attachment: FieldType.Attachment,
  link: FieldType.SingleLink,
};

/** Both link flavours work for reading and writing; the installer creates one-way links. */
export function typeMatches(kind: FieldKind, actualType: number): boolean {
  if (kind === 'link') return actualType === FieldType.SingleLink || actualType === FieldType.DuplexLink;
  return FIELD_TYPE_OF[kind] === actualType;
}
