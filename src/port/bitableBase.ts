/**
 * The narrow port to the host: the subset of the js-sdk's `IBase` / `ITable` / `IBridge` that Baton uses,
 * with the SDK's own shapes. `sdkConformance.ts` proves at compile time that the real SDK satisfies it.
 * Implementations: the real `bitable` (in Feishu), the local Base (playground, tests, bench).
 */
import type { CellValue } from './cellValues';

/** Numeric codes of the SDK's FieldType enum that Baton uses. */
export const FieldType = {
  Text: 1,
  Number: 2,
  SingleSelect: 3,
  MultiSelect: 4,
  DateTime: 5,
  Checkbox: 7,
  User: 11,
  Url: 15,
  Attachment: 17,
  SingleLink: 18,
  DuplexLink: 21,
  /** Filled by the Base when a record is added; never written. */
  CreatedTime: 1001,
  CreatedUser: 1003,
} as const;
export type FieldTypeCode = number;

/** Numeric codes of the SDK's ViewType enum. */
export const ViewType = { Grid: 1, Kanban: 2, Form: 3, Gallery: 4, Gantt: 5, Calendar: 7 } as const;

export interface SelectOption {
  id: string;
  name: string;
  color: number;
}

export interface FieldMeta {
  id: string;
  type: FieldTypeCode;
  name: string;
  isPrimary: boolean;
  // Shape varies by type: { options } for selects, { tableId, multiple } for links, { multiple } for users.
  property: unknown;
}

export interface FieldConfig {
  type: FieldTypeCode;
  name?: string;
  property?: unknown;
}

export interface TableMeta {
  id: string;
  name: string;
  isSync: boolean;
}

export interface ViewMeta {
  id: string;
  name: string;
  type: number;
  property: unknown;
}

/** A view's sort or group entry: the SDK's ISortInfo / IGroupInfo. */
export interface ViewSortInfo {
  fieldId: string;
  desc: boolean;
}
/** One condition of a view's filter, the SDK's FilterInfoCondition: a select's value is its option id(s). */
export interface ViewFilterCondition {
  fieldId: string;
  operator: string;
  value: unknown;
  conditionId?: string;
}
/** What a view's meta property holds where its type has them (grid, kanban, gantt, ...). */
export interface ViewSettingsProperty {
  filterInfo?: { conjunction: string; conditions: ViewFilterCondition[] } | null;
  sortInfo?: ViewSortInfo[];
  groupInfo?: ViewSortInfo[];
}

/**
 * The SDK's IView, as far as the installer configures one. Each view type has only some of the setters (a
 * form has none, a kanban no grouping): a missing one is absent here too. Changes stay the caller's own until
 * `applySetting` saves them for everyone.
 */
export interface BaseView {
  id: string;
  getMeta(): Promise<ViewMeta>;
  addFilterCondition?(param: ViewFilterCondition | ViewFilterCondition[]): Promise<boolean>;
  setGroupInfo?(groupInfo: ViewSortInfo[]): Promise<boolean>;
  setSortInfo?(sortInfo: ViewSortInfo[]): Promise<boolean>;
  applySetting(): Promise<void>;
}

export interface RecordFields {
  [fieldId: string]: CellValue;
}
export interface RecordValue {
  fields: RecordFields;
}
export interface BaseRecord {
  recordId: string;
  fields: RecordFields;
}

export interface FilterCondition {
  fieldId: string;
  operator: string;
  value?: unknown;
}
/** The SDK's IGetRecordsFilterInfo; conjunction and operator are its string enums ('and', 'is', ...). */
export interface RecordFilter {
  conjunction: string;
  conditions: FilterCondition[] | RecordFilter[];
}

export interface PageParams {
  pageSize?: number;
  pageToken?: number;
}
export interface RecordsPageParams extends PageParams {
  filter?: RecordFilter;
  viewId?: string;
}
export interface RecordsPage {
  total: number;
  hasMore: boolean;
  pageToken?: number;
  records: BaseRecord[];
}
export interface RecordIdPage {
  total: number;
  hasMore: boolean;
  pageToken?: number;
  recordIds: string[];
}

