import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyState } from '../local/localState';
import { FieldType } from '../port/bitableBase';
import { inProcessWorker } from './inProcessWorker';
import { TableGrid } from './TableGrid';
import { usePlayground } from './usePlayground';
import { workerBase, type WorkerBase } from './workerHost';

afterEach(cleanup);

async function baseWithTable(rows: number) {
  const base = await workerBase(inProcessWorker(), {
    state: emptyState([{ id: 'ou_a', name: 'A' }], 'ou_a'),
    latency: { roundTripMs: 0, windowMs: 0 },
  });
  const { tableId } = await base.host.base.addTable({
    name: 'T',
    fields: [
      { type: FieldType.Text, name: 'title' },
      { type: FieldType.Checkbox, name: 'done' },
    ],
  });
  for (let i = 0; i < rows; i++) await base.control('addRow', tableId);
  return { base, tableId };
}

function Grid({ base }: { base: WorkerBase }) {
  const { outline, version } = usePlayground(base);
  return outline ? <TableGrid base={base} outline={outline} version={version} /> : null;
}

const cells = (field: string) =>
  [...document.querySelectorAll(`tbody td[data-field="${field}"]`)].map((td) => td.textContent);

describe('[PG3] the playground grid edits the Base in the worker', () => {
  it('shows the count in the tab, toggles a checkbox and types into a cell', async () => {
    const { base } = await baseWithTable(2);
    render(<Grid base={base} />);
    await screen.findByText('T (2)');
    await waitFor(() => expect(cells('done')).toEqual(['', '']));
    fireEvent.click(document.querySelector('tbody td[data-field="done"]')!);
    await waitFor(() => expect(cells('done')).toEqual(['☑', '']));
    fireEvent.click(document.querySelectorAll('tbody td[data-field="title"]')[1]!);
    fireEvent.change(screen.getByTestId('cell-editor'), { target: { value: '海报' } });
    fireEvent.keyDown(screen.getByTestId('cell-editor'), { key: 'Enter' });
    await waitFor(() => expect(cells('title')).toEqual(['', '海报']));
  });

  it('an edit typed into a row just added lands on that row, not the one above', async () => {
    const { base, tableId } = await baseWithTable(1);
    render(<Grid base={base} />);
    await screen.findByText('T (1)');
    await waitFor(() => expect(cells('title')).toEqual(['']));
    fireEvent.click(screen.getByTestId('add-row'));
    // The new row is there before the worker has answered.
    expect(cells('title')).toEqual(['', '']);
    fireEvent.click(document.querySelectorAll('tbody td[data-field="title"]')[1]!);
    fireEvent.change(screen.getByTestId('cell-editor'), { target: { value: '新行' } });
    fireEvent.keyDown(screen.getByTestId('cell-editor'), { key: 'Enter' });
    await screen.findByText('T (2)');
    await waitFor(() => expect(cells('title')).toEqual(['', '新行']));
    const rows = await base.control('rows', tableId, 0, 2);
    expect(rows.map((r) => r.texts[Object.keys(r.texts)[0]!])).toEqual(['', '新行']);
  });
});
