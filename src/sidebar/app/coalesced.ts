/**
 * Runs `run` once for a burst of calls to `schedule`: on the next turn of the event loop (so the rest of the
 * burst, handed over in the same turn, joins it), and while it runs, further calls ask for one more run after
 * it, however many they are. No fixed delay.
 */
export function coalesced(run: () => Promise<unknown>): { schedule: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  let again = false;
  let cancelled = false;
  const go = async () => {
    timer = undefined;
    busy = true;
    do {
      again = false;
      await run().catch(() => undefined); // the caller reports its own failures
    } while (again && !cancelled);
    busy = false;
  };
  return {
    schedule: () => {
      if (cancelled) return;
      if (busy) again = true;
      else timer ??= setTimeout(() => void go(), 0);
    },
    cancel: () => {
      cancelled = true;
      clearTimeout(timer);
    },
  };
}
