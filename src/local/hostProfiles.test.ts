import { describe, expect, it } from 'vitest';
import { HOST_PROFILES, hostProfile, type HostQuirks } from './hostProfiles';
import { LocalHost } from './localHost';
import { emptyState } from './localState';
import { describePortContract } from '../../test/support/portContract';
import { VIEW_SETTERS_POINT, VIEW_SETTINGS_POINT } from '../../test/support/portContractViews';

const VIRTUAL = { clock: 'virtual', roundTripMs: 25, windowMs: 5 } as const;

async function withTable(quirks: HostQuirks) {
  const local = new LocalHost({ state: emptyState([{ id: 'ou_a', name: 'A' }]), latency: VIRTUAL, quirks });
  const { tableId } = await local.host.base.addTable({ name: 'T', fields: [] });
  const table = await local.host.base.getTableById(tableId);
  local.scheduler.resetCounters();
  return { local, table, tableId };
}

describe('[RB7] host profiles', () => {
  it('a name picks its profile; an unknown or missing one picks the default', () => {
    expect(hostProfile('adverse')).toBe('adverse');
    expect(hostProfile('nonsense')).toBe('default');
    expect(hostProfile(null)).toBe('default');
  });

  it('by default any calls made together share a round trip', async () => {
    const { local, table } = await withTable({});
    await Promise.all([table.getRecordsByPage({}), table.getFieldMetaList(), local.host.bridge.getUserId()]);
    expect(local.scheduler.roundTrips).toBe(1);
  });

  it('with SDK bundling only one method shares a round trip, bridge calls never, getTableById costs two', async () => {
    const { local, table, tableId } = await withTable(HOST_PROFILES.sdkBundling);
    await Promise.all([table.getRecordsByPage({}), table.getRecordsByPage({ pageSize: 10 })]);
    expect(local.scheduler.roundTrips).toBe(1);
    local.scheduler.resetCounters();
    await Promise.all([table.getRecordsByPage({}), table.getFieldMetaList()]);
    expect(local.scheduler.roundTrips).toBe(2);
    local.scheduler.resetCounters();
    await Promise.all([local.host.bridge.getUserId(), local.host.bridge.getLanguage()]);
    expect(local.scheduler.roundTrips).toBe(2);
    local.scheduler.resetCounters();
    await local.host.base.getTableById(tableId);
    expect(local.scheduler.roundTrips).toBe(2);
    expect(local.calls.byMethod.isTableExist).toBeGreaterThanOrEqual(2);
  });

  it('the adverse profile turns every reading on', async () => {
    const { local } = await withTable(HOST_PROFILES.adverse);
    expect(local.quirks).toMatchObject({ bridgeIdsDiffer: true, byIdsOmitsDeleted: true, sdkBundling: true });
    expect(await local.host.bridge.getUserId()).not.toBe(local.state.session.userId);
  });
});

describePortContract(
  'LocalHost, adverse host profile',
  () => new LocalHost({ state: emptyState([{ id: 'ou_a', name: 'A' }]), quirks: HOST_PROFILES.adverse }).host,
  {
    skip: {
      [VIEW_SETTINGS_POINT]: 'this reading refuses view settings (installProfiles.test.ts covers it)',
      [VIEW_SETTERS_POINT]: 'this reading refuses form views',
    },
  },
);
