/**
 * A stand-in for the Bitable OpenAPI over a local Base, for the automations' tests: the endpoints the adapter
 * calls, with the OpenAPI's shapes as documented (cells keyed by field name, selects by option name, links read
 * as `{link_record_ids}` and written as id lists, text written as a string), its envelope and codes, its
 * limits (500 a page, 100 ids a batch_get), tenant tokens, client_token idempotency, and a write conflict
 * (1254291) when two writes overlap. Written apart from the adapter, from the documentation, so that the two
 * check each other.
 */
import { FieldType, type BaseTable, type FieldMeta, type RecordFields } from '../../src/port/bitableBase';
import type { CellValue } from '../../src/port/cellValues';
import type { LocalHost } from '../../src/local/localHost';
import { readAllRecords } from '../../src/store/paging';
import { fakeMessages, type FakeMessages } from './fakeMessages';

const ONCE = { attempts: 1, backoffMs: 0 };

type Json = Record<string, unknown>;

export interface FakeOpenApiOptions {
  appToken: string;
  appId: string;
  appSecret: string;
}

export interface FakeOpenApi {
  fetch: typeof fetch;
  /** Every call, as `METHOD path-with-placeholders`. */
  calls: string[];
  /** The next `times` calls to a records endpoint answer with this code. */
  failNext(code: number, times?: number): void;
  tokensIssued: number;
  /** The message API beside the Base's. */
  messages: FakeMessages;
}

