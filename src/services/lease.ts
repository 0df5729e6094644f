/**
 * One runner at a time for background work (services/background.ts): every open sidebar would otherwise
 * run it on the same events at the same moment, and two writers racing can both add a notice the outbox
 * automation then sends twice. The lease is a 设置 row `runner` = {holder, until}. There is no compare-and-set
 * and each client reads its own copy, which hears others' writes only after a sync delay: two takers that
 * both found it free both write and both read their own write back. So a taker waits `SETTLE_MS` (settle.ts) before
 * reading again, and then every copy lists the same row (the smallest id when both added one) with the same
 * value (the last write of the cell): at most one believes it holds it, as long as copies sync within that wait.
 */
import type { BatonStore } from '../store/batonStore';
import { SETTLE_MS, type Wait } from './settle';

export type { Wait } from './settle';

export const RUNNER_SETTING = 'runner';
export const LEASE_MS = 10 * 60_000;
/** A sidebar trusts the lease it holds until this long before it ends, then reads it again and renews it. */
export const LEASE_MARGIN_MS = 60_000;
/**
 * How far another writer's clock may run ahead of ours: a lease ending later than a whole lease plus this from
 * now was typed by hand or written by a clock far ahead, and is not obeyed.
 */
export const CLOCK_SLACK_MS = 60_000;

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
  const [row, ...extra] = [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return { row, lease: parse(row?.values.value), extra };
}

/** Whether `lease` binds someone asking at `now`: unexpired, and not further ahead than any lease is written. */
function binding(lease: Lease, now: number, leaseMs: number): boolean {
  return lease.until > now && !tooFarAhead(lease, now, leaseMs);
}

const tooFarAhead = (lease: Lease, now: number, leaseMs: number) =>
  lease.until > now + Math.max(leaseMs, LEASE_MS) + CLOCK_SLACK_MS;

/**
 * [X7] The lease in 设置 when nobody may obey it: it ends further ahead than any lease is written (typed by
 * hand, or by a computer whose clock runs ahead). Runners replace it, and say so: a clock far ahead will write
 * it again, and someone has to set that clock right.
 */
export async function invalidLease(store: BatonStore, now: number, leaseMs = LEASE_MS) {
  const { lease } = await readLease(store);
  return lease && tooFarAhead(lease, now, leaseMs) ? lease : undefined;
}

/** Takes or renews the lease for `holder` unless someone else holds a binding one; says whether it holds it. */
export async function holdLease(
  store: BatonStore,
  holder: string,
  now: number,
  leaseMs = LEASE_MS,
  wait?: Wait,
): Promise<boolean> {
  const { row, lease } = await readLease(store);
  const mine = lease?.holder === holder && binding(lease, now, leaseMs);
  if (lease && lease.holder !== holder && binding(lease, now, leaseMs)) return false;
  const value = JSON.stringify({ holder, until: now + leaseMs });
  if (row) await store.update('settings', [{ id: row.id, values: { value } }]);
  else await store.addKeyed('settings', 'key', [{ key: RUNNER_SETTING, value }], true);
  // [X1] A renewal races no one: whoever saw our binding lease stayed away. A taking may race another taker.
  if (!mine && wait) await wait(SETTLE_MS);
  const after = await readLease(store);
  // Two takers who both found no row both added one; the first is the lease, a later one of ours is removed.
  const ours = after.extra.filter((r) => parse(r.values.value)?.holder === holder).map((r) => r.id);
  if (ours.length > 0) await store.remove('settings', ours).catch(() => undefined);
  return after.lease?.holder === holder;
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

/**
 * One holder's view of its lease. A lease it holds is trusted until `marginMs` before it ends, so most checks
 * cost no round trip; a margin as long as the lease checks every time. Checks asked for at the same moment
 * share one round trip.
 */
export class LeaseKeeper {
  private heldUntil = 0;
  private inFlight: Promise<boolean> | undefined;

  constructor(
    readonly holder: string,
    private readonly clock: () => number,
    private readonly options: { leaseMs: number; marginMs: number; wait?: Wait } = {
      leaseMs: LEASE_MS,
      marginMs: LEASE_MARGIN_MS,
    },
  ) {}

  hold(store: BatonStore): Promise<boolean> {
    const now = this.clock();
    if (this.heldUntil - this.options.marginMs > now) return Promise.resolve(true);
    this.inFlight ??= holdLease(store, this.holder, now, this.options.leaseMs, this.options.wait)
      .then((held) => {
        this.heldUntil = held ? now + this.options.leaseMs : 0;
        return held;
      })
      .finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  release(store: BatonStore): Promise<void> {
    this.heldUntil = 0;
    return releaseLease(store, this.holder, this.clock());
  }
}
