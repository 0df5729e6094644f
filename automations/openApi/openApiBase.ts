/**
 * The `BitableHost` port over the Bitable OpenAPI, for automations: the store and the services run on it
 * unchanged. It keeps the js-sdk's limits (200 records a page or a write, 1000 ids), so the store behaves as it
 * does in Feishu, and turns them into the OpenAPI's calls: records/search pages, batch_get by 100, batch writes
 * one at a time (the OpenAPI takes one concurrent write per Base). Filters are evaluated here after reading:
 * search filters by field name with its own operators, and reading the page anyway costs the same call.
 * Not available here: installing (tables, fields, views, uploads) and events — automations poll.
 */
import { createHash } from 'node:crypto';
import {
  type BaseRecord,
  type BaseTable,
  type BitableHost,
  type FieldMeta,
  type RecordFields,
  type RecordsPage,
  type RecordsPageParams,
  type RecordValue,
  type TableMeta,
} from '../../src/port/bitableBase';
import { HostError, HostErrorCode } from '../../src/port/hostErrors';
import { matchesFilter } from '../../src/port/recordFilter';
import { chunks } from '../../src/store/paging';
import type { OpenApiClient, OpenApiRequest } from './openApiClient';
import { readFields, toFieldMeta, writeFields, type OpenApiField } from './openApiCells';

const PAGE_LIMIT = 200;
const BY_IDS_LIMIT = 1000;
const WRITE_LIMIT = 200;
const BATCH_GET = 100;
/** A filtered read is filtered here, so it asks the OpenAPI for its largest page. */
const SEARCH_PAGE_LIMIT = 500;
const MAX_IN_FLIGHT = 4;
const APP = '/open-apis/bitable/v1/apps/:app';
const TABLE = `${APP}/tables/:table`;

interface Page<T> {
  items?: T[];
  has_more?: boolean;
  page_token?: string;
  total?: number;
}
interface OpenApiRecord {
  record_id: string;
  fields?: Record<string, unknown>;
}

export interface OpenApiHostOptions {
  /** Who the automations act as in the history (an open_id), if anyone. */
  userId?: string;
  language?: string;
}

export function openApiHost(
  client: OpenApiClient,
  appToken: string,
  options: OpenApiHostOptions = {},
): BitableHost {
  const base = new OpenApiBase(client, appToken);
  return {
    base: {
      getTableMetaList: () => base.tableMetas(),
      getTableById: (tableId) => base.table(tableId),
      addTable: () => unsupported('addTable'),
      getPermission: async () => true,
      batchUploadFile: () => unsupported('batchUploadFile'),
    },
    bridge: {
      getUserId: async () => options.userId ?? '',
      getLanguage: async () => options.language ?? 'zh-CN',
      getTheme: async () => 'LIGHT',
      onThemeChange: () => () => undefined,
      // Plugin storage belongs to the sidebar; the store falls back to finding tables by name.
      getData: async () => undefined,
      setData: () => unsupported('setData'),
      getEnv: async () => ({ product: 'openapi' }),
    },
  };
}

function unsupported(what: string): never {
  throw new HostError(
    HostErrorCode.FieldTypeUnsupported,
    `${what} is not available to automations: open the sidebar in the Base for it`,
  );
}

const limitExceeded = () =>
  new HostError(HostErrorCode.RecordLimitExceeded, 'single record operation exceeds records limit');

class OpenApiBase {
  private metas?: Promise<TableMeta[]>;
  private readonly tables = new Map<string, OpenApiTable>();
  /** One write at a time for the whole Base. */
  private writes: Promise<unknown> = Promise.resolve();
  private inFlight = 0;
  private readonly queued: (() => void)[] = [];

  constructor(
    readonly client: OpenApiClient,
    readonly appToken: string,
  ) {}

  /** Every call, at most a few at once: the OpenAPI allows about 20 a second for reads. */
  async call<T>(request: Omit<OpenApiRequest, 'params'>, table?: string): Promise<T> {
    while (this.inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => this.queued.push(resolve));
    this.inFlight += 1;
    try {
      return await this.client.request<T>({
        ...request,
        params: { app: this.appToken, ...(table ? { table } : {}) },
      });
    } finally {
      this.inFlight -= 1;
      this.queued.shift()?.();
    }
  }

