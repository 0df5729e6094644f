/**
 * Each Feishu client reads its own copy of the Base, which hears other clients' writes only after a sync
 * delay; there is no transaction and no compare-and-set. A writer racing another therefore reads its own write
 * back and cannot tell it lost. Waiting a while on the host's clock and reading again settles it: by then every
 * copy holds the same row, in which a record's cells keep the last write that landed.
 */

/** How long a writer waits for competing writes to reach its copy; copies are assumed to sync within it. */
export const SETTLE_MS = 5_000;

/** Waits `ms` on the host's clock (a timer in a sidebar or a run; the local Base's clock in tests). */
export type Wait = (ms: number) => Promise<void>;