const reply = (body: Json, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const ok = (data: unknown) => reply({ code: 0, msg: 'success', data });
const error = (code: number, msg: string, status = 400) => reply({ code, msg }, status);

export function fakeOpenApi(local: LocalHost, options: FakeOpenApiOptions): FakeOpenApi {
  const issued = new Set<string>();
  const createdByToken = new Map<string, unknown>();
  let failures: { code: number; times: number } | undefined;
  let writing = 0;
  const fake: FakeOpenApi = {
    calls: [],
    tokensIssued: 0,
    failNext: (code, times = 1) => (failures = { code, times }),
    messages: fakeMessages(),
    fetch: async (input, init) => {
      const url = new URL(String(input));
      const method = init?.method ?? 'GET';
      const body = init?.body ? (JSON.parse(String(init.body)) as Json) : {};
      if (url.pathname === '/open-apis/auth/v3/tenant_access_token/internal') {
        fake.calls.push(`${method} token`);
        if (body.app_id !== options.appId || body.app_secret !== options.appSecret)
          return reply({ code: 10014, msg: 'app secret invalid' });
        const token = `t-fake-${++fake.tokensIssued}`;
        issued.add(token);
        return reply({ code: 0, msg: 'ok', tenant_access_token: token, expire: 7200 });
      }
      const auth = new Headers(init?.headers).get('Authorization') ?? '';
      if (!issued.has(auth.replace(/^Bearer /, ''))) return error(99991663, 'Invalid access token', 401);
      if (url.pathname === '/open-apis/im/v1/messages' && method === 'POST') {
        fake.calls.push('POST messages');
        return fake.messages.handle(url, body);
      }
      const match =
        /^\/open-apis\/bitable\/v1\/apps\/([^/]+)\/tables(?:\/([^/]+)\/(fields|records\/\w+))?$/.exec(
          url.pathname,
        );
      if (!match || match[1] !== options.appToken) return error(91402, 'NOTEXIST', 404);
      const [, , tableId, what] = match;
      fake.calls.push(`${method} ${what ?? 'tables'}`);
      if (what?.startsWith('records') && failures && failures.times-- > 0)
        return error(failures.code, 'injected', 200);
      const page = {
        size: Number(url.searchParams.get('page_size') ?? 20),
        token: url.searchParams.get('page_token'),
      };
      if (!tableId) return ok(paged((await local.host.base.getTableMetaList()).map(tableItem), page));
      const table = await local.host.base.getTableById(tableId).catch(() => undefined);
      if (!table) return error(1254041, 'TableIdNotFound');
      const metas = await table.getFieldMetaList();
      if (what === 'fields') return ok(paged(metas.map(fieldItem), page));
      if (what === 'records/search') {
        if (page.size > 500) return error(1254003, 'page_size too large');
        const records = (await readAllRecords(table, ONCE)).map((r) => ({
          record_id: r.recordId,
          fields: readShape(metas, r.fields),
        }));
        return ok({ ...paged(records, page), total: records.length });
      }
      if (what === 'records/batch_get') return batchGet(table, metas, body.record_ids as string[]);
      if (writing > 0) return error(1254291, 'Write conflict');
      writing += 1;
      try {
        return await write(what!, table, metas, body, url.searchParams.get('client_token'), createdByToken);
      } finally {
        writing -= 1;
      }
    },
  };
  return fake;
}

function paged<T>(items: T[], page: { size: number; token: string | null }) {
  const start = Number(page.token ?? 0);
  const end = start + page.size;
  return {
    items: items.slice(start, end),
    has_more: end < items.length,
    page_token: end < items.length ? String(end) : undefined,
  };
}

async function batchGet(table: BaseTable, metas: FieldMeta[], ids: string[]) {
  if (ids.length > 100) return error(1254003, 'record_ids too many');
  const records: Json[] = [];
  const absent: string[] = [];
  for (const id of ids) {
    const found = await table.getRecordsByIds([id]).catch(() => undefined);
    if (found) records.push({ record_id: id, fields: readShape(metas, found[0]!.fields) });
    else absent.push(id);
  }
  return ok({ records, absent_record_ids: absent });
}

async function write(
  what: string,
  table: BaseTable,
  metas: FieldMeta[],
  body: Json,
  clientToken: string | null,
  createdByToken: Map<string, unknown>,
) {
  const rows = body.records as Json[] | string[];
  if (rows.length > 500) return error(1254104, 'records too many');
  try {
    if (what === 'records/batch_create') {
      if (clientToken && createdByToken.has(clientToken)) return ok(createdByToken.get(clientToken));
      const fields = (rows as Json[]).map((r) => ({ fields: writeShape(metas, r.fields as Json) }));
      const ids = await table.addRecords(fields);
      const data = { records: ids.map((id) => ({ record_id: id })) };
      if (clientToken) createdByToken.set(clientToken, data);
      return ok(data);
    }
    if (what === 'records/batch_update') {
      await table.setRecords(
        (rows as Json[]).map((r) => ({
          recordId: String(r.record_id),
          fields: writeShape(metas, r.fields as Json),
        })),
      );
      return ok({ records: rows });
    }
    if (what === 'records/batch_delete') {
      await table.deleteRecords(rows as string[]);
      return ok({ records: (rows as string[]).map((id) => ({ record_id: id, deleted: true })) });
    }
  } catch (e) {
    if (e instanceof PersonRefused) return error(1254066, `UserFieldConvFail: ${e.message}`);
    return error(1254001, `WrongRequestBody: ${(e as Error).message}`);
  }
  return error(404, 'unknown endpoint', 404);
}

const tableItem = (t: { id: string; name: string }) => ({ table_id: t.id, name: t.name, revision: 1 });

function fieldItem(meta: FieldMeta) {
  const property = (meta.property ?? {}) as Json;
  const link = meta.type === FieldType.SingleLink || meta.type === FieldType.DuplexLink;
  return {
    field_id: meta.id,
    field_name: meta.name,
    type: meta.type,
    is_primary: meta.isPrimary,
    property: link ? { table_id: property.tableId, multiple: property.multiple } : property,
  };
}

/** Cells as records/search returns them: by field name; empty cells left out. */
function readShape(metas: FieldMeta[], fields: RecordFields): Json {
  const out: Json = {};
  for (const meta of metas) {
    const cell = fields[meta.id] as unknown;
    if (cell === null || cell === undefined) continue;
    out[meta.name] = readValue(meta, cell);
  }
  return out;
}

function readValue(meta: FieldMeta, cell: unknown): unknown {
  const list = cell as Json[];
  switch (meta.type) {
    case FieldType.Text:
      return list.map((s) =>
        s.type === 'url' ? { type: 'url', text: s.text, link: s.link } : { type: 'text', text: s.text },
      );
    case FieldType.Url:
      return { link: list[0]?.link, text: list[0]?.text };
    case FieldType.SingleSelect:
      return (cell as Json).text;
    case FieldType.MultiSelect:
      return list.map((o) => o.text);
    case FieldType.User:
      return list.map((u) => ({ id: u.id, name: u.name, en_name: u.enName, email: u.email }));
    case FieldType.Attachment:
      return list.map((f) => ({ file_token: f.token, name: f.name, size: f.size, type: f.type }));
    case FieldType.SingleLink:
    case FieldType.DuplexLink:
      return { link_record_ids: (cell as { recordIds: string[] }).recordIds };
    default:
      return cell;
  }
}

/** Cells as the OpenAPI takes them (by field name), to the local Base's SDK shapes. */
function writeShape(metas: FieldMeta[], fields: Json): RecordFields {
  const out: RecordFields = {};
  for (const [name, value] of Object.entries(fields)) {
    const meta = metas.find((m) => m.name === name);
    if (!meta) throw new Error(`FieldNameNotFound: ${name}`);
    out[meta.id] = value === null ? null : writeValue(meta, value);
  }
  return out;
}

/** The OpenAPI refuses a person it does not recognise (1254066), and does not retry it. */
class PersonRefused extends Error {}

function writePeople(meta: FieldMeta, value: unknown): CellValue {
  const people = Array.isArray(value) ? (value as unknown[]) : [];
  const wellFormed = (p: unknown) => typeof (p as Json)?.id === 'string' && (p as Json).id !== '';
  if (!Array.isArray(value) || !people.every(wellFormed)) throw new PersonRefused(meta.name);
  return value as CellValue;
}

function writeValue(meta: FieldMeta, value: unknown): CellValue {
  switch (meta.type) {
    case FieldType.User:
      return writePeople(meta, value);
    case FieldType.Text:
      if (typeof value !== 'string') throw new Error(`TextFieldConvFail: ${meta.name}`);
      return [{ type: 'text', text: value }];
    case FieldType.Url:
      return [{ type: 'url', text: (value as Json).text, link: (value as Json).link }];
    case FieldType.SingleSelect:
      if (typeof value !== 'string') throw new Error(`SingleSelectFieldConvFail: ${meta.name}`);
      return { text: value };
    case FieldType.MultiSelect:
      return (value as string[]).map((text) => ({ text }));
    case FieldType.SingleLink:
    case FieldType.DuplexLink:
      if (!Array.isArray(value)) throw new Error(`LinkFieldConvFail: ${meta.name}`);
      return { recordIds: value, tableId: (meta.property as { tableId: string }).tableId };
    default:
      // Any other JSON value (a number, a checkbox, people) goes to the local Base, which checks its shape.
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
      if (typeof value === 'object' && value !== null) return value;
      throw new Error(`FieldConvFail: ${meta.name}`);
  }
}
