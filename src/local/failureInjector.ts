/**
 * Makes host calls fail like the real SDK does: before the host applies them, after (the answer is lost), or
 * late (the caller gives up at its deadline, and the call still lands on the Base afterwards).
 */
import { HostError, HostErrorCode } from '../port/hostErrors';
import { timeoutError } from '../port/withTimeouts';

export type FailureTiming = 'before' | 'after' | 'late';

/** The deadline `withTimeouts` gives every call by default: a late call's caller reports it as passed. */
const DEADLINE_MS = 15_000;

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
  /** How long after reaching the Base a late call lands, in the Base's clock. */
  lateDelayMs = 0;
  injected = 0;

  failNext(count: number, timing: FailureTiming = 'before', only: CallMatch = {}): void {
    this.remaining = count;
    this.timing = timing;
    this.only = only;
  }

  /** The next `count` calls time out for their caller, and take effect `delayMs` later. */
  lateNext(count: number, delayMs: number, only: CallMatch = {}): void {
    this.failNext(count, 'late', only);
    this.lateDelayMs = delayMs;
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

  error(method: string, timing: FailureTiming = 'before'): HostError {
    this.injected += 1;
    if (timing === 'late') return timeoutError(DEADLINE_MS);
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
