/**
 * The subset of the SDK's record filter Baton uses (is / isNot / contains / isEmpty / isNotEmpty), evaluated on
 * SDK-shaped cells: by the local Base, and by the OpenAPI adapter, which filters after reading.
 */
import type { FilterCondition, RecordFilter, RecordFields } from './bitableBase';
import type { CellValue } from './cellValues';

function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (Array.isArray(cell))
    return cell
      .map((v) => String((v as { text?: string; id?: string }).text ?? (v as { id?: string }).id ?? v))
      .join('');
  if (typeof cell === 'object' && 'recordIds' in cell)
    return (cell as { recordIds: string[] }).recordIds.join(',');
  if (typeof cell === 'object') return String((cell as { id?: string }).id ?? '');
  return String(cell);
}

function matchesCondition(fields: RecordFields, condition: FilterCondition): boolean {
  const text = cellText(fields[condition.fieldId]);
  const wanted = Array.isArray(condition.value)
    ? condition.value.map(String)
    : [String(condition.value ?? '')];
  switch (condition.operator) {
    case 'is':
      return wanted.includes(text) || wanted.some((w) => cellIds(fields[condition.fieldId]).includes(w));
    case 'isNot':
      return !wanted.includes(text);
    case 'contains':
      return wanted.some((w) => text.includes(w));
    case 'isEmpty':
      return text === '';
    case 'isNotEmpty':
      return text !== '';
    default:
      return true;
  }
}

function cellIds(cell: CellValue | undefined): string[] {
  if (cell && typeof cell === 'object' && 'recordIds' in cell)
    return (cell as { recordIds: string[] }).recordIds;
  if (Array.isArray(cell)) return cell.map((v) => String((v as { id?: string }).id ?? ''));
  if (cell && typeof cell === 'object' && 'id' in cell) return [String(cell.id)];
  return [];
}

export function matchesFilter(fields: RecordFields, filter: RecordFilter | undefined): boolean {
  if (!filter || filter.conditions.length === 0) return true;
  const results = (filter.conditions as (FilterCondition | RecordFilter)[]).map((c) =>
    'conjunction' in c ? matchesFilter(fields, c) : matchesCondition(fields, c),
  );
  return filter.conjunction === 'or' ? results.some(Boolean) : results.every(Boolean);
}
