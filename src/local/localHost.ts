/**
 * The local Base: an emulator of a Feishu Base behind the same port as the real SDK, used by the
 * playground, the tests and the bench. `host` is what the sidebar receives; the rest is the control
 * surface (switch user, inject failures, edit as another user) that stands in for the Feishu UI.
 */
import {
  FieldType,
  ViewType,
  type BitableBase,
  type BitableBridge,
  type BitableHost,
  type FieldConfig,
  type FieldMeta,
  type PermissionQuery,
  type RecordFields,
  type TableMeta,
} from '../port/bitableBase';
import { HostError, HostErrorCode } from '../port/hostErrors';
import { CallLog } from './callLog';
import { FailureInjector } from './failureInjector';
import { RoundTripScheduler, type LatencyOptions } from './latency';
import { copy, emptyState, type LocalSession, type LocalState, type LocalTable } from './localState';
import { LocalTableApi, SUPPORTED_FIELD_TYPES } from './localTable';

export interface LocalStorageAdapter {
  load(): LocalState | undefined;
  save(state: LocalState): void;
}

export interface LocalHostOptions {
  state?: LocalState;
  latency?: Partial<LatencyOptions>;
  storage?: LocalStorageAdapter;
  /**
   * Field reports say the real addTable ignores `fields` and creates one blank text column; the SDK types say
   * otherwise. With this on, the local Base behaves the reported way, so code can be tested against both.
   */
  addTableIgnoresFields?: boolean;
}

type RecordEvent = 'add' | 'modify' | 'delete' | 'fieldAdd' | 'fieldDelete' | 'fieldModify';
type RecordListener = (recordId: string, fieldIds: string[]) => void;

export class LocalHost {
  state: LocalState;
  readonly scheduler: RoundTripScheduler;
  readonly failures = new FailureInjector();
  readonly calls = new CallLog();
  readonly host: BitableHost;
  private readonly listeners = new Map<string, Set<RecordListener>>();
  private readonly themeListeners = new Set<(ev: { data: { theme: string } }) => void>();
  private readonly changeListeners = new Set<() => void>();
  /** The SDK forbids concurrent uploads; the local Base enforces it like the host. */
  private uploading = false;

  constructor(private readonly options: LocalHostOptions = {}) {
    this.state = copy(options.state ?? options.storage?.load() ?? emptyState());
    this.scheduler = new RoundTripScheduler({
      roundTripMs: 0,
      windowMs: 5,
      clock: 'real',
      ...options.latency,
    });
    this.host = { base: this.baseApi(), bridge: this.bridgeApi() };
  }

  // ---- plumbing used by the table API ----

  call<T>(method: string, tableId: string | undefined, records: number, run: () => T): Promise<T> {
    this.calls.record({ method, tableId, records });
    return this.scheduler.call(() => {
      const failure = this.failures.draw(method, tableId);
      if (failure === 'before') throw this.failures.error(method);
      const result = copy(run());
      if (failure === 'after') throw this.failures.error(method);
      return result;
    });
  }

  mutate<T>(method: string, tableId: string | undefined, records: number, run: () => T): Promise<T> {
    return this.call(method, tableId, records, () => {
      if (this.state.session.readOnly)
        throw new HostError(
          HostErrorCode.RecordPermissionDenied,
          'permission denied: this user cannot edit the Base',
        );
      const result = run();
      this.persist();
      return result;
    });
  }

  newId(prefix: string): string {
    const id = this.state.nextId++;
    return `${prefix}${id.toString(36).padStart(8, '0')}`;
  }

  emit(tableId: string, event: RecordEvent, recordId: string, fieldIds: string[] = []): void {
    const listeners = this.listeners.get(`${tableId}:${event}`);
    if (listeners) setTimeout(() => listeners.forEach((l) => l(recordId, fieldIds)), 0);
  }

  listen(tableId: string, event: RecordEvent, listener: RecordListener): () => void {
    const key = `${tableId}:${event}`;
    const set = this.listeners.get(key) ?? new Set();
    set.add(listener);
    this.listeners.set(key, set);
    return () => set.delete(listener);
  }

