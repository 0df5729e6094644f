/** What a grid cell editor shows and what it writes back, per field type, in the SDK's cell shapes. */
import { FieldType, type FieldMeta } from '../port/bitableBase';
import type { CellValue } from '../port/cellValues';
import type { LocalState } from '../local/localState';

export type EditorKind = 'text' | 'number' | 'date' | 'checkbox' | 'choice' | 'readonly';

export interface Choice {
  value: string;
  label: string;
}

export function editorKind(field: FieldMeta): EditorKind {
  switch (field.type) {
    case FieldType.Text:
    case FieldType.Url:
      return 'text';
    case FieldType.Number:
      return 'number';
    case FieldType.DateTime:
      return 'date';
    case FieldType.Checkbox:
      return 'checkbox';
    case FieldType.SingleSelect:
    case FieldType.User:
    case FieldType.SingleLink:
    case FieldType.DuplexLink:
      return 'choice';
    default:
      return 'readonly';
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayText = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The editor's starting text for a cell. */
export function editorValue(field: FieldMeta, cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  switch (field.type) {
    case FieldType.DateTime:
      return typeof cell === 'number' ? dayText(cell) : '';
    case FieldType.Number:
      return String(cell);
    case FieldType.SingleSelect:
      return String((cell as { id?: string }).id ?? '');
    case FieldType.User:
      return String((cell as { id: string }[])[0]?.id ?? '');
    case FieldType.SingleLink:
    case FieldType.DuplexLink:
      return String((cell as { recordIds: string[] }).recordIds[0] ?? '');
    default:
      return Array.isArray(cell)
        ? cell.map((s) => (s as { text?: string }).text ?? '').join('')
        : String(cell);
  }
}

/** The choices of a choice editor: options, people, or the linked table's records. */
export function choices(state: LocalState, field: FieldMeta): Choice[] {
  if (field.type === FieldType.SingleSelect)
    return (field.property as { options: { id: string; name: string }[] }).options.map((o) => ({
      value: o.id,
      label: o.name,
    }));
  if (field.type === FieldType.User) return state.users.map((u) => ({ value: u.id, label: u.name }));
  const target = state.tables.find((t) => t.id === (field.property as { tableId: string }).tableId);
  const primary = target?.fields.find((f) => f.isPrimary);
  return (target?.records ?? []).map((r) => ({
    value: r.recordId,
    label: primary ? editorValue(primary, r.fields[primary.id]) || r.recordId : r.recordId,
  }));
}

/** The cell to write for the editor's text; empty text clears the cell. */
export function cellFromEditor(state: LocalState, field: FieldMeta, text: string): CellValue {
  if (text === '') return null;
  switch (field.type) {
    case FieldType.Url:
      return [{ type: 'url', text, link: text }];
    case FieldType.Number:
      return Number.isFinite(Number(text)) ? Number(text) : null;
    case FieldType.DateTime: {
      const [y, m, d] = text.split('-').map(Number);
      return new Date(y!, m! - 1, d!).getTime();
    }
    case FieldType.SingleSelect: {
      const option = choices(state, field).find((c) => c.value === text);
      return option ? { id: option.value, text: option.label } : null;
    }
    case FieldType.User:
      return [{ id: text }];
    case FieldType.SingleLink:
    case FieldType.DuplexLink: {
      const tableId = (field.property as { tableId: string }).tableId;
      return { recordIds: [text], tableId, text: '', type: 'text', record_ids: [text], table_id: tableId };
    }
    default:
      return [{ type: 'text', text }];
  }
}
