/**
 * Loads and saves Baton's entities through the port. Everything above it speaks in domain values:
 * no pages, chunks, cell shapes or field ids.
 */
import type { Department, Member, Task } from '../core/model';
import {
  FieldType,
  type BaseRecord,
  type BaseTable,
  type BitableHost,
  type TableMeta,
} from '../port/bitableBase';
import {
  decodeRecord,
  encodeFields,
  SchemaError,
  type DecodedRecord,
  type FieldValues,
  segmentsText,
} from '../schema/cellCodec';
import { fromTask, toDepartment, toMember, toTask } from '../schema/entities';
import { INSTALL_MAP_KEY, parseInstallMap, SETTINGS_TABLE_HINT, type InstallMap } from '../schema/installMap';
import {
  resolveSchema,
  type ActualTable,
  type ResolvedTable,
  type SchemaResolution,
} from '../schema/resolveSchema';
import type { FieldKey, TableKey } from '../schema/schemaTypes';
import { tableSpec } from '../schema/tables';
import { readRecordsByIds } from './byIds';
import { addOnce, findAllKeys } from './idempotentAdd';
import { TableHandles } from './tableHandles';
import { HostError, HostErrorCode } from '../port/hostErrors';
import { addAllRecords, chunks, readAllRecords, setAllRecords, WRITE_CHUNK } from './paging';
import { decodeInSlices } from './decodeInSlices';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry';

export interface CoreData {
  departments: Department[];
  members: Member[];
  tasks: Task[];
}

/** Rows a use case is about to write to one table: checked together before any of them is written. */
export type PlannedWrite = {
  [T in TableKey]: { table: T; rows: FieldValues<T>[]; keyField?: FieldKey<T> };
}[TableKey];

export interface SettingsRow {
  recordId: string;
  key: string;
  value: string;
}

const hasName = (key: TableKey, name: string) => {
  const { names } = tableSpec(key);
  return name === names.zh || name === names.en;
};

export class BatonStore {
  private constructor(
    readonly host: BitableHost,
    readonly actual: ActualTable[],
    readonly resolution: SchemaResolution,
    readonly settingsRows: SettingsRow[],
    readonly retry: RetryPolicy,
    /** The Settings table id this sidebar found in bridge data, if any. */
    readonly settingsHint: string | undefined,
  ) {}

  /** Reads the Base's structure and Baton's install map in as few round trips as the port allows. */
  static async open(
    host: BitableHost,
    options: { withViews?: boolean; retry?: RetryPolicy } = {},
  ): Promise<BatonStore> {
    const retry = options.retry ?? DEFAULT_RETRY;
    const [metas, hint] = await Promise.all([
      withRetry(() => host.base.getTableMetaList(), retry),
      withRetry(() => host.bridge.getData<string | undefined>(SETTINGS_TABLE_HINT), retry).catch(
        () => undefined,
      ),
    ]);
    const settingsMeta = metas.find((t) => t.id === hint) ?? metas.find((t) => hasName('settings', t.name));
    const [actual, settingsRecords] = await Promise.all([
      Promise.all(metas.map((meta) => readStructure(host, meta, options.withViews ?? false, retry))),
      settingsMeta ? host.base.getTableById(settingsMeta.id).then((t) => readAllRecords(t, retry)) : [],
    ]);
    const settingsRows = decodeSettings(
      actual.find((t) => t.id === settingsMeta?.id),
      settingsRecords,
    );
    const map = parseInstallMap(settingsRows.find((r) => r.key === INSTALL_MAP_KEY)?.value);
    return new BatonStore(host, actual, resolveSchema(actual, map), settingsRows, retry, hint);
  }

  get installMap(): InstallMap {
    return parseInstallMap(this.settingsRows.find((r) => r.key === INSTALL_MAP_KEY)?.value);
  }

  table<T extends TableKey>(key: T): ResolvedTable<T> {
    const table: ResolvedTable<T> | undefined = this.resolution.schema[key];
    if (!table) throw new SchemaError('tableMissing', { table: key });
    return table;
  }

