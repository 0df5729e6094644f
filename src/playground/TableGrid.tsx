import { TabPane, Tabs, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import type { BaseOutline } from './gridData';
import { TableRows } from './TableRows';
import type { WorkerBase } from './workerHost';

interface Props {
  base: WorkerBase;
  outline: BaseOutline;
  version: number;
}

/** The local Base's tables as grids: what Bitable itself would show next to the sidebar, editable as there. */
export function TableGrid({ base, outline, version }: Props) {
  const [active, setActive] = useState<string>();
  if (outline.tables.length === 0)
    return (
      <Typography.Text type="tertiary" data-testid="empty-base">
        （空白多维表格 · empty Base）
      </Typography.Text>
    );
  const current = outline.tables.find((t) => t.id === active) ?? outline.tables[0]!;
  return (
    <Tabs type="card" size="small" activeKey={current.id} onChange={setActive} collapsible>
      {outline.tables.map((table) => (
        <TabPane tab={`${table.name} (${table.count})`} itemKey={table.id} key={table.id}>
          {table.id === current.id && (
            <TableRows
              key={table.id}
              base={base}
              table={table}
              readOnly={outline.session.readOnly}
              version={version}
            />
          )}
        </TabPane>
      ))}
    </Tabs>
  );
}
