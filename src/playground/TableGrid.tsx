import { Button, TabPane, Tabs, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import type { LocalHost } from '../local/localHost';
import type { LocalTable } from '../local/localState';
import { FieldType } from '../port/bitableBase';
import { CellEditor } from './CellEditor';
import { editorKind } from './cellEdit';
import { cellText } from './cellText';
import { ViewList } from './ViewList';

interface Editing {
  recordId: string;
  fieldId: string;
}

/** The local Base's tables as grids: what Bitable itself would show next to the sidebar, editable as there. */
export function TableGrid({ local }: { local: LocalHost }) {
  const [active, setActive] = useState<string>();
  const { state } = local;
  if (state.tables.length === 0)
    return (
      <Typography.Text type="tertiary" data-testid="empty-base">
        （空白多维表格 · empty Base）
      </Typography.Text>
    );
  const current = state.tables.find((t) => t.id === active) ?? state.tables[0]!;
  return (
    <Tabs type="card" size="small" activeKey={current.id} onChange={setActive} collapsible>
      {state.tables.map((table) => (
        <TabPane tab={`${table.name} (${table.records.length})`} itemKey={table.id} key={table.id}>
          {table.id === current.id && <Grid local={local} table={table} />}
        </TabPane>
      ))}
    </Tabs>
  );
}

function Grid({ local, table }: { local: LocalHost; table: LocalTable }) {
  const [editing, setEditing] = useState<Editing>();
  const readOnly = local.state.session.readOnly;

  function startEdit(recordId: string, fieldId: string) {
    const field = table.fields.find((f) => f.id === fieldId)!;
    if (readOnly || editorKind(field) === 'readonly') return;
    if (field.type === FieldType.Checkbox) {
      const record = table.records.find((r) => r.recordId === recordId)!;
      return local.editCell(table.id, recordId, fieldId, !record.fields[fieldId]);
    }
    setEditing({ recordId, fieldId });
  }

  return (
    <div className="pg-grid-wrap">
      <table className="pg-grid" data-testid={`grid-${table.name}`}>
        <thead>
          <tr>
            {table.fields.map((f) => (
              <th key={f.id}>{f.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.records.map((r) => (
            <tr key={r.recordId} data-record-id={r.recordId}>
              {table.fields.map((f) => (
                <td key={f.id} onClick={() => startEdit(r.recordId, f.id)} data-field={f.name}>
                  {editing?.recordId === r.recordId && editing.fieldId === f.id ? (
                    <CellEditor
                      local={local}
                      tableId={table.id}
                      recordId={r.recordId}
                      field={f}
                      cell={r.fields[f.id]}
                      onDone={() => setEditing(undefined)}
                    />
                  ) : (
                    cellText(local.state, f, r.fields[f.id])
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {!readOnly && (
        <Button size="small" theme="borderless" onClick={() => local.addRow(table.id)} data-testid="add-row">
          + 新增记录 add record
        </Button>
      )}
      <ViewList table={table} />
    </div>
  );
}