  write<T>(run: () => Promise<T>): Promise<T> {
    const result = this.writes.then(run);
    this.writes = result.catch(() => undefined);
    return result;
  }

  async all<T>(request: Omit<OpenApiRequest, 'params'>, table?: string): Promise<T[]> {
    const items: T[] = [];
    let pageToken: string | undefined;
    do {
      const page = await this.call<Page<T>>(
        { ...request, query: { ...request.query, page_token: pageToken } },
        table,
      );
      items.push(...(page.items ?? []));
      pageToken = page.has_more ? page.page_token : undefined;
    } while (pageToken);
    return items;
  }

  tableMetas(): Promise<TableMeta[]> {
    this.metas ??= this.all<{ table_id: string; name: string }>({
      method: 'GET',
      path: `${APP}/tables`,
      query: { page_size: 100 },
    }).then((items) => items.map((t) => ({ id: t.table_id, name: t.name, isSync: false })));
    // Only an answer is kept: a failed list is asked again next time, not replayed.
    this.metas.catch(() => (this.metas = undefined));
    return this.metas;
  }

  async table(tableId: string): Promise<BaseTable> {
    let meta = (await this.tableMetas()).find((t) => t.id === tableId);
    // A table added since the list was read (the sidebar installing meanwhile) exists all the same.
    if (!meta) {
      this.metas = undefined;
      meta = (await this.tableMetas()).find((t) => t.id === tableId);
    }
    if (!meta) throw new HostError(HostErrorCode.TableNotFound, `table ${tableId} not found`);
    let table = this.tables.get(tableId);
    if (!table) this.tables.set(tableId, (table = new OpenApiTable(this, meta)));
    return table.api();
  }
}

class OpenApiTable {
  private fields?: Promise<FieldMeta[]>;
  /** The OpenAPI's page tokens are strings; the port's are numbers. */
  private readonly pageTokens: string[] = [];

  constructor(
    private readonly base: OpenApiBase,
    private readonly meta: TableMeta,
  ) {}

  api(): BaseTable {
    const none = () => () => undefined;
    return {
      id: this.meta.id,
      getName: async () => this.meta.name,
      getFieldMetaList: () => this.fieldMetas(),
      addField: () => unsupported('addField'),
      setField: () => unsupported('setField'),
      getViewMetaList: () => unsupported('getViewMetaList'),
      addView: () => unsupported('addView'),
      getRecordsByPage: (params) => this.page(params),
      getRecordIdListByPage: async (params) => {
        const page = await this.page(params);
        return { ...page, recordIds: page.records.map((r) => r.recordId) };
      },
      getRecordsByIds: (ids) => this.byIds(ids),
      getCellValue: async (fieldId, recordId) => (await this.byIds([recordId]))[0]!.fields[fieldId] ?? null,
      // The automations never open files; the sidebar does, through the SDK.
      getCellAttachmentUrls: () => unsupported('getCellAttachmentUrls'),
      addRecords: (records = []) => this.add(records),
      setRecords: (records = []) => this.set(records),
      deleteRecords: (ids) => this.remove(ids),
      // The OpenAPI sends no record or field events to a program like this one.
      onRecordAdd: none,
      onRecordDelete: none,
      onRecordModify: none,
      onFieldAdd: none,
      onFieldDelete: none,
      onFieldModify: none,
    };
  }

  private fieldMetas(): Promise<FieldMeta[]> {
    this.fields ??= this.base
      .all<OpenApiField>({ method: 'GET', path: `${TABLE}/fields`, query: { page_size: 100 } }, this.meta.id)
      .then((items) => items.map(toFieldMeta));
    this.fields.catch(() => (this.fields = undefined));
    return this.fields;
  }

