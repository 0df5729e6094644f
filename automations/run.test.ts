import { describe, expect, it } from 'vitest';
import type { LocalHost } from '../src/local/localHost';
import { demoBase, emptyBase, personId, TEST_NOW } from '../test/support/baseFixture';
import { fakeOpenApi } from '../test/support/fakeOpenApi';
import { cliLocale, readConfig } from './config';
import { DELIVERY_FAILED_EXIT, INVALID_LEASE_EXIT, main } from './run';
import { DAY } from '../src/core/time';
import { openSession } from '../src/services/session';

const SECRET = 'very-secret-app-secret';
const ENV = { BATON_BASE_TOKEN: 'bascnRun', FEISHU_APP_ID: 'cli_run', FEISHU_APP_SECRET: SECRET };

async function run(
  args: string[],
  env: Record<string, string | undefined>,
  secret = SECRET,
  base: Promise<LocalHost> | LocalHost = demoBase(),
) {
  const local = await base;
  const api = fakeOpenApi(local, { appToken: 'bascnRun', appId: 'cli_run', appSecret: secret });
  const lines: string[] = [];
  const code = await main(args, env, { print: (l) => lines.push(l), fetch: api.fetch, now: () => TEST_NOW });
  return { code, lines, api };
}

describe('automations command line', () => {
  it('runs both jobs by default and prints one line in Chinese', async () => {
    const { code, lines } = await run([], ENV);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^完成：\d+ 个状态已更新，发出 \d+ 条“可以开始”通知，\d+ 条催办通知。$/);
  });

  it('speaks English when asked, and refuses an unknown job with the usage, touching nothing', async () => {
    const { code, lines, api } = await run(['cascade', 'remind'], { ...ENV, BATON_LANGUAGE: 'en-US' });
    expect(code).toBe(2);
    expect(lines).toEqual([
      'Unknown job "remind": it must be one of tableEdits, contestRepair, cascade, escalate, deadlines, unfinished, claims, untold, collection, courseReminders, duplicates, digest, scoring, deliver.',
      expect.stringMatching(/^Usage: npm run automations/),
    ]);
    expect(api.calls).toEqual([]);
  });

  it('[J3] names every missing or conflicting setting before calling anything', async () => {
    expect(readConfig({})).toEqual({
      ok: false,
      problems: ['automations.config.baseToken', 'automations.config.credentials'],
    });
    expect(readConfig({ ...ENV, BATON_PERSONAL_BASE_TOKEN: 'pt-x' })).toEqual({
      ok: false,
      problems: ['automations.config.bothCredentials'],
    });
    expect(readConfig({ ...ENV, FEISHU_APP_SECRET: '', BATON_PERSONAL_BASE_TOKEN: 'pt-x' })).toEqual({
      ok: false,
      problems: ['automations.config.appIncomplete'],
    });
    expect(readConfig({ ...ENV, BATON_OPENAPI_ORIGIN: 'http://open.feishu.cn' })).toEqual({
      ok: false,
      problems: ['automations.config.origin'],
    });
    const personal = readConfig({ BATON_BASE_TOKEN: 'b', BATON_PERSONAL_BASE_TOKEN: 'pt-x' });
    expect(personal.ok && [personal.config.origin, personal.config.credentials.kind]).toEqual([
      'https://base-api.feishu.cn',
      'personal',
    ]);
    const { code, lines, api } = await run([], { FEISHU_APP_ID: 'cli_run' });
    expect([code, lines.length, api.calls.length]).toEqual([2, 2, 0]);
    expect(lines[1]).toContain('FEISHU_APP_SECRET');
    expect(lines[0]).toContain('BATON_BASE_TOKEN');
  });

  it('[J4] a refused sign-in fails with the code and without the secret', async () => {
    const { code, lines } = await run(['cascade'], ENV, 'the-real-secret');
    expect(code).toBe(1);
    expect(lines[0]).toContain('10014');
    expect(lines[0]).not.toContain(SECRET);
  });

  it('[J6] exits with a code of its own when the Base is not installed or 设置 cannot be read, so a scheduler alerts', async () => {
    const bare = await run([], ENV, SECRET, emptyBase());
    expect([bare.code, bare.lines.length]).toEqual([3, 1]);
    expect(bare.lines[0]).toContain('settings');
    const hidden = await demoBase();
    hidden.state.tables.find((t) => t.name === '设置')!.records.length = 0;
    const noAccess = await run([], ENV, SECRET, hidden);
    expect(noAccess.code).toBe(4);
    expect(noAccess.lines[0]).toContain('设置');
  });

  it('[J6][C7] exits 5 naming the field when background work is stopped for a missing derivation input', async () => {
    const broken = async () => {
      const local = await demoBase();
      const tasks = local.state.tables.find((t) => t.name === '任务')!;
      local.deleteField(tasks.id, tasks.fields.find((f) => f.name === '前置任务')!.id);
      return local;
    };
    const zh = await run([], ENV, SECRET, broken());
    expect([zh.code, zh.lines.length]).toEqual([5, 1]);
    expect(zh.lines[0]).toMatch(/^后台工作已停止.*前置任务/);
    const en = await run([], { ...ENV, BATON_LANGUAGE: 'en' }, SECRET, broken());
    expect(en.code).toBe(5);
    expect(en.lines[0]).toMatch(/^Background work is stopped.*Depends on/);
  });

  it('[J6][X7] does the work but exits 6 naming the lease when the runner lease lies too far ahead', async () => {
    const local = await demoBase();
    const session = await openSession(local.host);
    if (session.kind !== 'ready') throw new Error(session.kind);
    const value = JSON.stringify({ holder: 'sidebar-fast-clock', until: TEST_NOW + 365 * DAY });
    await session.store.addKeyed('settings', 'key', [{ key: 'runner', value }]);
    const { code, lines } = await run([], ENV, SECRET, local);
    expect(code).toBe(INVALID_LEASE_EXIT);
    expect(lines[0]).toMatch(/^完成：/);
    expect(lines[1]).toContain('sidebar-fast-clock');
    expect((await run([], ENV, SECRET, local)).code).toBe(0);
  });

  it('[RB9] delivers the outbox only when configured with an app, and exits 7 when a send failed', async () => {
    const off = await run([], ENV);
    expect(off.api.calls).not.toContain('POST messages');
    const asked = await run(['deliver'], ENV);
    expect([asked.code, asked.api.calls]).toEqual([2, []]);
    expect(asked.lines[0]).toContain('BATON_DELIVER_MESSAGES=1');
    expect(
      readConfig({ BATON_BASE_TOKEN: 'b', BATON_PERSONAL_BASE_TOKEN: 'p', BATON_DELIVER_MESSAGES: '1' }),
    ).toEqual({
      ok: false,
      problems: ['automations.config.deliverNeedsApp'],
    });
    const local = await demoBase();
    const session = await openSession(local.host);
    if (session.kind !== 'ready') throw new Error(session.kind);
    const row = {
      key: 'deliver-test',
      recipient: [personId('王建国')],
      message: '你好',
      status: 'pending' as const,
      at: TEST_NOW,
    };
    await session.store.addAll('notifications', [row]);
    const on = { ...ENV, BATON_DELIVER_MESSAGES: '1' };
    const api = fakeOpenApi(local, { appToken: 'bascnRun', appId: 'cli_run', appSecret: SECRET });
    api.messages.failNext(500, 1000);
    const lines: string[] = [];
    const failed = await main(['deliver'], on, {
      print: (l) => lines.push(l),
      fetch: api.fetch,
      now: () => TEST_NOW,
    });
    expect(failed).toBe(DELIVERY_FAILED_EXIT);
    expect(lines[0]).toMatch(/^通知发送：0 条已发送，0 条无法送达，[1-9]\d* 条发送失败/);
    expect(lines[1]).toContain('500');
    const done = await run([], on, SECRET, local);
    expect(done.code).toBe(0);
    expect(done.lines[1]).toMatch(/^通知发送：[1-9]\d* 条已发送/);
    expect(done.api.messages.sent).toContainEqual(expect.objectContaining({ text: '你好' }));
  });

  it('follows the shell language unless BATON_LANGUAGE says otherwise', () => {
    expect([
      cliLocale({}),
      cliLocale({ LANG: 'en_US.UTF-8' }),
      cliLocale({ LANG: 'en_US', BATON_LANGUAGE: 'zh' }),
    ]).toEqual(['zh-CN', 'en-US', 'zh-CN']);
  });
});