export interface EventContext<T> {
  data: T;
}
export type Unsubscribe = () => void;

export interface BaseTable {
  id: string;
  getName(): Promise<string>;
  getFieldMetaList(): Promise<FieldMeta[]>;
  addField(config: FieldConfig): Promise<string>;
  setField(fieldId: string, config: Partial<FieldConfig>): Promise<string>;
  getViewMetaList(): Promise<ViewMeta[]>;
  addView(config: { name?: string; type: number }): Promise<{ viewId: string; index: number }>;
  /** Absent where the host has no view API (the OpenAPI adapter): view settings are then done by hand. */
  getViewById?(viewId: string): Promise<BaseView>;
  getRecordsByPage(params: RecordsPageParams): Promise<RecordsPage>;
  getRecordIdListByPage(params: PageParams): Promise<RecordIdPage>;
  getRecordsByIds(recordIds: string[]): Promise<RecordValue[]>;
  getCellValue(fieldId: string, recordId: string): Promise<CellValue>;
  /** Short-lived download URLs of an Attachment cell's files, one per token (in order). */
  getCellAttachmentUrls(tokens: string[], fieldId: string, recordId: string): Promise<string[]>;
  addRecords(records?: RecordValue[]): Promise<string[]>;
  setRecords(records?: BaseRecord[]): Promise<string[]>;
  deleteRecords(recordIds: string[]): Promise<boolean>;
  onRecordAdd(callback: (ev: EventContext<[recordId: string]>) => void): Unsubscribe;
  onRecordDelete(callback: (ev: EventContext<[recordId: string]>) => void): Unsubscribe;
  onRecordModify(callback: (ev: EventContext<{ recordId: string; fieldIds: string[] }>) => void): Unsubscribe;
  /** Field events: the event data is not documented, so Baton only uses them as "the structure changed". */
  onFieldAdd(callback: (ev: EventContext<unknown>) => void): Unsubscribe;
  onFieldDelete(callback: (ev: EventContext<unknown>) => void): Unsubscribe;
  onFieldModify(callback: (ev: EventContext<unknown>) => void): Unsubscribe;
}

export interface PermissionQuery {
  entity: string;
  param?: { tableId?: string; recordId?: string; fieldId?: string };
  type: string;
}

export interface BitableBase {
  getTableMetaList(): Promise<TableMeta[]>;
  getTableById(tableId: string): Promise<BaseTable>;
  addTable(config: { name: string; fields: FieldConfig[] }): Promise<{ tableId: string; index: number }>;
  /** Only the host diagnostics use it, on the scratch table they made; absent where the host has none. */
  deleteTable?(tableId: string): Promise<boolean>;
  getPermission(params: PermissionQuery): Promise<boolean>;
  /** Uploads files, returning a token each (in order) for Attachment cells. Must not run concurrently. */
  batchUploadFile(files: File[]): Promise<string[]>;
}

export type HostTheme = 'LIGHT' | 'DARK';

export interface BitableBridge {
  /** Not documented to equal a User cell's id: see services/viewerId.ts. */
  getUserId(): Promise<string>;
  /** The SDK's preferred id of the user in the Base; absent where the host has no such notion (the OpenAPI). */
  getBaseUserId?(): Promise<string>;
  getLanguage(): Promise<string>;
  getTheme(): Promise<string>;
  onThemeChange(callback: (ev: EventContext<{ theme: string }>) => void): Unsubscribe;
  /** Undefined when nothing was stored under the key. */
  getData<T = unknown>(key: string): Promise<T | undefined>;
  setData<T = unknown>(key: string, data: T): Promise<boolean>;
  getEnv(): Promise<{ product: string }>;
}

/** What the sidebar is handed: the same two objects `bitable` exposes. */
export interface BitableHost {
  base: BitableBase;
  bridge: BitableBridge;
}