  private async page(params: RecordsPageParams): Promise<RecordsPage> {
    const size = params.pageSize ?? PAGE_LIMIT;
    if (size > PAGE_LIMIT) throw limitExceeded();
    const token = params.pageToken === undefined ? undefined : this.pageTokens[params.pageToken];
    // Unfiltered, a page is the SDK's page; filtered, the caller gets only the matches, so read as many as allowed.
    const pageSize = params.filter ? SEARCH_PAGE_LIMIT : size;
    const [metas, page] = await Promise.all([
      this.fieldMetas(),
      this.base.call<Page<OpenApiRecord>>(
        {
          method: 'POST',
          path: `${TABLE}/records/search`,
          query: { page_size: pageSize, page_token: token },
          body: { automatic_fields: false, ...(params.viewId ? { view_id: params.viewId } : {}) },
        },
        this.meta.id,
      ),
    ]);
    const records = (page.items ?? [])
      .map((r) => ({ recordId: r.record_id, fields: readFields(metas, r.fields) }))
      .filter((r) => matchesFilter(r.fields, params.filter));
    const hasMore = page.has_more === true && Boolean(page.page_token);
    if (hasMore) this.pageTokens.push(page.page_token!);
    return {
      total: page.total ?? records.length,
      hasMore,
      pageToken: hasMore ? this.pageTokens.length - 1 : undefined,
      records,
    };
  }

  private async byIds(ids: string[]): Promise<RecordValue[]> {
    if (ids.length > BY_IDS_LIMIT) throw limitExceeded();
    const metas = await this.fieldMetas();
    const groups = await Promise.all(
      chunks(ids, BATCH_GET).map((group) =>
        this.base.call<{ records?: OpenApiRecord[]; absent_record_ids?: string[] }>(
          {
            method: 'POST',
            path: `${TABLE}/records/batch_get`,
            body: { record_ids: group, automatic_fields: false, user_id_type: 'open_id' },
          },
          this.meta.id,
        ),
      ),
    );
    const found = new Map(groups.flatMap((g) => g.records ?? []).map((r) => [r.record_id, r]));
    return ids.map((id) => {
      const record = found.get(id);
      if (!record) throw new HostError(HostErrorCode.RecordNotFound, `record ${id} not found`);
      return { fields: readFields(metas, record.fields) };
    });
  }

  private async add(records: RecordValue[]): Promise<string[]> {
    if (records.length > WRITE_LIMIT) throw limitExceeded();
    if (records.length === 0) return [];
    const metas = await this.fieldMetas();
    const body = { records: records.map((r) => ({ fields: writeFields(metas, r.fields) })) };
    const created = await this.base.write(() =>
      this.base.call<{ records?: OpenApiRecord[] }>(
        {
          method: 'POST',
          path: `${TABLE}/records/batch_create`,
          // The same rows sent again (a retry after a lost answer) carry the same token: the OpenAPI adds them once.
          query: { client_token: clientToken(this.meta.id, body) },
          body,
        },
        this.meta.id,
      ),
    );
    return (created.records ?? []).map((r) => r.record_id);
  }

  private async set(records: BaseRecord[]): Promise<string[]> {
    if (records.length > WRITE_LIMIT) throw limitExceeded();
    if (records.length === 0) return [];
    const metas = await this.fieldMetas();
    const body = {
      records: records.map((r) => ({
        record_id: r.recordId,
        fields: writeFields(metas, r.fields as RecordFields),
      })),
    };
    await this.base.write(() =>
      this.base.call({ method: 'POST', path: `${TABLE}/records/batch_update`, body }, this.meta.id),
    );
    return records.map((r) => r.recordId);
  }

  private async remove(ids: string[]): Promise<boolean> {
    if (ids.length > WRITE_LIMIT) throw limitExceeded();
    if (ids.length === 0) return true;
    await this.base.write(() =>
      this.base.call(
        { method: 'POST', path: `${TABLE}/records/batch_delete`, body: { records: ids } },
        this.meta.id,
      ),
    );
    return true;
  }
}

/** A uuid-v4-shaped token derived from what is written, so a repeat of the same write has the same one. */
function clientToken(tableId: string, body: unknown): string {
  const hex = createHash('sha256').update(tableId).update(JSON.stringify(body)).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