  /** Handles kept: the SDK spends two round trips on every getTableById (tableHandles.ts). */
  private handleCache?: TableHandles;
  private get handles(): TableHandles {
    return (this.handleCache ??= new TableHandles(this.host.base));
  }

  private baseTable(key: TableKey): Promise<BaseTable> {
    return this.handles.get(this.table(key).id);
  }

  async readAll<T extends TableKey>(key: T): Promise<DecodedRecord<T>[]> {
    const table = this.table(key);
    const records = await readAllRecords(await this.baseTable(key), this.retry);
    return decodeInSlices(records, (r) => decodeRecord(table, r.recordId, r.fields));
  }

  /** Departments, members and tasks, read in parallel so their pages share round trips. */
  async loadCore(): Promise<CoreData> {
    const [departments, members, tasks] = await Promise.all([
      this.readAll('departments'),
      this.readAll('members'),
      this.readAll('tasks'),
    ]);
    return {
      departments: departments.map(toDepartment),
      members: members.map(toMember),
      tasks: tasks.map(toTask),
    };
  }

  /**
   * Adds records keyed by `keyField`; a retry or a second caller with the same key gets the existing record.
   * Returns the record id for each key.
   */
  async addKeyed<T extends TableKey>(
    key: T,
    keyField: FieldKey<T>,
    rows: FieldValues<T>[],
    checkFirst = false,
    /** Re-read the keys after adding and keep one record per key: the caller is retrying a failed add. */
    recheck = false,
  ): Promise<Map<string, string>> {
    const table = this.table(key);
    const keyFieldId = table.fields[keyField]?.id;
    if (!keyFieldId) throw new SchemaError('fieldMissing', { table: key, field: keyField });
    const items = rows.map((values) => ({
      key: String(values[keyField]),
      fields: encodeFields(this.resolution.schema, table, values),
    }));
    return addOnce(await this.baseTable(key), keyFieldId, items, this.retry, { checkFirst, recheck });
  }

  /**
   * [O2] Encodes a whole write set against the live schema and writes nothing: a field that is missing (or of
   * the wrong type, which resolves as missing) throws the SchemaError naming it before the first write.
   */
  checkWrites(writes: PlannedWrite[]): void {
    for (const write of writes) {
      if (write.rows.length === 0) continue;
      const table = this.table(write.table);
      if (write.keyField && !(table.fields as Record<string, unknown>)[write.keyField])
        throw new SchemaError('fieldMissing', { table: write.table, field: write.keyField });
      for (const row of write.rows) encodeFields(this.resolution.schema, table, row);
    }
  }

  /** Every record per key (duplicates included, smallest id first). */
  async findKeyed<T extends TableKey>(
    key: T,
    keyField: FieldKey<T>,
    keys: string[],
  ): Promise<Map<string, string[]>> {
    const keyFieldId = this.table(key).fields[keyField]?.id;
    if (!keyFieldId) throw new SchemaError('fieldMissing', { table: key, field: keyField });
    return findAllKeys(await this.baseTable(key), keyFieldId, keys, this.retry);
  }

  /** Of records sharing a key, keeps the smallest id and removes the rest; a racing writer may remove them first. */
  async removeDuplicateKeys<T extends TableKey>(
    key: T,
    keyField: FieldKey<T>,
    keys: string[],
  ): Promise<void> {
    if (keys.length === 0) return;
    const found = await this.findKeyed(key, keyField, keys);
    const extra = [...found.values()].flatMap((ids) => ids.slice(1));
    if (extra.length > 0) await this.remove(key, extra).catch(() => undefined);
  }

  async addTask(task: Omit<Task, 'id'>, checkFirst = false): Promise<string> {
    if (!task.requestKey) throw new Error('a new task needs a request key');
    const ids = await this.addKeyed('tasks', 'requestKey', [fromTask(task)], checkFirst);
    return ids.get(task.requestKey)!;
  }

  /** Adds without idempotency keys: only for data nobody can have written before (the demo seed, imports). */
  async addAll<T extends TableKey>(key: T, rows: FieldValues<T>[]): Promise<string[]> {
    const table = this.table(key);
    const records = rows.map((values) => ({ fields: encodeFields(this.resolution.schema, table, values) }));
    return addAllRecords(await this.baseTable(key), records);
  }

