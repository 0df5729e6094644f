import { describe, expect, it } from 'vitest';
import { TODAY_START } from '../core/testBuilders';
import { DEMO_PEOPLE } from '../demo/demoCompany';
import { demoLocalHost } from '../demo/seedDemo';
import { HOST_PROFILES, HOST_PROFILE_NAMES, type HostProfileName } from '../local/hostProfiles';
import { LocalHost } from '../local/localHost';
import { currentLookupSize, DEFAULT_LOOKUP_SIZE, setLookupSize } from '../store/anyOf';
import { BatonStore } from '../store/batonStore';
import { DIAGNOSTICS_SETTING, formatReport, runDiagnostics, saveDiagnostics } from './hostDiagnostics';
import { openSession } from './session';

const BOSS = DEMO_PEOPLE.find((p) => p.role === 'boss')!;
let tick = 0;
const now = () => (tick += 7);

async function diagnose(profile: HostProfileName) {
  const seeded = await demoLocalHost(TODAY_START);
  const local = new LocalHost({ state: seeded.state, quirks: HOST_PROFILES[profile] });
  const store = await BatonStore.open(local.host);
  const tablesBefore = local.state.tables.length;
  const report = await runDiagnostics(local.host, store, { now, eventWaitMs: 50 });
  return { local, store, report, tablesBefore };
}

const value = <T>(outcome: { ok: true; value: T } | { ok: false; error: string }) => {
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value;
};

describe('[RB6] host diagnostics settle each unknown, on every local Base profile', () => {
  it.each(HOST_PROFILE_NAMES)(
    'on %s: each finding is what the profile does, and the scratch table is gone',
    async (profile) => {
      const quirks = HOST_PROFILES[profile] as Record<string, unknown>;
      const { local, report, tablesBefore } = await diagnose(profile);
      expect(value(report.identity)).toEqual({
        cellId: BOSS.userId,
        matches: quirks.bridgeIdsDiffer ? 'neither' : 'both',
      });
      expect(value(report.addTable)).toBe(
        quirks.addTableDefaultPrimary ? 'defaultPrimaryPlusFields' : 'honoured',
      );
      expect(value(report.addView).form).toMatch(quirks.refusedViewTypes ? /^refused/ : /^ok$/);
      expect(value(report.addView).kanban).toBe('ok');
      expect(value(report.byIdsWithDeleted)).toBe(quirks.byIdsOmitsDeleted ? 'omits' : 'fails');
      expect(value(report.largestFilter)).toBe(quirks.maxConditions ?? 200);
      expect(value(report.ownWritesFireEvents)).toBe(true);
      expect(value(report.uploadMs)).toBeGreaterThanOrEqual(0);
      expect(value(report.pageRead).records).toBeGreaterThan(0);
      expect(report.scratchRemoved).toBe(true);
      expect(local.state.tables).toHaveLength(tablesBefore);
      expect(formatReport(report).split('\n')).toHaveLength(10);
    },
  );

  it('what it found is kept in 设置 and used when a session opens: the lookup size', async () => {
    const { local, store, report } = await diagnose('conditionCap');
    await saveDiagnostics(store, report);
    setLookupSize(DEFAULT_LOOKUP_SIZE);
    const session = await openSession(local.host, { retry: { attempts: 1, backoffMs: 0 } });
    expect(session.kind).toBe('ready');
    expect(session.store.setting(DIAGNOSTICS_SETTING)).toContain('largestFilter');
    expect(currentLookupSize()).toBe(HOST_PROFILES.conditionCap.maxConditions);
  });
});
