/**
 * Long tasks (over 50 ms) of this page and its same-origin sidebar frame, which share one main thread; the
 * page's observer sees the frame's tasks too.
 */
const tasks: { start: number; end: number; duration: number }[] = [];
let watching = false;

export function watchLongTasks(): void {
  if (watching) return;
  watching = true;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      tasks.push({ start: e.startTime, end: e.startTime + e.duration, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The longest task that started at or after `since` (0 when none). */
export function longestSince(since: number): number {
  return tasks.filter((t) => t.start >= since).reduce((most, t) => Math.max(most, t.duration), 0);
}

/** Waits until no long task has run for `quietMs` (at most `capMs`); the longest task since `since`. */
export async function quietSince(since: number, quietMs = 1500, capMs = 30_000): Promise<number> {
  const start = performance.now();
  for (;;) {
    const lastEnd = tasks.reduce((last, t) => Math.max(last, t.end), since);
    const now = performance.now();
    if (now - Math.max(lastEnd, since) >= quietMs || now - start >= capMs) return longestSince(since);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
