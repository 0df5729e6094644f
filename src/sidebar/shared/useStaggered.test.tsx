import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStaggered } from './useStaggered';

function Parts({ count, seen }: { count: number; seen: number[] }) {
  const shown = useStaggered(count);
  seen.push(shown);
  return <div data-testid="shown">{shown}</div>;
}

const turn = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('useStaggered', () => {
  it('[SP20] shows one part at first, then one more per turn until all are shown', async () => {
    const seen: number[] = [];
    render(<Parts count={4} seen={seen} />);
    expect(seen[0]).toBe(1);
    for (let i = 0; i < 6; i++) await turn();
    expect(screen.getByTestId('shown').textContent).toBe('4');
    expect([...new Set(seen)]).toEqual([1, 2, 3, 4]);
  });

  it('[SP20] shows nothing when there is nothing to show', () => {
    const seen: number[] = [];
    render(<Parts count={0} seen={seen} />);
    expect(seen).toEqual([0]);
  });
});
