/**
 * One runner at a time for background work (escalation, live derivation): every open sidebar would otherwise
 * run it on the same events at the same moment, and two writers racing can both add a notice the outbox
 * automation then sends twice. The lease is a 设置 row `runner` = {holder, until}; whoever wrote it last
 * holds it, and every sidebar reads the same row, so at most one believes it does.
 */
import type { BatonStore } from '../store/batonStore';

export const RUNNER_SETTING = 'runner';
export const LEASE_MS = 10 * 60_000;

interface Lease {
  holder: string;
  until: number;
}

function parse(value: unknown): Lease | undefined {
  try {
    const lease = JSON.parse(String(value ?? '')) as Partial<Lease>;
    return typeof lease.holder === 'string' && typeof lease.until === 'number' ? (lease as Lease) : undefined;
  } catch {
    return undefined;
  }
}

async function readLease(store: BatonStore) {
  const rows = await store.readWhere('settings', 'key', RUNNER_SETTING);
  const row = [...rows].sort((a, b) => a.id.localeCompare(b.id))[0];
  return { row, lease: parse(row?.values.value) };
}

/** Takes or renews the lease for `holder` unless someone else holds an unexpired one; says whether it holds it. */
export async function holdLease(
  store: BatonStore,
  holder: string,
  now: number,
  leaseMs = LEASE_MS,
): Promise<boolean> {
  const { row, lease } = await readLease(store);
  if (lease && lease.holder !== holder && lease.until > now) return false;
  const value = JSON.stringify({ holder, until: now + leaseMs });
  if (row) await store.update('settings', [{ id: row.id, values: { value } }]);
  else await store.addKeyed('settings', 'key', [{ key: RUNNER_SETTING, value }], true);
  return (await readLease(store)).lease?.holder === holder;
}

/**
 * Ends `holder`'s lease now, so an open sidebar may take it at once. A lease of someone else, or one that has
 * already run out (someone else may be taking it right now), is left alone.
 */
export async function releaseLease(store: BatonStore, holder: string, now: number): Promise<void> {
  const { row, lease } = await readLease(store);
  if (row && lease?.holder === holder && lease.until > now)
    await store.update('settings', [
      { id: row.id, values: { value: JSON.stringify({ holder, until: now }) } },
    ]);
}
