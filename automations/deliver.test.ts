import { describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../test/support/baseFixture';
import { fakeOpenApi } from '../test/support/fakeOpenApi';
import type { LocalHost } from '../src/local/localHost';
import { DAY } from '../src/core/time';
import { BatonStore } from '../src/store/batonStore';
import { deliverOutbox, DELIVERY_MAX_AGE_MS, messageUuid } from './deliver';
import { messageApi } from './openApi/messageApi';
import { OpenApiClient } from './openApi/openApiClient';
import { openApiHost } from './openApi/openApiBase';

const ONCE = { retry: { attempts: 1, backoffMs: 0 } };
const [BOSS, HEAD] = [personId('王建国'), personId('何平')];

/** The demo with its own notices already sent, and these rows waiting. */
async function outbox(rows: { key: string; to: string[]; at?: number; unset?: boolean }[]) {
  const local = await demoBase();
  const store = await BatonStore.open(local.host);
  const old = await store.readAll('notifications');
  await store.update(
    'notifications',
    old.map((r) => ({ id: r.id, values: { status: 'sent' } })),
  );
  await store.addAll(
    'notifications',
    rows.map((r) => ({
      key: r.key,
      recipient: r.to,
      message: `消息 ${r.key}`,
      status: r.unset ? undefined : 'pending',
      at: r.at ?? TEST_NOW - 60_000,
    })),
  );
  return local;
}

function automations(local: LocalHost) {
  const api = fakeOpenApi(local, { appToken: 'bascnD', appId: 'cli_d', appSecret: 's' });
  const client = new OpenApiClient({
    origin: 'https://open.feishu.cn',
    credentials: { kind: 'app', appId: 'cli_d', appSecret: 's' },
    fetch: api.fetch,
  });
  const deliver = async () =>
    deliverOutbox(await BatonStore.open(openApiHost(client, 'bascnD'), ONCE), messageApi(client), TEST_NOW);
  return { api, deliver };
}

async function statuses(local: LocalHost): Promise<Record<string, string | undefined>> {
  const rows = await (await BatonStore.open(local.host)).readAll('notifications');
  return Object.fromEntries(rows.filter((r) => r.values.key).map((r) => [r.values.key, r.values.status]));
}

describe('[RB9] delivering the outbox as Feishu messages', () => {
  it('sends each waiting row to each recipient by open_id, marks it sent, and a second run sends nothing', async () => {
    const local = await outbox([
      { key: 'n1', to: [BOSS] },
      // A row added by hand, with no status: waiting too.
      { key: 'n2', to: [BOSS, HEAD], unset: true },
    ]);
    const { api, deliver } = automations(local);
    expect(await deliver()).toMatchObject({ sent: 2, unreachable: 0, failed: 0 });
    expect(api.messages.sent).toEqual([
      { openId: BOSS, text: '消息 n1', uuid: messageUuid('n1', BOSS) },
      { openId: BOSS, text: '消息 n2', uuid: messageUuid('n2', BOSS) },
      { openId: HEAD, text: '消息 n2', uuid: messageUuid('n2', HEAD) },
    ]);
    expect(await statuses(local)).toMatchObject({ n1: 'sent', n2: 'sent' });
    expect(await deliver()).toMatchObject({ sent: 0, failed: 0 });
    expect(api.messages.sent).toHaveLength(3);
  });

  it('a failed send leaves its row waiting and says why; the next run sends it, nothing twice', async () => {
    const local = await outbox([{ key: 'n1', to: [BOSS] }]);
    const { api, deliver } = automations(local);
    api.messages.failNext(500);
    const first = await deliver();
    expect(first).toMatchObject({ sent: 0, failed: 1 });
    expect(first.reason).toContain('500');
    expect(await statuses(local)).toMatchObject({ n1: 'pending' });
    expect(await deliver()).toMatchObject({ sent: 1, failed: 0 });
    expect(api.messages.sent.map((m) => m.openId)).toEqual([BOSS]);
  });

  it('a row sent but not marked (the write failed) is sent again with the same uuid: the API sends nothing twice', async () => {
    const local = await outbox([{ key: 'n1', to: [BOSS] }]);
    const { api, deliver } = automations(local);
    local.failures.failNext(1, 'before', { method: 'setRecords' });
    await expect(deliver()).rejects.toThrow();
    expect(await statuses(local)).toMatchObject({ n1: 'pending' });
    expect(await deliver()).toMatchObject({ sent: 1 });
    expect(api.messages.sent).toHaveLength(1);
    expect(api.calls.filter((c) => c === 'POST messages')).toHaveLength(2);
  });

  it('a person the app cannot reach marks the row unreachable, and it is not tried again', async () => {
    const local = await outbox([
      { key: 'n1', to: [HEAD] },
      { key: 'n2', to: [] },
    ]);
    const { api, deliver } = automations(local);
    api.messages.unreachable.add(HEAD);
    expect(await deliver()).toMatchObject({ sent: 0, unreachable: 2, failed: 0 });
    expect(await statuses(local)).toMatchObject({ n1: 'unreachable', n2: 'unreachable' });
    const tries = api.calls.filter((c) => c === 'POST messages').length;
    await deliver();
    expect(api.calls.filter((c) => c === 'POST messages')).toHaveLength(tries);
  });

  it('a Base installed before 无法送达 existed: sent rows are marked, unreachable ones wait and it says so', async () => {
    const local = await outbox([
      { key: 'n1', to: [HEAD] },
      { key: 'n2', to: [BOSS] },
    ]);
    const status = local.state.tables.find((t) => t.name === '通知')!.fields.find((f) => f.name === '状态')!;
    const property = status.property as { options: { name: string }[] };
    property.options = property.options.filter((o) => o.name !== '无法送达');
    const { api, deliver } = automations(local);
    api.messages.unreachable.add(HEAD);
    expect(await deliver()).toMatchObject({ sent: 1, unreachable: 0, optionMissing: true });
    expect(await statuses(local)).toMatchObject({ n1: 'pending', n2: 'sent' });
  });

  it('rows waiting longer than three days are left as they are, counted', async () => {
    const local = await outbox([
      { key: 'old', to: [BOSS], at: TEST_NOW - DELIVERY_MAX_AGE_MS - DAY },
      { key: 'new', to: [BOSS] },
    ]);
    const { api, deliver } = automations(local);
    expect(await deliver()).toMatchObject({ sent: 1, stale: 1 });
    expect(api.messages.sent.map((m) => m.text)).toEqual(['消息 new']);
    expect(await statuses(local)).toMatchObject({ old: 'pending', new: 'sent' });
  });

  it('uuids are stable, per person, and within the API limit of 50 characters', () => {
    expect(messageUuid('k', BOSS)).toBe(messageUuid('k', BOSS));
    expect(messageUuid('k', BOSS)).not.toBe(messageUuid('k', HEAD));
    expect(messageUuid('x'.repeat(500), BOSS).length).toBeLessThanOrEqual(50);
  });
});
