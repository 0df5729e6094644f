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
}

interface PendingCall {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class RoundTripScheduler {
  roundTrips = 0;
  modelledMs = 0;
  private batch: PendingCall[] | undefined;

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

  /** Queues `run` into the open batch; it executes when the batch reaches the host. */
  call<T>(run: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const pending = { run, resolve: resolve as (value: unknown) => void, reject };
      if (this.batch) {
        this.batch.push(pending);
        return;
      }
      this.batch = [pending];
      this.scheduleFlush();
    });
  }

  private scheduleFlush(): void {
    const { clock, windowMs, roundTripMs, defer } = this.options;
    if (clock === 'virtual') {
      (defer ?? ((fn) => setTimeout(fn, 0)))(() => this.deliver(this.takeBatch(), roundTripMs, 0));
      return;
    }
    setTimeout(
      () => this.deliver(this.takeBatch(), roundTripMs, Math.max(0, roundTripMs - windowMs)),
      windowMs,
    );
  }

  private takeBatch(): PendingCall[] {
    const batch = this.batch ?? [];
    this.batch = undefined;
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
