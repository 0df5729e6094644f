/**
 * One table of the local Base, implementing the port's BaseTable with the SDK's limits, errors and shapes.
 * Every method goes through `LocalHost.call`, which adds latency, failures, the call log and persistence.
 */
import {
  FieldType,
  type BaseRecord,
  type BaseTable,
  type FieldConfig,
  type FieldMeta,
  type PageParams,
  type RecordFields,
  type RecordsPageParams,
  type RecordValue,
  type ViewMeta,
} from '../port/bitableBase';
import type { CellValue } from '../port/cellValues';
import { HostError, HostErrorCode } from '../port/hostErrors';
import { normalizeCell, presentCell } from './cellRules';
import type { LocalHost } from './localHost';
import { copy, type LocalTable as TableState } from './localState';
import { matchesFilter } from '../port/recordFilter';

export const PAGE_LIMIT = 200;
export const WRITE_LIMIT = 200;
export const BY_IDS_LIMIT = 1000;

function limitExceeded(): HostError {
  return new HostError(HostErrorCode.RecordLimitExceeded, 'single record operation exceeds records limit');
}

export class LocalTableApi implements BaseTable {
  constructor(
    private readonly host: LocalHost,
    readonly id: string,
  ) {}

  private table(): TableState {
    const table = this.host.state.tables.find((t) => t.id === this.id);
    if (!table) throw new HostError(HostErrorCode.TableNotFound, `table ${this.id} not found`);
    return table;
  }

  private field(fieldId: string): FieldMeta {
    const field = this.table().fields.find((f) => f.id === fieldId);
    if (!field) throw new HostError(HostErrorCode.FieldNotFound, `field ${fieldId} not found`);
    return field;
  }

  private present(fields: RecordFields): RecordFields {
    const out: RecordFields = {};
    for (const field of this.table().fields) {
      const value = presentCell(this.host.state, field, fields[field.id] ?? null);
      if (value !== null) out[field.id] = value;
    }
    return out;
  }

  /** Validates a write against the field types (a grid edit may hold anything); throws the SDK error on a wrong shape. */
  normalize(fields: Readonly<Record<string, unknown>>): RecordFields {
    const out: RecordFields = {};
    for (const [fieldId, value] of Object.entries(fields))
      out[fieldId] = normalizeCell(this.field(fieldId), value);
    return out;
  }

  getName(): Promise<string> {
    return this.host.call('getName', this.id, 0, () => this.table().name);
  }

  getFieldMetaList(): Promise<FieldMeta[]> {
    return this.host.call('getFieldMetaList', this.id, 0, () => this.table().fields);
  }

  addField(given: FieldConfig): Promise<string> {
    const config = copy(given);
    return this.host.mutate('addField', this.id, 0, () => {
      const field = this.host.createField(this.table(), config);
      this.host.emit(this.id, 'fieldAdd', field.id);
      return field.id;
    });
  }

  setField(fieldId: string, given: Partial<FieldConfig>): Promise<string> {
    const config = copy(given);
    return this.host.mutate('setField', this.id, 0, () => {
      const field = this.field(fieldId);
      if (config.type !== undefined && config.type !== field.type)
        throw new HostError(HostErrorCode.FieldTypeUnsupported, 'changing a field type is not supported');
      if (config.name !== undefined && config.name !== field.name) {
        this.host.assertUniqueFieldName(this.table(), config.name);
        field.name = config.name;
      }
      if (config.property !== undefined)
        field.property = this.host.fieldProperty(field.type, config.property);
      this.host.emit(this.id, 'fieldModify', fieldId);
      return fieldId;
    });
  }

  getViewMetaList(): Promise<ViewMeta[]> {
    return this.host.call('getViewMetaList', this.id, 0, () => this.table().views);
  }

  addView(config: { name?: string; type: number }): Promise<{ viewId: string; index: number }> {
    return this.host.mutate('addView', this.id, 0, () => {
      const table = this.table();
      const name = config.name ?? `View ${table.views.length + 1}`;
      if (table.views.some((v) => v.name === name))
        throw new HostError(HostErrorCode.ViewNameRepeated, `view name "${name}" repeated`);
      const view: ViewMeta = { id: this.host.newId('vew'), name, type: config.type, property: {} };
      table.views.push(view);
      return { viewId: view.id, index: table.views.length - 1 };
    });
  }

  private page<T>(
    params: PageParams,
    rows: T[],
  ): { total: number; hasMore: boolean; pageToken?: number; rows: T[] } {
    const size = params.pageSize ?? PAGE_LIMIT;
    if (size > PAGE_LIMIT) throw limitExceeded();
    const start = params.pageToken ?? 0;
    const slice = rows.slice(start, start + size);
    const hasMore = start + size < rows.length;
    return { total: rows.length, hasMore, ...(hasMore ? { pageToken: start + size } : {}), rows: slice };
  }

