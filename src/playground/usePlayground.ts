/** The page's view of the Base in the worker: its outline, re-read after changes settle. */
import { useEffect, useState } from 'react';
import type { BaseOutline } from './gridData';
import type { WorkerBase } from './workerHost';

/** A burst of writes (an install, a sidebar action) is read once, after this quiet time. */
const SETTLE_MS = 60;

export interface PlaygroundView {
  outline: BaseOutline | undefined;
  /** Counts the changes read so far: rows on screen are fetched again when it moves. */
  version: number;
}

export function usePlayground(base: WorkerBase): PlaygroundView {
  const [view, setView] = useState<PlaygroundView>({ outline: undefined, version: 0 });
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      timer = undefined;
      void base.control('outline').then((outline) => {
        if (live) setView((v) => ({ outline, version: v.version + 1 }));
      });
    };
    const stop = base.onChange(() => {
      timer ??= setTimeout(read, SETTLE_MS);
    });
    read();
    return () => {
      live = false;
      clearTimeout(timer);
      stop();
    };
  }, [base]);
  return view;
}
