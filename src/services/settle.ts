/**
 * Each Feishu client reads its own copy of the Base, which hears other clients' writes only after a sync
 * delay; there is no transaction and no compare-and-set. A writer racing another therefore reads its own write
 * back and cannot tell it lost. Waiting a while on the host's clock and reading again settles it: by then every
 * copy lists the same intents (history rows), and the first of them by the Base's own creation time, then by
 * record id, is the outcome — on every copy alike, whatever the writers' clocks say. Claims ([R5]) and every
 * other contested action ([X5], contest.ts) are decided this way.
 */
import { winningClaim } from '../core/responsibility';
import { sleep } from '../store/retry';

/**
 * [X9] How long a writer waits for competing writes to reach its copy; copies are assumed to sync within it.
 * The sidebar, the automations and the suite all wait this long: Feishu's real sync delay between two users'
 * clients is not known until the host diagnostics measure it, and a wait shorter than that delay lets two
 * writers both believe they won, so this errs long (an action answers a few seconds later, nothing worse).
 */
export const SETTLE_MS = 5_000;

/** Waits `ms` on the host's clock (a timer in a sidebar or a run; the local Base's clock in tests). */
export type Wait = (ms: number) => Promise<void>;

/** The wait of a Base with one copy, where every write is heard at once. */
export const noWait: Wait = async () => undefined;

/** A sidebar's or a run's wait: a timer. */
export const timerWait: Wait = sleep;

/** Reads once competing writes have had the settle time to reach this copy (at once without a wait). */
export async function settled<R>(wait: Wait | undefined, read: () => Promise<R>): Promise<R> {
  if (wait) await wait(SETTLE_MS);
  return read();
}

/** The first of competing intents: the earliest by the Base's creation time, ties to the smaller record id. */
export const firstByHost: <T extends { id: string; createdAt?: number }>(intents: T[]) => T | undefined =
  winningClaim;

let sidebarWait: Wait = sleep;

/**
 * The wait an open sidebar passes to its actions and its runner lease: a timer of the real time, unless the
 * host has one copy of the Base (the playground, the component tests), where there is nothing to wait for.
 */
export const sidebarSettle: Wait = (ms) => sidebarWait(ms);

export function setSidebarWait(wait: Wait): void {
  sidebarWait = wait;
}
