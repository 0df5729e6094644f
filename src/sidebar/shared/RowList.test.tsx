import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RowList, WINDOWED_FROM } from './RowList';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `t${i}`, title: `Task ${i}` }));

function renderList(n: number) {
  render(
    <RowList
      items={items(n)}
      keyOf={(item) => item.id}
      estimate={50}
      render={(item) => <div data-testid="row">{item.title}</div>}
    />,
  );
  return screen.queryAllByTestId('row');
}

afterEach(cleanup);

describe('RowList', () => {
  it('[SP2] a short list renders every row, in order', () => {
    const rows = renderList(WINDOWED_FROM - 1);
    expect(rows).toHaveLength(WINDOWED_FROM - 1);
    expect(rows[0]!.textContent).toBe('Task 0');
  });

  it('[SP2] a long list renders only the rows near the screen, from the top', () => {
    const rows = renderList(20_000);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]!.textContent).toBe('Task 0');
  });
});
