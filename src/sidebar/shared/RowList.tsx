/**
 * [SP2] A list of rows that renders only the rows near the screen once it is long: at 20,000 tasks a list of
 * every row held tens of thousands of DOM nodes. Short lists render every row, as before (nothing to gain,
 * and their rows stay in the DOM for find-in-page). The sidebar scrolls as a page, so the window is the
 * scroller; each list knows where it starts on the page (measured after every render).
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { Fragment, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** From this many rows on, only those near the screen are rendered. */
export const WINDOWED_FROM = 60;
const OVERSCAN = 8;

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** A typical row's height in px, before it is measured. */
  estimate: number;
  render: (item: T) => ReactNode;
}

export function RowList<T>(props: Props<T>) {
  if (props.items.length < WINDOWED_FROM)
    return props.items.map((item) => <Fragment key={props.keyOf(item)}>{props.render(item)}</Fragment>);
  return <WindowedRows {...props} />;
}

function WindowedRows<T>({ items, keyOf, estimate, render }: Props<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  // Rows are placed relative to the list whatever this says; it only decides which rows are near the screen,
  // with the overscan as slack, so measuring when the rows change is enough.
  useLayoutEffect(() => {
    const measured = ref.current ? ref.current.getBoundingClientRect().top + window.scrollY : 0;
    if (Math.abs(measured - top) >= 1) setTop(measured);
  }, [items, top]);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimate,
    overscan: OVERSCAN,
    scrollMargin: top,
    getItemKey: (index) => keyOf(items[index]!),
    // A row with no height (in a hidden screen) keeps its estimate: zero heights would put every row on screen.
    measureElement: (element) => element.getBoundingClientRect().height || estimate,
  });
  return (
    <div ref={ref} className="baton-rows" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => (
        <div
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          className="baton-rows-item"
          style={{ transform: `translateY(${row.start - top}px)` }}
        >
          {render(items[row.index]!)}
        </div>
      ))}
    </div>
  );
}
