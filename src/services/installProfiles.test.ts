import { describe, expect, it } from 'vitest';
import { HOST_PROFILES, type HostProfileName } from '../local/hostProfiles';
import { LocalHost } from '../local/localHost';
import { emptyState } from '../local/localState';
import { TABLES } from '../schema/tables';
import { BatonStore } from '../store/batonStore';
import { install } from './installer';

const USERS = [{ id: 'ou_a', name: 'A' }];
const onEmptyBase = (profile: HostProfileName) =>
  new LocalHost({ state: emptyState(USERS), quirks: HOST_PROFILES[profile] });

describe('[RB5] install under every reading of addTable and addView', () => {
  it.each<HostProfileName>(['default', 'addTableDefaultPrimary', 'adverse'])(
    'on %s: every table with every field, nothing left over, and the install map saved',
    async (profile) => {
      const local = onEmptyBase(profile);
      const result = await install(local.host, 'zh');
      expect(result.status).toBe('installed');
      const store = await BatonStore.open(local.host, { withViews: true });
      const problems = store.resolution.problems.filter((p) => p.kind !== 'missingView');
      expect(problems).toEqual([]);
      for (const spec of TABLES) {
        const table = local.state.tables.find((t) => t.name === spec.names.zh)!;
        // Links come last: they wait for the tables they point to.
        expect(table.fields.map((f) => f.name).sort()).toEqual(spec.fields.map((f) => f.names.zh).sort());
        expect(table.fields.find((f) => f.isPrimary)?.name).toBe(spec.fields[0]!.names.zh);
      }
      expect(store.installMap.tables.tasks?.id).toBe(store.table('tasks').id);
    },
  );

  it('a host refusing form views: the install completes and names the refused views', async () => {
    const local = onEmptyBase('addViewRefusesForm');
    const result = await install(local.host, 'zh');
    if (result.status !== 'installed') throw new Error(result.status);
    const forms = TABLES.flatMap((t) => t.views.filter((v) => v.kind === 'form').map((v) => v.key));
    expect(result.refusedViews.map((r) => r.view).sort()).toEqual(forms.sort());
    expect(forms.length).toBeGreaterThan(0);
    const missing = result.store.resolution.problems.map((p) => (p.kind === 'missingView' ? p.view : p.kind));
    expect(missing.sort()).toEqual(forms.sort());
  });

  it('an install that fails part way has saved the map of what it made; the next one completes it', async () => {
    const local = onEmptyBase('default');
    local.failures.failNext(1, 'before', { method: 'setField' });
    await expect(install(local.host, 'zh')).rejects.toThrow();
    const partial = await BatonStore.open(local.host);
    expect(partial.installMap.tables.settings?.id).toBe(partial.table('settings').id);
    const again = await install(local.host, 'zh');
    expect(again.status).toBe('installed');
    expect(local.state.tables).toHaveLength(TABLES.length);
    expect((await BatonStore.open(local.host, { withViews: true })).resolution.problems).toEqual([]);
  });
});
