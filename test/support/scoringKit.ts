/** The demo company with 直播课堂策划 accepted, for the scoring service tests. */
import { demoBase, TEST_NOW } from './baseFixture';
import { HOUR } from '../../src/core/time';
import type { LocalHost } from '../../src/local/localHost';
import type { BitableHost } from '../../src/port/bitableBase';
import { DEFAULT_SCORING } from '../../src/core/scoring/settings';
import { deriveWanted } from '../../src/core/scoring/rules';
import { uniqueEntries, type LedgerEntry } from '../../src/core/scoring/ledger';
import { BatonStore } from '../../src/store/batonStore';
import { readLedger } from '../../src/services/scoring/scoringState';
import { readSourceFacts } from '../../src/services/scoring/scoringSources';

export const RETRY = { retry: { attempts: 4, backoffMs: 0 } };
export const ACCEPTED_AT = TEST_NOW - HOUR;

export async function open(client: { host: BitableHost }): Promise<BatonStore> {
  return BatonStore.open(client.host, RETRY);
}

/** The demo with the livestream task and all its stages accepted an hour ago. */
export async function acceptedDemo(): Promise<{ local: LocalHost; store: BatonStore; liveId: string }> {
  const local = await demoBase();
  const store = await open(local);
  const { tasks } = await store.loadCore();
  const live = tasks.find((t) => t.title === '直播课堂策划')!;
  const family = tasks.filter((t) => t.id === live.id || t.parentId === live.id);
  await store.update(
    'tasks',
    family.map((t) => ({ id: t.id, values: { status: 'done', completedAt: ACCEPTED_AT } })),
  );
  return { local, store: await open(local), liveId: live.id };
}

/** What the final facts call for, as `key-less` lines: member, period, points. */
export async function expectedTotals(store: BatonStore): Promise<Map<string, number>> {
  const data = { ...(await store.loadCore()), ...(await readSourceFacts(store)) };
  const totals = new Map<string, number>();
  for (const w of deriveWanted(data, DEFAULT_SCORING).wanted) {
    const k = `${w.memberId}|${w.period}`;
    totals.set(k, Math.round(((totals.get(k) ?? 0) + w.points) * 100) / 100);
  }
  return totals;
}

export function ledgerTotals(entries: LedgerEntry[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const e of uniqueEntries(entries)) {
    const k = `${e.memberId}|${e.period}`;
    totals.set(k, Math.round(((totals.get(k) ?? 0) + e.points) * 100) / 100);
  }
  for (const [k, v] of totals) if (v === 0) totals.delete(k);
  return totals;
}

/** What scoring wrote: the demo's seeded history (`history:` keys) left out. */
export async function ledgerOf(local: LocalHost): Promise<LedgerEntry[]> {
  return (await readLedger(await open(local))).filter((e) => !e.key.startsWith('history:'));
}