  assertUniqueFieldName(table: LocalTable, name: string): void {
    if (table.fields.some((f) => f.name === name))
      throw new HostError(HostErrorCode.FieldNameRepeated, `field name "${name}" repeated`);
  }

  fieldProperty(type: number, property: unknown): unknown {
    const given = (property ?? {}) as Record<string, unknown>;
    if (type === FieldType.SingleSelect || type === FieldType.MultiSelect) {
      const options = ((given.options as { id?: string; name?: string; color?: number }[]) ?? []).map(
        (o, i) => ({
          id: o.id ?? this.newId('opt'),
          name: String(o.name ?? ''),
          color: o.color ?? i % 10,
        }),
      );
      return { options, optionsType: 0 };
    }
    if (type === FieldType.SingleLink || type === FieldType.DuplexLink) {
      const tableId = String(given.tableId ?? '');
      if (!this.state.tables.some((t) => t.id === tableId))
        throw new HostError(HostErrorCode.TableNotFound, `link target table ${tableId} not found`);
      return { tableId, multiple: given.multiple ?? true };
    }
    if (type === FieldType.User) return { multiple: given.multiple ?? true };
    return property ?? null;
  }

  createField(table: LocalTable, config: FieldConfig): FieldMeta {
    if (!SUPPORTED_FIELD_TYPES.has(config.type))
      throw new HostError(HostErrorCode.FieldTypeUnsupported, `field type ${config.type} not supported`);
    const name = config.name ?? `Field ${table.fields.length + 1}`;
    this.assertUniqueFieldName(table, name);
    const field: FieldMeta = {
      id: this.newId('fld'),
      type: config.type,
      name,
      isPrimary: table.fields.length === 0,
      property: this.fieldProperty(config.type, config.property),
    };
    table.fields.push(field);
    return field;
  }

  private defaultViewName(): string {
    return this.state.session.language.startsWith('zh') ? '表格' : 'Grid';
  }

  private defaultTextFieldName(): string {
    return this.state.session.language.startsWith('zh') ? '文本' : 'Text';
  }

  // ---- the port ----

  private baseApi(): BitableBase {
    return {
      getTableMetaList: () =>
        this.call('getTableMetaList', undefined, 0, (): TableMeta[] =>
          this.state.tables.map((t) => ({ id: t.id, name: t.name, isSync: false })),
        ),
      getTableById: async (tableId) => {
        if (!this.state.tables.some((t) => t.id === tableId))
          throw new HostError(HostErrorCode.TableNotFound, `table ${tableId} not found`);
        return new LocalTableApi(this, tableId);
      },
      addTable: (given) => {
        const config = copy(given);
        return this.mutate('addTable', undefined, 0, () => {
          if (this.state.tables.some((t) => t.name === config.name))
            throw new HostError(HostErrorCode.TableNameRepeated, `table name "${config.name}" repeated`);
          const table: LocalTable = {
            id: this.newId('tbl'),
            name: config.name,
            fields: [],
            views: [],
            records: [],
          };
          const blank = [{ type: FieldType.Text, name: this.defaultTextFieldName() }];
          const fields =
            config.fields.length > 0 && !this.options.addTableIgnoresFields ? config.fields : blank;
          // Fields first: a bad field fails the call before any table exists, as on the host.
          fields.forEach((f) => this.createField(table, f));
          table.views.push({
            id: this.newId('vew'),
            name: this.defaultViewName(),
            type: ViewType.Grid,
            property: {},
          });
          this.state.tables.push(table);
          return { tableId: table.id, index: this.state.tables.length - 1 };
        });
      },
      batchUploadFile: async (files: File[]) => {
        if (this.uploading)
          throw new HostError(HostErrorCode.RecordUnknown, 'batchUploadFile must not run concurrently');
        this.uploading = true;
        try {
          return await this.mutate('batchUploadFile', undefined, files.length, () =>
            files.map(() => this.newId('box')),
          );
        } finally {
          this.uploading = false;
        }
      },
      getPermission: (query: PermissionQuery) =>
        this.call(
          'getPermission',
          query.param?.tableId,
          0,
          () => query.type === 'visible' || !this.state.session.readOnly,
        ),
    };
  }