  async update<T extends TableKey>(key: T, changes: { id: string; values: FieldValues<T> }[]): Promise<void> {
    const table = this.table(key);
    const records = changes.map((c) => ({
      recordId: c.id,
      fields: encodeFields(this.resolution.schema, table, c.values),
    }));
    await setAllRecords(await this.baseTable(key), records, this.retry);
  }

  /** Records whose field equals the value (text, link or person), read with a filter: one call per 200. */
  async readWhere<T extends TableKey>(
    key: T,
    field: FieldKey<T>,
    value: string,
  ): Promise<DecodedRecord<T>[]> {
    const table = this.table(key);
    const resolved = table.fields[field];
    if (!resolved) throw new SchemaError('fieldMissing', { table: key, field });
    // The SDK filters text by a string, links and people by a list of ids.
    const wanted = resolved.spec.kind === 'link' || resolved.spec.kind === 'user' ? [value] : value;
    const filter = {
      conjunction: 'and',
      conditions: [{ fieldId: resolved.id, operator: 'is', value: wanted }],
    };
    const records = await readAllRecords(await this.baseTable(key), this.retry, filter);
    return decodeInSlices(records, (r) => decodeRecord(table, r.recordId, r.fields));
  }

  /** Records by id, fresh (byIds.ts); an id deleted meanwhile fails with RecordNotFound, whatever the host does. */
  async readByIds<T extends TableKey>(key: T, ids: string[]): Promise<DecodedRecord<T>[]> {
    const table = this.table(key);
    const records = await readRecordsByIds(await this.baseTable(key), ids, this.retry);
    const found = new Set(records.map((r) => r.recordId));
    const gone = ids.filter((id) => !found.has(id));
    if (gone.length > 0)
      throw new HostError(HostErrorCode.RecordNotFound, `records ${gone.join(', ')} not found`);
    return records.map((r) => decodeRecord(table, r.recordId, r.fields));
  }

  async remove(key: TableKey, ids: string[]): Promise<void> {
    const base = await this.baseTable(key);
    await Promise.all(
      chunks(ids, WRITE_CHUNK).map((group) => withRetry(() => base.deleteRecords(group), this.retry)),
    );
  }

  setting(key: string): string | undefined {
    return this.settingsRows.find((r) => r.key === key)?.value;
  }

  async canEdit(): Promise<boolean> {
    const tasks = this.resolution.schema.tasks;
    if (!tasks)
      return withRetry(() => this.host.base.getPermission({ entity: 'Base', type: 'editable' }), this.retry);
    return withRetry(
      () => this.host.base.getPermission({ entity: 'Record', param: { tableId: tasks.id }, type: 'addable' }),
      this.retry,
    );
  }
}

async function readStructure(
  host: BitableHost,
  meta: TableMeta,
  withViews: boolean,
  retry: RetryPolicy,
): Promise<ActualTable> {
  const table = await host.base.getTableById(meta.id);
  const [fields, views] = await Promise.all([
    withRetry(() => table.getFieldMetaList(), retry),
    withViews ? withRetry(() => table.getViewMetaList(), retry) : Promise.resolve(undefined),
  ]);
  return { id: meta.id, name: meta.name, fields, views };
}

/**
 * Settings rows as key/value text. The install map lives here, so these two fields cannot be found through
 * it: the key is the primary field, the value the field named 值 / Value or else the first other text field.
 */
function decodeSettings(table: ActualTable | undefined, records: BaseRecord[]): SettingsRow[] {
  const keyField = table?.fields.find((f) => f.isPrimary);
  const valueSpec = tableSpec('settings').fields.find((f) => f.key === 'value')!;
  const texts = table?.fields.filter((f) => !f.isPrimary && f.type === FieldType.Text) ?? [];
  const valueField =
    texts.find((f) => f.name === valueSpec.names.zh || f.name === valueSpec.names.en) ?? texts[0];
  if (!keyField || !valueField) return [];
  return records.map((r) => ({
    recordId: r.recordId,
    key: segmentsText(r.fields[keyField.id]),
    value: segmentsText(r.fields[valueField.id]),
  }));
}
