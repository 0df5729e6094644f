/** Runs work once the page is idle (or soon, where the browser cannot say), off the path of what is painting. */
export function whenIdle(work: () => void, timeoutMs = 5_000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: timeoutMs });
  else setTimeout(work, 0);
}
