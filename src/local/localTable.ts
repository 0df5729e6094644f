/**
 * One table of the local Base as one client sees it, implementing the port's BaseTable with the SDK's limits,
 * errors and shapes. Reads come from the client's view; writes change the shared Base. Every method goes
 * through `LocalHost.call`, which adds latency, failures, the call log and persistence.
 */
import {
  type BaseRecord,
  type BaseTable,
  type BaseView,
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
import { normalizeCell, presentCell, storedCells } from './cellRules';
import type { LocalClient } from './localClient';
import { copy, type LocalRecord, type LocalTable as TableState } from './localState';
import { matchesFilter } from '../port/recordFilter';
import { localView } from './localView';
import { RecordLookup } from './recordLookup';
import { conditionCount, limitExceeded, PAGE_LIMIT, pageOf, recordMissing } from './pageRead';
import { assertUniqueFieldName, createField, fieldProperty } from './schemaWrites';

export const WRITE_LIMIT = 200;
export const BY_IDS_LIMIT = 1000;

export class LocalTableApi implements BaseTable {
  constructor(
    private readonly client: LocalClient,
    readonly id: string,
  ) {}

  private get host() {
    return this.client.base;
  }

  /** The table in the client's view (reads) or in the shared Base (writes). */
  private table(state = this.client.view()): TableState {
    const table = state.tables.find((t) => t.id === this.id);
    if (!table) throw new HostError(HostErrorCode.TableNotFound, `table ${this.id} not found`);
    return table;
  }

  private shared(): TableState {
    return this.table(this.host.state);
  }

  private field(fieldId: string, table = this.table()): FieldMeta {
    const field = table.fields.find((f) => f.id === fieldId);
    if (!field) throw new HostError(HostErrorCode.FieldNotFound, `field ${fieldId} not found`);
    return field;
  }

  /** Pass one lookup to every record of a call: built per record, it would scan the linked tables each time. */
  private present(record: LocalRecord, lookup = new RecordLookup(this.client.view())): RecordFields {
    const out: RecordFields = {};
    const table = this.table();
    const cells = storedCells(table.fields, record);
    for (const field of table.fields) {
      const value = presentCell(this.client.view(), field, cells[field.id] ?? null, lookup);
      if (value !== null) out[field.id] = value;
    }
    return out;
  }

  /** Validates a write against the field types (a grid edit may hold anything); throws the SDK error on a wrong shape. */
  normalize(fields: Readonly<Record<string, unknown>>): RecordFields {
    const out: RecordFields = {};
    const table = this.shared();
    const { users } = this.host.state;
    const isPerson = this.host.quirks.bridgeIdsDiffer
      ? (id: string) => users.some((u) => u.id === id)
      : undefined;
    for (const [fieldId, value] of Object.entries(fields))
      out[fieldId] = normalizeCell(this.field(fieldId, table), value, isPerson);
    return out;
  }

  getName(): Promise<string> {
    return this.client.call('getName', this.id, 0, () => this.table().name);
  }

  getFieldMetaList(): Promise<FieldMeta[]> {
    return this.client.call('getFieldMetaList', this.id, 0, () => this.table().fields);
  }

  addField(given: FieldConfig): Promise<string> {
    const config = copy(given);
    return this.client.mutate('addField', this.id, 0, () => {
      const field = createField(this.host, this.shared(), config);
      this.host.emit(this.id, 'fieldAdd', field.id);
      return field.id;
    });
  }

  setField(fieldId: string, given: Partial<FieldConfig>): Promise<string> {
    const config = copy(given);
    return this.client.mutate('setField', this.id, 0, () => {
      const field = this.field(fieldId, this.shared());
      if (config.type !== undefined && config.type !== field.type)
        throw new HostError(HostErrorCode.FieldTypeUnsupported, 'changing a field type is not supported');
      if (config.name !== undefined && config.name !== field.name) {
        assertUniqueFieldName(this.shared(), config.name);
        field.name = config.name;
      }
      if (config.property !== undefined)
        field.property = fieldProperty(this.host, field.type, config.property);
      this.host.emit(this.id, 'fieldModify', fieldId);
      return fieldId;
    });
  }

  getViewMetaList(): Promise<ViewMeta[]> {
    return this.client.call('getViewMetaList', this.id, 0, () => this.table().views);
  }

  addView(config: { name?: string; type: number }): Promise<{ viewId: string; index: number }> {
    return this.client.mutate('addView', this.id, 0, () => {
      if (this.host.quirks.refusedViewTypes?.includes(config.type))
        throw new HostError(
          HostErrorCode.RecordUnknown,
          `addView: view type ${config.type} is not supported`,
        );
      const table = this.shared();
      const name = config.name ?? `View ${table.views.length + 1}`;
      if (table.views.some((v) => v.name === name))
        throw new HostError(HostErrorCode.ViewNameRepeated, `view name "${name}" repeated`);
      const view: ViewMeta = { id: this.host.newId('vew'), name, type: config.type, property: {} };
      table.views.push(view);
      this.host.touch({ event: 'schema', tableId: this.id });
      return { viewId: view.id, index: table.views.length - 1 };
    });
  }

  async getViewById(viewId: string): Promise<BaseView> {
    const views = await this.client.call('getViewById', this.id, 0, () => this.table().views);
    return localView(this.client, this.id, views, viewId);
  }

  getRecordsByPage(params: RecordsPageParams) {
    return this.client.call('getRecordsByPage', this.id, params.pageSize ?? PAGE_LIMIT, () => {
      const cap = this.host.quirks.maxConditions;
      if (cap !== undefined && conditionCount(params.filter) > cap)
        throw new HostError(HostErrorCode.RecordLimitExceeded, `a filter may hold at most ${cap} conditions`);
      const { fields, records } = this.table();
      // With no filter the page is a slice: a read of the whole table costs its pages, not pages × records.
      const { filter } = params;
      const rows = filter ? records.filter((r) => matchesFilter(storedCells(fields, r), filter)) : records;
      const { rows: slice, ...page } = pageOf(params, rows);
      const lookup = new RecordLookup(this.client.view());
      return {
        ...page,
        records: slice.map((r) => ({ recordId: r.recordId, fields: this.present(r, lookup) })),
      };
    });
  }

  getRecordIdListByPage(params: PageParams) {
    return this.client.call('getRecordIdListByPage', this.id, params.pageSize ?? PAGE_LIMIT, () => {
      const { rows, ...page } = pageOf(params, this.table().records);
      return { ...page, recordIds: rows.map((r) => r.recordId) };
    });
  }

  getRecordsByIds(recordIds: string[]): Promise<RecordValue[]> {
    return this.client.call('getRecordsByIds', this.id, recordIds.length, () => {
      if (recordIds.length > BY_IDS_LIMIT) throw limitExceeded();
      const [table, lookup] = [this.table(), new RecordLookup(this.client.view())];
      const found = (id: string) => lookup.find(table.id, id);
      // One reading of an undocumented point: a deleted id is left out rather than failing the call.
      const ids = this.host.quirks.byIdsOmitsDeleted ? recordIds.filter(found) : recordIds;
      return ids.map((id) => ({ fields: this.present(found(id) ?? recordMissing(id), lookup) }));
    });
  }

  private record(recordId: string, table = this.table()) {
    return table.records.find((r) => r.recordId === recordId) ?? recordMissing(recordId);
  }

  getCellValue(fieldId: string, recordId: string): Promise<CellValue> {
    return this.client.call('getCellValue', this.id, 1, () => {
      const field = this.field(fieldId);
      const stored = storedCells([field], this.record(recordId))[fieldId] ?? null;
      return presentCell(this.client.view(), field, stored);
    });
  }

  /** An object URL per uploaded file, as the host's short-lived download links; unknown tokens are refused. */
  getCellAttachmentUrls(tokens: string[], fieldId: string, recordId: string): Promise<string[]> {
    return this.client.call('getCellAttachmentUrls', this.id, 1, () => {
      this.field(fieldId);
      this.record(recordId);
      return tokens.map((token) => {
        const file = this.host.uploads.get(token);
        if (!file) throw new HostError(HostErrorCode.RecordNotFound, `attachment ${token} not found`);
        return URL.createObjectURL(file);
      });
    });
  }

  // Arguments are copied when the call is made, as the real SDK serialises them into its message.
  addRecords(given: RecordValue[] = []): Promise<string[]> {
    const records = copy(given);
    return this.client.mutate('addRecords', this.id, records.length, () => {
      if (records.length > WRITE_LIMIT) throw limitExceeded();
      const [createdTime, createdBy] = [this.host.clock.now(), this.client.session().userId];
      const rows = records.map((r) => ({
        recordId: this.host.newId('rec'),
        fields: this.normalize(r.fields),
        createdTime,
        createdBy,
      }));
      this.shared().records.push(...rows);
      rows.forEach((r) => this.host.emit(this.id, 'add', r.recordId));
      return rows.map((r) => r.recordId);
    });
  }

  setRecords(given: BaseRecord[] = []): Promise<string[]> {
    const records = copy(given);
    return this.client.mutate('setRecords', this.id, records.length, () => {
      if (records.length > WRITE_LIMIT) throw limitExceeded();
      const updates = records.map((r) => ({
        target: this.record(r.recordId, this.shared()),
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
    return this.client.mutate('deleteRecords', this.id, recordIds.length, () => {
      if (recordIds.length > WRITE_LIMIT) throw limitExceeded();
      const table = this.shared();
      recordIds.forEach((id) => this.record(id, table));
      table.records = table.records.filter((r) => !recordIds.includes(r.recordId));
      recordIds.forEach((id) => this.host.emit(this.id, 'delete', id));
      return true;
    });
  }

  onRecordAdd(callback: (ev: { data: [string] }) => void) {
    return this.client.listen(this.id, 'add', (recordId) => callback({ data: [recordId] }));
  }

  onRecordDelete(callback: (ev: { data: [string] }) => void) {
    return this.client.listen(this.id, 'delete', (recordId) => callback({ data: [recordId] }));
  }

  onRecordModify(callback: (ev: { data: { recordId: string; fieldIds: string[] } }) => void) {
    return this.client.listen(this.id, 'modify', (recordId, fieldIds) =>
      callback({ data: { recordId, fieldIds } }),
    );
  }

  onFieldAdd(callback: (ev: { data: unknown }) => void) {
    return this.client.listen(this.id, 'fieldAdd', (fieldId) => callback({ data: { fieldId } }));
  }

  onFieldDelete(callback: (ev: { data: unknown }) => void) {
    return this.client.listen(this.id, 'fieldDelete', (fieldId) => callback({ data: { fieldId } }));
  }

  onFieldModify(callback: (ev: { data: unknown }) => void) {
    return this.client.listen(this.id, 'fieldModify', (fieldId) => callback({ data: { fieldId } }));
  }
}
