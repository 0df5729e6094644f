import { describe, expect, it } from 'vitest';
import { TODAY_START } from '../core/testBuilders';
import { DEMO_OUTSIDER, DEMO_PEOPLE } from '../demo/demoCompany';
import { demoLocalHost } from '../demo/seedDemo';
import { LocalHost } from '../local/localHost';
import { emptyState } from '../local/localState';
import type { BitableHost } from '../port/bitableBase';
import { TABLES } from '../schema/tables';
import { PAGE_SIZE } from '../store/paging';
import { install } from './installer';
import { openSession, uiLanguage, uiTheme } from './session';

const RETRY = { attempts: 3, backoffMs: 0 };
const USERS = [{ id: 'ou_a', name: 'A' }];
const BOSS = DEMO_PEOPLE.find((p) => p.role === 'boss')!;

async function readyDemo(change: Parameters<LocalHost['setSession']>[0] = {}) {
  const local = await demoLocalHost(TODAY_START);
  local.setSession(change);
  const session = await openSession(local.host, { retry: RETRY });
  if (session.kind !== 'ready') throw new Error(`expected ready, got ${session.kind}`);
  return { local, session };
}

describe('uiLanguage / uiTheme', () => {
  it('any Chinese host language is zh-CN; everything else, or nothing, is en-US', () => {
    expect(uiLanguage('zh')).toBe('zh-CN');
    expect(uiLanguage('zh-TW')).toBe('zh-CN');
    expect(uiLanguage('ZH-HK')).toBe('zh-CN');
    expect(uiLanguage('en')).toBe('en-US');
    expect(uiLanguage('en-US')).toBe('en-US');
    expect(uiLanguage('ja')).toBe('en-US');
    expect(uiLanguage('')).toBe('en-US');
    expect(uiLanguage(undefined)).toBe('en-US');
  });

  it('DARK in any case is dark; anything else is light', () => {
    expect(uiTheme('DARK')).toBe('dark');
    expect(uiTheme('dark')).toBe('dark');
    expect(uiTheme('LIGHT')).toBe('light');
    expect(uiTheme('sepia')).toBe('light');
    expect(uiTheme(undefined)).toBe('light');
  });
});

