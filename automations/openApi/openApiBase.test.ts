import { describe, expect, it } from 'vitest';
import { demoBase, emptyBase } from '../../test/support/baseFixture';
import { fakeOpenApi } from '../../test/support/fakeOpenApi';
import type { LocalHost } from '../../src/local/localHost';
import { FieldType } from '../../src/port/bitableBase';
import { HostErrorCode } from '../../src/port/hostErrors';
import { BatonStore } from '../../src/store/batonStore';
import { OpenApiClient } from './openApiClient';
import { openApiHost } from './openApiBase';

const SECRET = 'app-secret-do-not-print';
const APP_TOKEN = 'bascnBatonDemo';
const RETRY = { attempts: 3, backoffMs: 0 };

function overOpenApi(local: LocalHost) {
  const api = fakeOpenApi(local, { appToken: APP_TOKEN, appId: 'cli_baton', appSecret: SECRET });
  const client = new OpenApiClient({
    origin: 'https://open.feishu.cn',
    credentials: { kind: 'app', appId: 'cli_baton', appSecret: SECRET },
    fetch: api.fetch,
  });
  return { api, host: openApiHost(client, APP_TOKEN) };
}

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

describe('openApiHost: the port over the OpenAPI', () => {
  it('the store reads the demo company through it exactly as through the SDK', async () => {
    const local = await demoBase();
    const viaSdk = await (await BatonStore.open(local.host)).loadCore();
    const { host } = overOpenApi(local);
    const store = await BatonStore.open(host, { retry: RETRY });
    const viaOpenApi = await store.loadCore();
    expect(store.resolution.problems).toEqual([]);
    expect(byId(viaOpenApi.tasks)).toEqual(byId(viaSdk.tasks));
    expect(byId(viaOpenApi.members)).toEqual(byId(viaSdk.members));
    expect(byId(viaOpenApi.departments)).toEqual(byId(viaSdk.departments));
    expect(viaSdk.tasks.length).toBeGreaterThan(10);
  });

  it('writes through it land in the Base as the sidebar would write them', async () => {
    const local = await demoBase();
    const { host } = overOpenApi(local);
    const store = await BatonStore.open(host, { retry: RETRY });
    const task = (await store.loadCore()).tasks.find((t) => t.title === '海报设计')!;
    await store.update('tasks', [
      { id: task.id, values: { status: 'done', completedAt: 1_800_000_000_000 } },
    ]);
    await store.addKeyed('taskEvents', 'key', [
      { key: 'e/1', type: 'status_change', task: [task.id], reason: '好' },
    ]);
    const sdk = await BatonStore.open(local.host);
    const after = (await sdk.loadCore()).tasks.find((t) => t.id === task.id)!;
    expect([after.status, after.completedAt]).toEqual(['done', 1_800_000_000_000]);
    const [event] = await sdk.readWhere('taskEvents', 'key', 'e/1');
    expect([event?.values.type, event?.values.task, event?.values.reason]).toEqual([
      'status_change',
      [task.id],
      '好',
    ]);
  });

  it('[H1][J5] pages by 200 with numeric tokens, reads 250 ids in batches of 100, and keeps the limits', async () => {
    const local = emptyBase();
    const { tableId } = await local.host.base.addTable({
      name: 'rows',
      fields: [{ type: FieldType.Text, name: 'Name' }],
    });
    const sdkTable = await local.host.base.getTableById(tableId);
    const nameId = (await sdkTable.getFieldMetaList())[0]!.id;
    const rows = Array.from({ length: 450 }, (_, i) => ({
      fields: { [nameId]: [{ type: 'text' as const, text: `r${i}` }] },
    }));
    const ids = [
      ...(await sdkTable.addRecords(rows.slice(0, 200))),
      ...(await sdkTable.addRecords(rows.slice(200, 400))),
      ...(await sdkTable.addRecords(rows.slice(400))),
    ];
    const { api, host } = overOpenApi(local);
    const table = await host.base.getTableById(tableId);
    const sizes: number[] = [];
    let token: number | undefined;
    do {
      const page = await table.getRecordsByPage({ pageSize: 200, pageToken: token });
      expect(page.total).toBe(450);
      sizes.push(page.records.length);
      token = page.hasMore ? page.pageToken : undefined;
      if (token !== undefined) expect(typeof token).toBe('number');
    } while (token !== undefined);
    expect(sizes).toEqual([200, 200, 50]);
    api.calls.length = 0;
    const wanted = ids.slice(100, 350);
    const read = await table.getRecordsByIds(wanted);
    expect(read.map((r) => (r.fields[nameId] as { text: string }[])[0]!.text)).toEqual(
      wanted.map((_, i) => `r${i + 100}`),
    );
    expect(api.calls.filter((c) => c.endsWith('batch_get'))).toHaveLength(3);
    await expect(table.getRecordsByPage({ pageSize: 201 })).rejects.toMatchObject({
      code: HostErrorCode.RecordLimitExceeded,
    });
    await expect(table.addRecords(rows.slice(0, 201))).rejects.toMatchObject({
      code: HostErrorCode.RecordLimitExceeded,
    });
    await expect(table.getRecordsByIds(['rec_gone'])).rejects.toMatchObject({
      code: HostErrorCode.RecordNotFound,
    });
  });

  it('[J5] writes go one at a time (the OpenAPI refuses overlapping writes), and the same rows sent twice are added once', async () => {
    const local = await demoBase();
    const { host } = overOpenApi(local);
    const store = await BatonStore.open(host, { retry: { attempts: 1, backoffMs: 0 } });
    const tasks = (await store.loadCore()).tasks.slice(0, 3);
    await Promise.all(tasks.map((t, i) => store.update('tasks', [{ id: t.id, values: { points: i + 1 } }])));
    const sdk = await (await BatonStore.open(local.host)).loadCore();
    expect(tasks.map((t) => sdk.tasks.find((x) => x.id === t.id)!.points)).toEqual([1, 2, 3]);
    const table = await host.base.getTableById(store.table('settings').id);
    const key = store.table('settings').fields.key!.id;
    const row = { fields: { [key]: [{ type: 'text' as const, text: 'same' }] } };
    const [first, again] = [await table.addRecords([row]), await table.addRecords([row])];
    expect(again).toEqual(first);
  });

  it('[J4] a write conflict is retried by the store; a failed sign-in names neither the secret nor the Base', async () => {
    const local = await demoBase();
    const { api, host } = overOpenApi(local);
    const store = await BatonStore.open(host, { retry: RETRY });
    const task = (await store.loadCore()).tasks[0]!;
    api.failNext(1254291, 1);
    await store.update('tasks', [{ id: task.id, values: { points: 7 } }]);
    expect(
      (await (await BatonStore.open(local.host)).loadCore()).tasks.find((t) => t.id === task.id)!.points,
    ).toBe(7);
    expect(api.tokensIssued).toBe(1);

    const wrong = new OpenApiClient({
      origin: 'https://open.feishu.cn',
      credentials: { kind: 'app', appId: 'cli_baton', appSecret: 'wrong-secret-value' },
      fetch: api.fetch,
    });
    const failure = await BatonStore.open(openApiHost(wrong, APP_TOKEN), {
      retry: { attempts: 1, backoffMs: 0 },
    }).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain('10014');
    for (const secret of ['wrong-secret-value', SECRET, APP_TOKEN])
      expect((failure as Error).message).not.toContain(secret);
  });

  it('a failed answer for the table or field list is asked again, not replayed to every later call', async () => {
    const local = await demoBase();
    const api = fakeOpenApi(local, { appToken: APP_TOKEN, appId: 'cli_baton', appSecret: SECRET });
    const failing = new Set(['/tables', '/fields']);
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const path = new URL(String(input)).pathname;
      const kind = [...failing].find((end) => path.endsWith(end));
      if (!kind) return api.fetch(input, init);
      failing.delete(kind);
      return new Response(JSON.stringify({ code: 1254607, msg: 'data not ready' }), { status: 200 });
    };
    const client = new OpenApiClient({
      origin: 'https://open.feishu.cn',
      credentials: { kind: 'app', appId: 'cli_baton', appSecret: SECRET },
      fetch,
    });
    const host = openApiHost(client, APP_TOKEN);
    await expect(host.base.getTableMetaList()).rejects.toMatchObject({ code: 1254607 });
    const tables = await host.base.getTableMetaList();
    const table = await host.base.getTableById(tables[0]!.id);
    await expect(table.getFieldMetaList()).rejects.toMatchObject({ code: 1254607 });
    expect((await table.getFieldMetaList()).length).toBeGreaterThan(0);
  });
});
