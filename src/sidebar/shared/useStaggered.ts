import { useEffect, useState } from 'react';

/**
 * How many of `count` heavy parts to show: one more per turn of the event loop. A chart draws synchronously
 * when it mounts, so four at once are one long freeze; one per turn are four short tasks, and the page
 * answers and paints between them.
 */
export function useStaggered(count: number): number {
  const [shown, setShown] = useState(Math.min(1, count));
  useEffect(() => {
    if (shown >= count) return;
    const timer = setTimeout(() => setShown((n) => n + 1), 0);
    return () => clearTimeout(timer);
  }, [shown, count]);
  return shown;
}
