/**
 * The Base's own clock: what stamps created times and when delayed effects (replica sync, late answers) land.
 * `real` follows wall time and fires its timers with setTimeout; `virtual` only moves when the round-trip
 * model or a test advances it, so runs are deterministic and never wait.
 */
interface Timer {
  at: number;
  run: () => void;
  handle?: ReturnType<typeof setTimeout>;
}

export class LocalClock {
  private virtualNow: number;
  private timers: Timer[] = [];

  constructor(
    readonly mode: 'real' | 'virtual',
    start = Date.now(),
  ) {
    this.virtualNow = start;
  }

  now(): number {
    return this.mode === 'real' ? Date.now() : this.virtualNow;
  }

  /** Runs `run` once `delayMs` of this clock have passed; timers due together run in the order they were set. */
  at(delayMs: number, run: () => void): void {
    const timer: Timer = { at: this.now() + delayMs, run };
    const index = this.timers.findIndex((t) => t.at > timer.at);
    this.timers.splice(index < 0 ? this.timers.length : index, 0, timer);
    // Timers may fire a little before Date.now() reaches `at`: run up to the timer itself, not to the wall time.
    if (this.mode === 'real')
      timer.handle = setTimeout(() => this.runUntil(Math.max(Date.now(), timer.at)), delayMs);
  }

  /** Moves a virtual clock forward, running what falls due; a real clock runs early what falls due within `ms`. */
  advance(ms: number): void {
    const target = this.now() + ms;
    this.runUntil(target);
    if (this.mode === 'virtual') this.virtualNow = Math.max(this.virtualNow, target);
  }

  /** Runs every pending timer, including those set while flushing; a virtual clock ends at the last one's time. */
  flush(): void {
    while (this.timers.length > 0) this.runUntil(this.timers[this.timers.length - 1]!.at);
  }

  get pending(): number {
    return this.timers.length;
  }

  private runUntil(limit: number): void {
    while (this.timers.length > 0 && this.timers[0]!.at <= limit) {
      const timer = this.timers.shift()!;
      clearTimeout(timer.handle);
      if (this.mode === 'virtual') this.virtualNow = Math.max(this.virtualNow, timer.at);
      timer.run();
    }
  }
}
