import { describe, expect, it } from 'vitest';
import { demoBase, emptyBase, TEST_NOW } from '../test/support/baseFixture';
import { fakeOpenApi } from '../test/support/fakeOpenApi';
import type { LocalHost } from '../src/local/localHost';
import { toNotice } from '../src/schema/entities';
import { holdLease } from '../src/services/lease';
import { cascade } from '../src/services/process';
import { BatonStore } from '../src/store/batonStore';
import { runJobs } from './jobs';
import { OpenApiClient } from './openApi/openApiClient';
import { openApiHost } from './openApi/openApiBase';
import { HOUR } from '../src/core/time';

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };

function automations(local: LocalHost) {
  const api = fakeOpenApi(local, { appToken: 'bascn1', appId: 'cli_1', appSecret: 's' });
  const client = new OpenApiClient({
    origin: 'https://open.feishu.cn',
    credentials: { kind: 'app', appId: 'cli_1', appSecret: 's' },
    fetch: api.fetch,
  });
  return { api, host: openApiHost(client, 'bascn1', { userId: 'ou_automations' }) };
}

const sdkStore = (local: LocalHost) => BatonStore.open(local.host, RETRY);

/** The demo with 海报设计 accepted in the grid and no sidebar open. */
async function posterAccepted() {
  const local = await demoBase();
  const store = await sdkStore(local);
  const poster = (await store.loadCore()).tasks.find((t) => t.title === '海报设计')!;
  await store.update('tasks', [{ id: poster.id, values: { status: 'done', completedAt: TEST_NOW } }]);
  return local;
}

async function outcome(local: LocalHost) {
  const store = await sdkStore(local);
  const [tasks, notices] = [
    (await store.loadCore()).tasks,
    (await store.readAll('notifications')).map(toNotice),
  ];
  return {
    statuses: Object.fromEntries(tasks.map((t) => [t.title, t.status])),
    noticeKeys: notices.map((n) => n.key).sort(),
  };
}

const writes = (calls: string[]) => calls.filter((c) => /batch_(create|update|delete)$/.test(c)).length;

describe('automations: the background work with no sidebar open', () => {
  it('[J2][C6] an edit made in the grid cascades as an open sidebar would cascade it, and a second run adds nothing', async () => {
    const local = await posterAccepted();
    const report = await runJobs(automations(local).host, ['cascade'], () => TEST_NOW + HOUR, RETRY);
    expect(report).toMatchObject({ outcome: 'done', statuses: 1, readyNotices: 1 });
    const viaAutomations = await outcome(local);
    expect(viaAutomations.statuses['客户邀请']).toBe('ready');

    const twin = await posterAccepted();
    const store = await sdkStore(twin);
    await cascade(store, (await store.loadCore()).tasks, 'ou_automations', TEST_NOW + HOUR);
    expect(viaAutomations).toEqual(await outcome(twin));

    const again = automations(local);
    expect(await runJobs(again.host, ['cascade'], () => TEST_NOW + 2 * HOUR, RETRY)).toMatchObject({
      outcome: 'done',
      statuses: 0,
      readyNotices: 0,
    });
    expect(await outcome(local)).toEqual(viaAutomations);
  });

  it('[J2] escalates what waited too long, once', async () => {
    const local = await demoBase();
    const later = TEST_NOW + 5 * 24 * HOUR;
    const first = await runJobs(automations(local).host, ['escalate'], () => later, RETRY);
    expect(first.outcome === 'done' && first.escalated).toBeGreaterThan(0);
    expect(await runJobs(automations(local).host, ['escalate'], () => later + HOUR, RETRY)).toMatchObject({
      escalated: 0,
    });
  });

  it('[J1] leaves the work to an open sidebar that holds the runner lease, and writes nothing', async () => {
    const local = await posterAccepted();
    expect(await holdLease(await sdkStore(local), 'sidebar-of-someone', TEST_NOW)).toBe(true);
    const { api, host } = automations(local);
    expect(await runJobs(host, ['cascade', 'escalate'], () => TEST_NOW + 60_000, RETRY)).toEqual({
      outcome: 'busy',
    });
    expect(writes(api.calls)).toBe(0);
    expect((await outcome(local)).statuses['客户邀请']).toBe('waiting');
  });

  it('[J1] gives the lease back when done, so a sidebar opened right after runs at once', async () => {
    const local = await posterAccepted();
    await runJobs(automations(local).host, ['cascade'], () => TEST_NOW, RETRY);
    expect(await holdLease(await sdkStore(local), 'sidebar-of-someone', TEST_NOW + 1000)).toBe(true);
  });

  it('says which tables are missing in a Base where Baton is not installed, and writes nothing', async () => {
    const { api, host } = automations(emptyBase());
    const report = await runJobs(host, ['cascade'], () => TEST_NOW, RETRY);
    expect(report).toEqual({
      outcome: 'notInstalled',
      missing: ['departments', 'members', 'tasks', 'settings'],
    });
    expect(writes(api.calls)).toBe(0);
  });

  it('[J1] a run started while the previous one still holds the lease steps aside', async () => {
    const local = await posterAccepted();
    expect(await holdLease(await sdkStore(local), 'automations:previous-run', TEST_NOW)).toBe(true);
    const { api, host } = automations(local);
    expect(await runJobs(host, ['cascade'], () => TEST_NOW + 60_000, RETRY)).toEqual({ outcome: 'busy' });
    expect(writes(api.calls)).toBe(0);
  });

  it('says so when 设置 reads empty (advanced permissions hide it from the app), and writes nothing', async () => {
    const local = await posterAccepted();
    local.state.tables.find((t) => t.name === '设置')!.records.length = 0;
    const { api, host } = automations(local);
    expect(await runJobs(host, ['cascade'], () => TEST_NOW, RETRY)).toEqual({ outcome: 'noAccess' });
    expect(writes(api.calls)).toBe(0);
  });
});
