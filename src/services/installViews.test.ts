import { describe, expect, it } from 'vitest';
import { HOST_PROFILES, type HostProfileName } from '../local/hostProfiles';
import { LocalHost } from '../local/localHost';
import { emptyState } from '../local/localState';
import type { BaseTable, BitableHost, ViewSettingsProperty } from '../port/bitableBase';
import { tableSpec } from '../schema/tables';
import { BatonStore } from '../store/batonStore';
import { checkBase } from './backgroundGuard';
import { install } from './installer';
import { applyViewSettings } from './installViews';

const onEmptyBase = (profile: HostProfileName) =>
  new LocalHost({ state: emptyState([{ id: 'ou_a', name: 'A' }]), quirks: HOST_PROFILES[profile] });

/** The views declared with settings: what a host that takes none leaves to a person. */
const SETTLED = tableSpec('tasks')
  .views.filter((v) => v.settings)
  .map((v) => ({ table: 'tasks', view: v.key, step: v.settings!.manualStep }));

async function taskView(host: BitableHost, key: string) {
  const store = await BatonStore.open(host, { withViews: true });
  const table = store.table('tasks');
  const meta = store.actual.find((t) => t.id === table.id)!.views!.find((v) => v.id === table.views[key]);
  const field = (k: string) => store.resolution.schema.tasks?.fields[k as 'kind']?.id;
  return { property: meta!.property as ViewSettingsProperty, field, store };
}

describe('[RB8] the installer sets what the view API can', () => {
  it('by default: the boss grid filters special tasks by due date, heads group by department, nothing by hand', async () => {
    const local = onEmptyBase('default');
    const result = await install(local.host, 'zh');
    if (result.status !== 'installed') throw new Error(result.status);
    expect(result.viewsByHand).toEqual([]);
    const boss = await taskView(local.host, 'bossGrid');
    const special = boss.store.resolution.schema.tasks?.fields.kind?.options.special?.id;
    expect(boss.property.filterInfo?.conditions).toEqual([
      expect.objectContaining({ fieldId: boss.field('kind'), operator: 'is', value: special }),
    ]);
    expect(boss.property.sortInfo).toEqual([{ fieldId: boss.field('due'), desc: false }]);
    const head = await taskView(local.host, 'headGrid');
    expect(head.property.groupInfo).toEqual([{ fieldId: head.field('primaryDepartment'), desc: false }]);
    const gantt = await taskView(local.host, 'gantt');
    expect(gantt.property.groupInfo).toEqual([{ fieldId: gantt.field('primaryDepartment'), desc: false }]);
    expect((await checkBase(local.host)).viewsByHand).toEqual([]);
  });

  it('a second install adds no second filter condition', async () => {
    const local = onEmptyBase('default');
    await install(local.host, 'zh');
    const again = await install(local.host, 'zh');
    if (again.status !== 'installed') throw new Error(again.status);
    expect(again.added).toBe(0);
    expect((await taskView(local.host, 'bossGrid')).property.filterInfo?.conditions).toHaveLength(1);
  });

  it.each<HostProfileName>(['viewSettingsRefused', 'adverse'])(
    'on %s: the install completes and every setting becomes its step by hand, on the Check page too',
    async (profile) => {
      const local = onEmptyBase(profile);
      const result = await install(local.host, 'zh');
      if (result.status !== 'installed') throw new Error(result.status);
      expect(result.viewsByHand).toEqual(SETTLED);
      expect(SETTLED.length).toBeGreaterThan(0);
      expect((await taskView(local.host, 'bossGrid')).property.filterInfo ?? null).toBeNull();
      expect((await checkBase(local.host)).viewsByHand).toEqual(SETTLED);
    },
  );

  it('a host without the view API (no getViewById): the same steps by hand, the install complete', async () => {
    const local = onEmptyBase('default');
    const base = local.host.base;
    const withoutViewApi = (table: BaseTable): BaseTable =>
      new Proxy(table, { get: (t, p, r) => (p === 'getViewById' ? undefined : Reflect.get(t, p, r)) });
    const noViews: BitableHost = {
      bridge: local.host.bridge,
      base: { ...base, getTableById: async (id) => withoutViewApi(await base.getTableById(id)) },
    };
    const result = await install(noViews, 'zh');
    if (result.status !== 'installed') throw new Error(result.status);
    expect(result.viewsByHand).toEqual(SETTLED);
    expect(result.store.resolution.problems).toEqual([]);
  });

  it('from the Check page: settings a refusing host left are set once it takes them, with no filter twice', async () => {
    const quirks = { refusesViewSettings: true };
    const local = new LocalHost({ state: emptyState([{ id: 'ou_a', name: 'A' }]), quirks });
    await install(local.host, 'zh');
    expect(await applyViewSettings(local.host)).toEqual(SETTLED);
    quirks.refusesViewSettings = false;
    expect(await applyViewSettings(local.host)).toEqual([]);
    const boss = await taskView(local.host, 'bossGrid');
    boss.property.sortInfo = [];
    const table = local.state.tables.find((t) => t.name === '任务')!;
    table.views.find((v) => v.name === '全部专项（老板）')!.property = boss.property;
    expect((await checkBase(local.host)).viewsByHand.map((b) => b.view)).toEqual(['bossGrid']);
    expect(await applyViewSettings(local.host)).toEqual([]);
    const again = await taskView(local.host, 'bossGrid');
    expect([again.property.filterInfo?.conditions.length, again.property.sortInfo?.length]).toEqual([1, 1]);
  });

  it('a view settings call that fails leaves only that view by hand', async () => {
    const local = onEmptyBase('default');
    local.failures.failNext(1, 'before', { method: 'applySetting' });
    const result = await install(local.host, 'zh');
    if (result.status !== 'installed') throw new Error(result.status);
    expect(result.viewsByHand).toHaveLength(1);
    expect(SETTLED).toContainEqual(result.viewsByHand[0]);
  });
});
