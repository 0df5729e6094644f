/** The rows in view of one table, fetched from the worker by span (rowWindow.ts) and again after changes. */
import { useEffect, useState } from 'react';
import type { GridRow } from './gridData';
import { covers, spanFor, type RowSpan } from './rowWindow';
import type { WorkerBase } from './workerHost';

interface Held extends RowSpan {
  tableId: string;
  version: number;
  rows: GridRow[];
}

/** Row `index` once fetched; `first`..`last` are the rows in view, `version` the Base's change count. */
export function useRows(
  base: WorkerBase,
  tableId: string,
  total: number,
  view: { first: number; last: number },
  version: number,
): (index: number) => GridRow | undefined {
  const [held, setHeld] = useState<Held>();
  const fresh = held?.tableId === tableId && held.version === version;
  const needed = !fresh || !covers(held, view.first, view.last);
  const span = spanFor(view.first, view.last, total);
  useEffect(() => {
    if (!needed) return;
    let live = true;
    void base.control('rows', tableId, span.from, span.count).then(
      (rows) => live && setHeld({ tableId, version, from: span.from, count: rows.length, rows }),
      () => {}, // The table went away with a replaced Base: the next outline no longer shows it.
    );
    return () => {
      live = false;
    };
  }, [base, tableId, version, needed, span.from, span.count]);
  return (index) =>
    held?.tableId === tableId && index >= held.from ? held.rows[index - held.from] : undefined;
}