describe('openSession', () => {
  it('an empty Base needs install, and names the tables the home screen needs', async () => {
    const local = new LocalHost({ state: emptyState(USERS) });
    const session = await openSession(local.host, { retry: RETRY });
    expect(session.kind).toBe('needsInstall');
    if (session.kind !== 'needsInstall') return;
    expect([...session.missing].sort()).toEqual(['departments', 'members', 'settings', 'tasks']);
    expect(session.context).toMatchObject({ userId: 'ou_a', language: 'zh-CN', theme: 'light' });
    expect(local.calls.byMethod.addRecords ?? 0).toBe(0);
  });

  it('a Base missing only the Tasks table lists just that one', async () => {
    const local = new LocalHost({ state: emptyState(USERS) });
    const result = await install(local.host, 'en');
    expect(result.status).toBe('installed');
    const tasksName = TABLES.find((t) => t.key === 'tasks')!.names.en;
    local.state.tables = local.state.tables.filter((t) => t.name !== tasksName);
    const session = await openSession(local.host, { retry: RETRY });
    expect(session.kind === 'needsInstall' && session.missing).toEqual(['tasks']);
  });

  it('[S8] a damaged install map and a renamed 任务 table: ready, the damage named, and one repair records the map', async () => {
    const local = await demoLocalHost(TODAY_START);
    const settings = local.state.tables.find((t) => t.name === '设置')!;
    const valueField = settings.fields.find((f) => f.name === '值')!.id;
    const mapRow = settings.records.find((r) => JSON.stringify(r.fields).includes('installMap'))!;
    mapRow.fields[valueField] = [{ type: 'text', text: '{"version":1,"tab' }];
    local.state.tables.find((t) => t.name === '任务')!.name = '项目任务';
    const session = await openSession(local.host, { retry: RETRY });
    if (session.kind !== 'ready') throw new Error(`expected ready, got ${session.kind}`);
    expect(session.data.tasks.length).toBeGreaterThan(0);
    expect(session.problems).toEqual([
      { kind: 'installMapDamaged', table: 'settings' },
      { kind: 'tableRenamed', table: 'tasks', name: '项目任务' },
    ]);
    expect(await install(local.host, 'zh', session.problems[0])).toMatchObject({ status: 'installed' });
    const again = await openSession(local.host, { retry: RETRY });
    expect(again.kind === 'ready' && again.problems).toEqual([
      { kind: 'tableRenamed', table: 'tasks', name: '项目任务' },
    ]);
  });

  it('[I1] on the demo the session is ready, viewed by the boss, who can edit', async () => {
    const { session } = await readyDemo();
    expect(session.context).toMatchObject({ userId: BOSS.userId, language: 'zh-CN', theme: 'light' });
    expect(session.viewer.kind).toBe('member');
    if (session.viewer.kind !== 'member') return;
    expect(session.viewer.role).toBe('boss');
    expect(session.viewer.member.name).toBe(BOSS.name);
    expect(session.viewer.department?.name).toBe(BOSS.department);
    expect(session.canEdit).toBe(true);
    expect(session.firstBossNeeded).toBe(false);
    expect(session.problems).toEqual([]);
    expect(session.data.members).toHaveLength(DEMO_PEOPLE.length);
  });

  it('takes language and theme from the bridge', async () => {
    const { session } = await readyDemo({ language: 'en-US', theme: 'DARK' });
    expect(session.context.language).toBe('en-US');
    expect(session.context.theme).toBe('dark');
  });

  it('falls back to zh-CN and light when the bridge cannot say', async () => {
    const local = await demoLocalHost(TODAY_START);
    local.setSession({ language: 'en', theme: 'DARK' });
    const failing = () => Promise.reject(new Error('not supported'));
    const host: BitableHost = {
      base: local.host.base,
      bridge: { ...local.host.bridge, getLanguage: failing, getTheme: failing },
    };
    const session = await openSession(host, { retry: RETRY });
    expect(session.context).toMatchObject({ language: 'zh-CN', theme: 'light' });
  });

  it('[I1] a department head is identified as head', async () => {
    const head = DEMO_PEOPLE.find((p) => p.role === 'manager')!;
    const { session } = await readyDemo({ userId: head.userId });
    expect(session.viewer.kind === 'member' && session.viewer.role).toBe('head');
  });

  it('[I2] a Feishu user with no member row is not a member', async () => {
    const { session } = await readyDemo({ userId: DEMO_OUTSIDER.id });
    expect(session.viewer).toEqual({ kind: 'notMember', userId: DEMO_OUTSIDER.id, reason: 'missing' });
  });

  it('a read-only user gets a ready session with canEdit false', async () => {
    const { session } = await readyDemo({ readOnly: true });
    expect(session.canEdit).toBe(false);
    expect(session.viewer.kind === 'member' && session.viewer.role).toBe('boss');
  });

  it('[H4] opening reads structure and core data in a bounded number of host calls, writing nothing', async () => {
    const local = await demoLocalHost(TODAY_START);
    local.calls.reset();
    local.scheduler.resetCounters();
    await openSession(local.host, { retry: RETRY });

    const tableCount = TABLES.length;
    expect(local.state.tables).toHaveLength(tableCount);
    const readKeys = ['settings', 'departments', 'members', 'tasks'];
    const pagesRead = readKeys
      .map((key) => TABLES.find((t) => t.key === key)!.names.zh)
      .map((name) => local.state.tables.find((t) => t.name === name)!.records.length)
      .reduce((sum, n) => sum + Math.max(1, Math.ceil(n / PAGE_SIZE)), 0);
    // Plus one filtered page of the viewer's own notices (fewer than 200 here).
    const noticePages = 1;
    const bridgeCalls = ['getUserId', 'getBaseUserId', 'getLanguage', 'getTheme', 'getData'].length;
    const permissionCalls = 1;
    const bound = 1 + tableCount + pagesRead + noticePages + bridgeCalls + permissionCalls;

    expect(local.calls.total).toBeLessThanOrEqual(bound);
    expect(local.calls.byMethod.getTableMetaList).toBe(1);
    expect(local.calls.byMethod.getFieldMetaList).toBe(tableCount);
    expect(local.calls.byMethod.getRecordsByPage).toBeLessThanOrEqual(pagesRead + noticePages);
    expect(local.calls.byMethod.getViewMetaList ?? 0).toBe(0);
    const writes = Object.keys(local.calls.byMethod).filter((m) => /^(add|set|delete)/.test(m));
    expect(writes).toEqual([]);
    // Three dependent steps: the table list; then every table's fields and Settings; then the core data.
    expect(local.scheduler.roundTrips).toBeLessThanOrEqual(3);
  });
});
