/**
 * What the port contract's sections share: cell builders, polling, table setup, the subject under test and
 * the scope each section runs in.
 */
import { it, type TestContext } from 'vitest';
import {
  FieldType,
  type BaseTable,
  type BitableHost,
  type FieldConfig,
  type FieldMeta,
  type RecordValue,
  type SelectOption,
} from '../../src/port/bitableBase';
import type { CellValue, LinkValue, Segment } from '../../src/port/cellValues';
import { HostErrorCode } from '../../src/port/hostErrors';
import { sleep } from '../../src/store/retry';

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
export const pause = sleep;

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

export const subjectParts = (subject: ContractSubject): [BitableHost, LateAnswers | undefined] =>
  'host' in subject ? [subject.host, subject.late] : [subject, undefined];

export interface PortContractOptions {
  /** Points this host leaves out, by test name (the `it.each` template for a table), each with its reason. */
  skip?: Record<string, string>;
  /** Creates a test table with its fields when the host installs nothing, as the sidebar would have. */
  addTable?: (name: string, fields: FieldConfig[]) => Promise<string>;
}

export interface NewTable {
  tableId: string;
  tableName: string;
  table: BaseTable;
  metas: FieldMeta[];
  id: (fieldName: string) => string;
}

/** Makes fresh tables on the current host, or behind it when the contract says how. */
export function tableMaker(host: () => BitableHost, contract: PortContractOptions) {
  return async (fields: FieldConfig[]): Promise<NewTable> => {
    const tableName = uniqueName('table');
    const tableId = contract.addTable
      ? await contract.addTable(tableName, fields)
      : // No fields, as the installer does: one blank primary column under every reading of addTable.
        (await host().base.addTable({ name: tableName, fields: [] })).tableId;
    const table = await host().base.getTableById(tableId);
    if (!contract.addTable) await completeFields(table, fields);
    const metas = await table.getFieldMetaList();
    const id = (fieldName: string) => {
      const meta = metas.find((f) => f.name === fieldName);
      if (!meta) throw new Error(`no field named ${fieldName}`);
      return meta.id;
    };
    return { tableId, tableName, table, metas, id };
  };
}

/** What a section of the contract runs with: the host of the current test and the contract's own helpers. */
export interface ContractScope {
  host: () => BitableHost;
  /** How the current subject makes calls answer late; undefined when it cannot. */
  late: () => LateAnswers | undefined;
  /** A fresh table with the given fields; `id(name)` finds a field id by its name. */
  newTable: (fields: FieldConfig[]) => Promise<NewTable>;
  /** True when the host installs nothing: tables come with every field, made behind it. */
  installsNothing: boolean;
  point: (title: string, fn: (ctx: TestContext) => Promise<void>) => void;
  points: <T extends unknown[]>(cases: T[], title: string, fn: (...args: T) => Promise<void>) => void;
}

/** `it`, or `it.skip` with the reason in its name for a point the host leaves out. */
export function pointsOf(contract: PortContractOptions): Pick<ContractScope, 'point' | 'points'> {
  const skipped = (title: string) => contract.skip?.[title];
  return {
    point: (title, fn) => {
      const reason = skipped(title);
      if (reason) it.skip(`${title} (not here: ${reason})`, fn);
      else it(title, fn);
    },
    points: (cases, title, fn) => {
      const reason = skipped(title);
      if (reason) it.skip.each(cases)(`${title} (not here: ${reason})`, fn);
      else it.each(cases)(title, fn);
    },
  };
}
