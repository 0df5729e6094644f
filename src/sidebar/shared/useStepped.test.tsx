import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useStepped } from './useStepped';

/** Counts to `to`, one step per number, logging every step it runs. */
function* counting(to: number, log: (number | string)[]): Generator<void, number> {
  for (let i = 1; i <= to; i++) {
    log.push(i);
    if (i < to) yield;
  }
  return to;
}

function Counter({ to, log }: { to: number; log: (number | string)[] }) {
  const { value, pending } = useStepped(() => counting(to, log), [to]);
  return <div data-testid="out">{`${value ?? '-'}${pending ? ' …' : ''}`}</div>;
}

/** Other work on the page: one tick per turn of the event loop, until stopped. */
function ticking(log: (number | string)[]) {
  let on = true;
  const tick = () => {
    if (!on) return;
    log.push('tick');
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return () => (on = false);
}

afterEach(cleanup);

describe('useStepped', () => {
  it('[DB23] runs no step while rendering and lets other work run between steps', async () => {
    const log: (number | string)[] = [];
    render(<Counter to={3} log={log} />);
    expect(log).toEqual([]);
    expect(screen.getByTestId('out').textContent).toBe('- …');
    const stop = ticking(log);
    await waitFor(() => expect(screen.getByTestId('out').textContent).toBe('3'));
    stop();
    const steps = log.map((x, i) => [x, i] as const).filter(([x]) => x !== 'tick');
    expect(steps.map(([x]) => x)).toEqual([1, 2, 3]);
    // Between one step and the next, the page's other work had a turn.
    for (let k = 1; k < steps.length; k++)
      expect(log.slice(steps[k - 1]![1], steps[k]![1])).toContain('tick');
  });

  it('[DB23] keeps the last result while a new run is on its way and drops a run its inputs replaced', async () => {
    const log: (number | string)[] = [];
    const view = render(<Counter to={2} log={log} />);
    await waitFor(() => expect(screen.getByTestId('out').textContent).toBe('2'));
    log.length = 0;
    view.rerender(<Counter to={5} log={log} />);
    expect(screen.getByTestId('out').textContent).toBe('2 …');
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    view.rerender(<Counter to={4} log={log} />);
    await waitFor(() => expect(screen.getByTestId('out').textContent).toBe('4'));
    // The run to 5 was dropped before it got far: it never counted to 5, and the run to 4 counted from 1.
    expect(log).not.toContain(5);
    expect(log.slice(log.lastIndexOf(1))).toEqual([1, 2, 3, 4]);
  });
});
