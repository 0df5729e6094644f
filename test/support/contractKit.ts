/** Helpers shared by the port contract's parts: names, cell builders, waiting, table setup. */
import {
  FieldType,
  type BaseTable,
  type BitableHost,
  type FieldConfig,
  type RecordValue,
  type SelectOption,
} from '../../src/port/bitableBase';
import type { CellValue, LinkValue, Segment } from '../../src/port/cellValues';
import { HostErrorCode } from '../../src/port/hostErrors';

export const LIMIT = { code: HostErrorCode.RecordLimitExceeded };
export const NAME: FieldConfig = { type: FieldType.Text, name: 'Name' };
export const COUNT: FieldConfig = { type: FieldType.Number, name: 'Count' };
let serial = 0;
export const uniqueName = (what: string) => `contract ${what} ${Date.now().toString(36)}-${++serial}`;
export const text = (t: string): Segment[] => [{ type: 'text', text: t }];
export const plain = (cell: CellValue | undefined) =>
  Array.isArray(cell) ? cell.map((s) => (s as { text?: string }).text ?? '').join('') : '';
export const named = (fieldId: string, count: number, prefix = 'r'): RecordValue[] =>
  Array.from({ length: count }, (_, i) => ({ fields: { [fieldId]: text(`${prefix}${i}`) } }));
export const options = (property: unknown) => (property as { options: SelectOption[] }).options;
export const select = (type: number, name: string, ...names: string[]): FieldConfig => ({
  type,
  name,
  property: { options: names.map((n) => ({ name: n })) },
});
export const linkTo = (tableId: string, recordIds: string[]): LinkValue => ({
  text: '',
  type: 'text',
  recordIds,
  tableId,
  record_ids: recordIds,
  table_id: tableId,
});
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `read` gives a value: events arrive asynchronously on every host. */
export async function waitFor<T>(read: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for an event');
    await pause(5);
  }
}

export async function addMany(table: BaseTable, records: RecordValue[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < records.length; i += 200)
    ids.push(...(await table.addRecords(records.slice(i, i + 200))));
  return ids;
}

export async function totalOf(table: BaseTable): Promise<number> {
  return (await table.getRecordIdListByPage({ pageSize: 200 })).total;
}

/** Hosts may ignore addTable's fields and create one blank text column: name it, add the rest. */
export async function completeFields(table: BaseTable, fields: FieldConfig[]): Promise<void> {
  const metas = await table.getFieldMetaList();
  const [first, ...rest] = fields;
  const primary = metas.find((m) => m.isPrimary);
  if (first?.name && primary && primary.name !== first.name)
    await table.setField(primary.id, { name: first.name });
  for (const field of rest) if (!metas.some((m) => m.name === field.name)) await table.addField(field);
}

/** A way to make calls answer late: the caller times out, and the call lands on the Base afterwards. */
export interface LateAnswers {
  lateNext(count: number, delayMs: number): void;
  /** Lets everything in flight land. */
  settle(): Promise<void>;
}

/** A host alone, or with the means to make its calls answer late. */
export type ContractSubject = BitableHost | { host: BitableHost; late?: LateAnswers };

/** A fresh table with the given fields; `id(name)` finds a field id by its name. */
export async function newTable(host: BitableHost, fields: FieldConfig[]) {
  const tableName = uniqueName('table');
  const { tableId } = await host.base.addTable({ name: tableName, fields });
  const table = await host.base.getTableById(tableId);
  await completeFields(table, fields);
  const metas = await table.getFieldMetaList();
  const id = (fieldName: string) => {
    const meta = metas.find((f) => f.name === fieldName);
    if (!meta) throw new Error(`no field named ${fieldName}`);
    return meta.id;
  };
  return { tableId, tableName, table, metas, id };
}