  getRecordsByPage(params: RecordsPageParams) {
    return this.host.call('getRecordsByPage', this.id, params.pageSize ?? PAGE_LIMIT, () => {
      const rows = this.table().records.filter((r) => matchesFilter(r.fields, params.filter));
      const { rows: slice, ...page } = this.page(params, rows);
      return {
        ...page,
        records: slice.map((r) => ({ recordId: r.recordId, fields: this.present(r.fields) })),
      };
    });
  }

  getRecordIdListByPage(params: PageParams) {
    return this.host.call('getRecordIdListByPage', this.id, params.pageSize ?? PAGE_LIMIT, () => {
      const { rows, ...page } = this.page(params, this.table().records);
      return { ...page, recordIds: rows.map((r) => r.recordId) };
    });
  }

  getRecordsByIds(recordIds: string[]): Promise<RecordValue[]> {
    return this.host.call('getRecordsByIds', this.id, recordIds.length, () => {
      if (recordIds.length > BY_IDS_LIMIT) throw limitExceeded();
      return recordIds.map((id) => ({ fields: this.present(this.record(id).fields) }));
    });
  }

  private record(recordId: string) {
    const record = this.table().records.find((r) => r.recordId === recordId);
    if (!record) throw new HostError(HostErrorCode.RecordNotFound, `record ${recordId} not found`);
    return record;
  }

  getCellValue(fieldId: string, recordId: string): Promise<CellValue> {
    return this.host.call('getCellValue', this.id, 1, () => {
      const field = this.field(fieldId);
      return presentCell(this.host.state, field, this.record(recordId).fields[fieldId] ?? null);
    });
  }

  // Arguments are copied when the call is made, as the real SDK serialises them into its message.
  addRecords(given: RecordValue[] = []): Promise<string[]> {
    const records = copy(given);
    return this.host.mutate('addRecords', this.id, records.length, () => {
      if (records.length > WRITE_LIMIT) throw limitExceeded();
      const rows = records.map((r) => ({
        recordId: this.host.newId('rec'),
        fields: this.normalize(r.fields),
      }));
      this.table().records.push(...rows);
      rows.forEach((r) => this.host.emit(this.id, 'add', r.recordId));
      return rows.map((r) => r.recordId);
    });
  }

  setRecords(given: BaseRecord[] = []): Promise<string[]> {
    const records = copy(given);
    return this.host.mutate('setRecords', this.id, records.length, () => {
      if (records.length > WRITE_LIMIT) throw limitExceeded();
      const updates = records.map((r) => ({
        target: this.record(r.recordId),
        fields: this.normalize(r.fields),
      }));
      for (const { target, fields } of updates) {
        Object.assign(target.fields, fields);
        this.host.emit(this.id, 'modify', target.recordId, Object.keys(fields));
      }
      return records.map((r) => r.recordId);
    });
  }

  deleteRecords(recordIds: string[]): Promise<boolean> {
    return this.host.mutate('deleteRecords', this.id, recordIds.length, () => {
      if (recordIds.length > WRITE_LIMIT) throw limitExceeded();
      recordIds.forEach((id) => this.record(id));
      const table = this.table();
      table.records = table.records.filter((r) => !recordIds.includes(r.recordId));
      recordIds.forEach((id) => this.host.emit(this.id, 'delete', id));
      return true;
    });
  }

  onRecordAdd(callback: (ev: { data: [string] }) => void) {
    return this.host.listen(this.id, 'add', (recordId) => callback({ data: [recordId] }));
  }

  onRecordDelete(callback: (ev: { data: [string] }) => void) {
    return this.host.listen(this.id, 'delete', (recordId) => callback({ data: [recordId] }));
  }

  onRecordModify(callback: (ev: { data: { recordId: string; fieldIds: string[] } }) => void) {
    return this.host.listen(this.id, 'modify', (recordId, fieldIds) =>
      callback({ data: { recordId, fieldIds } }),
    );
  }

  onFieldAdd(callback: (ev: { data: unknown }) => void) {
    return this.host.listen(this.id, 'fieldAdd', (fieldId) => callback({ data: { fieldId } }));
  }

  onFieldDelete(callback: (ev: { data: unknown }) => void) {
    return this.host.listen(this.id, 'fieldDelete', (fieldId) => callback({ data: { fieldId } }));
  }

  onFieldModify(callback: (ev: { data: unknown }) => void) {
    return this.host.listen(this.id, 'fieldModify', (fieldId) => callback({ data: { fieldId } }));
  }
}

export const SUPPORTED_FIELD_TYPES: ReadonlySet<number> = new Set(Object.values(FieldType));
