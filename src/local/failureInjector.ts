/** Makes host calls fail like the real SDK does: before the host applies them, or after (the answer is lost). */
import { HostError, HostErrorCode } from '../port/hostErrors';

export type FailureTiming = 'before' | 'after';

/** Which calls `failNext` counts: a method, a table, or both; every call when absent. */
export interface CallMatch {
  method?: string;
  tableId?: string;
}

export class FailureInjector {
  private remaining = 0;
  private rate = 0;
  private timing: FailureTiming = 'before';
  private seed = 1;
  private only: CallMatch = {};
  injected = 0;

  failNext(count: number, timing: FailureTiming = 'before', only: CallMatch = {}): void {
    this.remaining = count;
    this.timing = timing;
    this.only = only;
  }

  failRate(rate: number, timing: FailureTiming = 'before', seed = 1): void {
    this.rate = rate;
    this.timing = timing;
    this.seed = seed;
  }

  clear(): void {
    this.remaining = 0;
    this.rate = 0;
  }

  /** Decides once per call whether it fails, and when. */
  draw(method?: string, tableId?: string): FailureTiming | undefined {
    const { method: m, tableId: t } = this.only;
    if (this.remaining > 0 && (!m || m === method) && (!t || t === tableId)) {
      this.remaining -= 1;
      return this.timing;
    }
    return this.rate > 0 && this.random() < this.rate ? this.timing : undefined;
  }

  error(method: string): HostError {
    this.injected += 1;
    return new HostError(HostErrorCode.RecordUnknown, `${method} failed: unknown error (injected)`);
  }

  // A small deterministic generator (mulberry32) so failure runs are reproducible.
  private random(): number {
    this.seed = (this.seed + 0x6d2b79f5) | 0;
    let t = this.seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
