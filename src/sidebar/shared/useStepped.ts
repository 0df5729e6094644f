import { useEffect, useState, type DependencyList } from 'react';

export interface Stepped<T> {
  /** The last finished result: the one before while a new one is on its way, so the screen does not blink. */
  value: T | undefined;
  /** A run for the current inputs has not finished yet. */
  pending: boolean;
}

/**
 * Runs a long computation written as a generator one step per turn of the event loop, restarting when `deps`
 * change (a run in progress is dropped). Between steps the page answers clicks and paints: a computation of
 * 300 ms in steps of 60 is no freeze.
 */
export function useStepped<T>(start: () => Generator<void, T>, deps: DependencyList): Stepped<T> {
  const [state, setState] = useState<Stepped<T>>({ value: undefined, pending: true });
  useEffect(() => {
    const steps = start();
    let timer: ReturnType<typeof setTimeout> | undefined;
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    const step = () => {
      const next = steps.next();
      if (next.done) setState({ value: next.value, pending: false });
      else timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
    // The caller's deps decide when to start again, as with useMemo.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