  private bridgeApi(): BitableBridge {
    const session = () => this.state.session;
    return {
      getUserId: () => this.call('getUserId', undefined, 0, () => session().userId),
      getLanguage: () => this.call('getLanguage', undefined, 0, () => session().language),
      getTheme: () => this.call('getTheme', undefined, 0, () => session().theme),
      getEnv: () => this.call('getEnv', undefined, 0, () => ({ product: 'feishu' })),
      onThemeChange: (callback) => {
        this.themeListeners.add(callback);
        return () => this.themeListeners.delete(callback);
      },
      getData: <T>(key: string) => this.call('getData', undefined, 0, () => this.state.bridgeData[key] as T),
      setData: <T>(key: string, data: T) =>
        this.mutate('setData', undefined, 0, () => {
          this.state.bridgeData[key] = copy(data);
          return true;
        }),
    };
  }

  // ---- control surface (the Feishu UI's part; not available to the sidebar) ----

  /** Called after every change, for the playground's grids. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  persist(): void {
    this.options.storage?.save(this.state);
    this.changeListeners.forEach((l) => l());
  }

  setSession(change: Partial<LocalSession>): void {
    const themeChanged = change.theme !== undefined && change.theme !== this.state.session.theme;
    this.state.session = { ...this.state.session, ...change };
    this.persist();
    if (themeChanged) this.themeListeners.forEach((l) => l({ data: { theme: this.state.session.theme } }));
  }

  /** Replaces the whole Base (reset demo, empty Base); open sidebars are expected to reload. */
  replaceState(state: LocalState): void {
    this.state = copy(state);
    this.persist();
  }

  /** An edit made in the grid by a person, not through the plugin: no latency, no call log, events fire. */
  editCell(tableId: string, recordId: string, fieldId: string, value: unknown): void {
    const table = this.tableState(tableId);
    const field = table.fields.find((f) => f.id === fieldId);
    const record = table.records.find((r) => r.recordId === recordId);
    if (!field || !record) throw new HostError(HostErrorCode.RecordNotFound, 'cell not found');
    Object.assign(record.fields, new LocalTableApi(this, tableId).normalize({ [fieldId]: value }));
    this.persist();
    this.emit(tableId, 'modify', recordId, [fieldId]);
  }

  /** A row added in the grid by a person: empty or with the given cells; events fire as for any add. */
  addRow(tableId: string, fields: RecordFields = {}): string {
    const table = this.tableState(tableId);
    const record = {
      recordId: this.newId('rec'),
      fields: new LocalTableApi(this, tableId).normalize(copy(fields)),
    };
    table.records.push(record);
    this.persist();
    this.emit(tableId, 'add', record.recordId);
    return record.recordId;
  }

  renameTable(tableId: string, name: string): void {
    this.tableState(tableId).name = name;
    this.persist();
  }

  renameField(tableId: string, fieldId: string, name: string): void {
    const field = this.tableState(tableId).fields.find((f) => f.id === fieldId);
    if (field) field.name = name;
    this.persist();
    this.emit(tableId, 'fieldModify', fieldId);
  }

  deleteField(tableId: string, fieldId: string): void {
    const table = this.tableState(tableId);
    table.fields = table.fields.filter((f) => f.id !== fieldId || f.isPrimary);
    table.records.forEach((r) => delete r.fields[fieldId]);
    this.persist();
    this.emit(tableId, 'fieldDelete', fieldId);
  }

  tableState(tableId: string): LocalTable {
    const table = this.state.tables.find((t) => t.id === tableId);
    if (!table) throw new HostError(HostErrorCode.TableNotFound, `table ${tableId} not found`);
    return table;
  }
}
