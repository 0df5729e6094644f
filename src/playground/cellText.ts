/** A cell as the grid shows it: what a person would read in Bitable. */
import { FieldType, type FieldMeta } from '../port/bitableBase';
import type { LocalState } from '../local/localState';
import { editorValue } from './cellEdit';

export function cellText(state: LocalState, field: FieldMeta, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (field.type) {
    case FieldType.DateTime:
      return typeof value === 'number' ? editorValue(field, value) : '';
    case FieldType.Checkbox:
      return value ? '☑' : '☐';
    case FieldType.SingleSelect:
      return String((value as { text?: string }).text ?? '');
    case FieldType.MultiSelect:
      return (value as { text: string }[]).map((o) => o.text).join(', ');
    case FieldType.User:
      return (value as { id: string }[])
        .map((u) => state.users.find((x) => x.id === u.id)?.name ?? u.id)
        .join(', ');
    case FieldType.SingleLink:
    case FieldType.DuplexLink: {
      const target = state.tables.find((t) => t.id === (field.property as { tableId: string }).tableId);
      const primary = target?.fields.find((f) => f.isPrimary);
      return (value as { recordIds: string[] }).recordIds
        .map((id) => target?.records.find((r) => r.recordId === id))
        .map((r) => (r && primary ? cellText(state, primary, r.fields[primary.id]) : ''))
        .join(', ');
    }
    default:
      return Array.isArray(value)
        ? value.map((s) => (s as { text?: string }).text ?? '').join('')
        : String(value);
  }
}
