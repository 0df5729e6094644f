import { TabPane, Tabs, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import type { LocalState } from '../local/localState';
import { cellText } from './cellText';

/** The local Base's tables as plain grids: what Bitable itself would show next to the sidebar. */
export function TableGrid({ state }: { state: LocalState }) {
  const [active, setActive] = useState<string>();
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
                      <td key={f.id}>{cellText(state, f, r.fields[f.id])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </TabPane>
      ))}
    </Tabs>
  );
}
