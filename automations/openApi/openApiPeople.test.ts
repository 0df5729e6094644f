import { describe, expect, it } from 'vitest';
import { demoBase } from '../../test/support/baseFixture';
import { fakeOpenApi } from '../../test/support/fakeOpenApi';
import { BatonStore } from '../../src/store/batonStore';
import { OpenApiClient } from './openApiClient';
import { openApiHost } from './openApiBase';

const SECRET = 'app-secret-do-not-print';
const APP_TOKEN = 'bascnBatonDemo';
const RETRY = { attempts: 1, backoffMs: 0 };

async function overOpenApi() {
  const local = await demoBase();
  const api = fakeOpenApi(local, { appToken: APP_TOKEN, appId: 'cli_baton', appSecret: SECRET });
  const client = new OpenApiClient({
    origin: 'https://open.feishu.cn',
    credentials: { kind: 'app', appId: 'cli_baton', appSecret: SECRET },
    fetch: api.fetch,
  });
  return { local, api, host: openApiHost(client, APP_TOKEN) };
}

describe('person cells written by the automation', () => {
  it('an actor with no id is left empty instead of being refused by the OpenAPI', async () => {
    const { host, local } = await overOpenApi();
    const store = await BatonStore.open(host, { retry: RETRY });
    await store.addKeyed('taskEvents', 'key', [{ key: 'e/no-actor', type: 'status_change', actor: [''] }]);
    const [event] = await (await BatonStore.open(local.host)).readWhere('taskEvents', 'key', 'e/no-actor');
    expect(event?.values.type).toBe('status_change');
    expect(event?.values.actor ?? []).toEqual([]);
  });

  it('the fake OpenAPI refuses a person with an empty id with 1254066, as the host does', async () => {
    const { api, host } = await overOpenApi();
    const store = await BatonStore.open(host, { retry: RETRY });
    const events = store.table('taskEvents');
    const token = await (
      await api.fetch('https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal', {
        method: 'POST',
        body: JSON.stringify({ app_id: 'cli_baton', app_secret: SECRET }),
      })
    ).json();
    const actorName = events.fields.actor!.name;
    const response = await api.fetch(
      `https://open.feishu.cn/open-apis/bitable/v1/apps/${APP_TOKEN}/tables/${events.id}/records/batch_create`,
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${(token as { tenant_access_token: string }).tenant_access_token}`,
        },
        body: JSON.stringify({ records: [{ fields: { [actorName]: [{ id: '' }] } }] }),
      },
    );
    expect(((await response.json()) as { code: number }).code).toBe(1254066);
  });
});
