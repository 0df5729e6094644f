/**
 * The round-trip model of the real runtime: calls made within `windowMs` of each other travel in one host
 * round trip. `real` waits in wall time (playground); `virtual` only advances a modelled clock (bench, tests).
 */
export interface LatencyOptions {
  roundTripMs: number;
  windowMs: number;
  clock: 'real' | 'virtual';
  /** How a virtual round trip yields to the event loop; Node's setImmediate is faster than setTimeout. */
  defer?: (fn: () => void) => void;
  /**
   * As the SDK's runtime does: only calls of the same method share a round trip, and bridge and base calls
   * (`UNBUNDLED`) never do. Unset, any calls made together share one.
   */
  perMethod?: boolean;
}

/** Methods the SDK's runtime never bundles: each is a round trip of its own. */
export const UNBUNDLED: ReadonlySet<string> = new Set([
  'getUserId',
  'getBaseUserId',
  'getLanguage',
  'getTheme',
  'getEnv',
  'getData',
  'setData',
  'getTableMetaList',
  'getPermission',
  'addTable',
  'deleteTable',
  'batchUploadFile',
]);

interface PendingCall {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class RoundTripScheduler {
  roundTrips = 0;
  modelledMs = 0;
  private readonly batches = new Map<string, PendingCall[]>();
  private solo = 0;

  constructor(
    private options: LatencyOptions,
    /** Told each modelled round trip before its calls run, so the Base's virtual clock moves with them. */
    private readonly onRoundTrip: (modelledMs: number) => void = () => {},
  ) {}

  configure(options: Partial<LatencyOptions>): void {
    this.options = { ...this.options, ...options };
  }

  resetCounters(): void {
    this.roundTrips = 0;
    this.modelledMs = 0;
  }

  /** Queues `run` into the open batch for its method; it executes when the batch reaches the host. */
  call<T>(run: () => T, method = ''): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const pending = { run, resolve: resolve as (value: unknown) => void, reject };
      const key = this.batchKey(method);
      const open = this.batches.get(key);
      if (open) {
        open.push(pending);
        return;
      }
      this.batches.set(key, [pending]);
      this.scheduleFlush(key);
    });
  }

  private batchKey(method: string): string {
    if (!this.options.perMethod) return '';
    return UNBUNDLED.has(method) ? `${method}#${++this.solo}` : method;
  }

  private scheduleFlush(key: string): void {
    const { clock, windowMs, roundTripMs, defer } = this.options;
    if (clock === 'virtual') {
      (defer ?? ((fn) => setTimeout(fn, 0)))(() => this.deliver(this.takeBatch(key), roundTripMs, 0));
      return;
    }
    setTimeout(
      () => this.deliver(this.takeBatch(key), roundTripMs, Math.max(0, roundTripMs - windowMs)),
      windowMs,
    );
  }

  private takeBatch(key: string): PendingCall[] {
    const batch = this.batches.get(key) ?? [];
    this.batches.delete(key);
    return batch;
  }

  private deliver(batch: PendingCall[], modelledMs: number, waitMs: number): void {
    this.roundTrips += 1;
    this.modelledMs += modelledMs;
    this.onRoundTrip(modelledMs);
    const outcomes = batch.map((pending) => {
      try {
        return { ok: true as const, value: pending.run() };
      } catch (error) {
        return { ok: false as const, error };
      }
    });
    const settle = () =>
      batch.forEach((pending, i) => {
        const outcome = outcomes[i]!;
        if (outcome.ok) pending.resolve(outcome.value);
        else pending.reject(outcome.error);
      });
    if (waitMs > 0) setTimeout(settle, waitMs);
    else settle();
  }
}
