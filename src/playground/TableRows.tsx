/**
 * One table as Bitable's grid shows it, editable as there. Rows are virtualised (only those in view are in the
 * DOM) and fetched from the worker by span; a row being added shows at once, before the worker answers.
 */
import { Button } from '@douyinfe/semi-ui';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { FieldType } from '../port/bitableBase';
import { CellEditor } from './CellEditor';
import { editorKind } from './cellEdit';
import type { GridRow, GridTable } from './gridData';
import { FULL_UNDER } from './rowWindow';
import { useRows } from './useRows';
import { ViewList } from './ViewList';
import type { WorkerBase } from './workerHost';

const ROW_HEIGHT = 28;

interface Props {
  base: WorkerBase;
  table: GridTable;
  readOnly: boolean;
  version: number;
}

/** The cell being edited, by row position: a row just added keeps its editor when its id arrives. */
interface Editing {
  index: number;
  fieldId: string;
  recordId: Promise<string>;
}

export function TableRows({ base, table, readOnly, version }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<Editing>();
  const [adding, setAdding] = useState<{ index: number; recordId: Promise<string> }>();
  // Small tables render every row, as before (nothing to gain, and every row stays findable).
  const windowed = table.count > FULL_UNDER;
  const virtualizer = useVirtualizer({
    count: windowed ? table.count : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const indices = windowed ? items.map((i) => i.index) : Array.from({ length: table.count }, (_, i) => i);
  const view = { first: indices[0] ?? 0, last: indices.at(-1) ?? -1 };
  const row = useRows(base, table.id, table.count, view, version);
  const arrived = !!adding && row(adding.index) !== undefined;
  const pending = adding && !arrived ? adding : undefined;
  useEffect(() => {
    if (arrived) setAdding(undefined);
  }, [arrived]);
  useEffect(() => {
    if (adding && !windowed) scroller.current?.scrollTo?.({ top: scroller.current.scrollHeight });
  }, [adding, windowed]);

  function addRow() {
    const recordId = base.control('addRow', table.id);
    setAdding({ index: table.count, recordId });
    if (windowed) virtualizer.scrollToIndex(table.count - 1, { align: 'end' });
  }

  function startEdit(index: number, fieldId: string, found: GridRow | undefined) {
    const field = table.fields.find((f) => f.id === fieldId)!;
    if (readOnly || editorKind(field) === 'readonly') return;
    const recordId = found ? Promise.resolve(found.recordId) : pending?.recordId;
    if (!recordId) return;
    if (field.type === FieldType.Checkbox)
      return void recordId.then((id) =>
        base.control('editCell', table.id, id, fieldId, !found?.cells[fieldId]),
      );
    setEditing({ index, fieldId, recordId });
  }

  // The row being added shows once the grid is scrolled to the end, where it will be.
  const shown = pending && view.last === pending.index - 1 ? [...indices, pending.index] : indices;
  // A windowed grid is as tall as all its rows (and the header), the rows in view moved down to their place.
  const height = windowed
    ? (shown.length - items.length + 1) * ROW_HEIGHT + virtualizer.getTotalSize()
    : undefined;
  const offset = windowed ? (items[0]?.start ?? 0) : 0;
  return (
    <div className="pg-grid-wrap">
      <div className="pg-grid-scroll" ref={scroller}>
        <div style={{ height }}>
          <table className="pg-grid" data-testid={`grid-${table.name}`} style={{ marginTop: offset }}>
            <thead>
              <tr>
                {table.fields.map((f) => (
                  <th key={f.id}>{f.name}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((index) => {
                const r = row(index);
                return (
                  <tr key={index} data-record-id={r?.recordId}>
                    {table.fields.map((f) => (
                      <td key={f.id} onClick={() => startEdit(index, f.id, r)} data-field={f.name}>
                        {editing?.index === index && editing.fieldId === f.id ? (
                          <CellEditor
                            base={base}
                            tableId={table.id}
                            recordId={editing.recordId}
                            field={f}
                            cell={r?.cells[f.id]}
                            onDone={() => setEditing(undefined)}
                          />
                        ) : (
                          r?.texts[f.id]
                        )}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
      {!readOnly && (
        <Button size="small" theme="borderless" onClick={addRow} data-testid="add-row">
          + 新增记录 add record
        </Button>
      )}
      <ViewList table={table} />
    </div>
  );
}
