import { Typography } from '@douyinfe/semi-ui';
import type { LocalTable } from '../local/localState';
import type { ViewSettingsProperty, ViewSortInfo } from '../port/bitableBase';

type Viewed = Pick<LocalTable, 'name' | 'fields' | 'views'>;

/** A table's views with the filter, grouping and sort a plugin saved on them, as Bitable's view bar would say. */
export function ViewList({ table }: { table: Viewed }) {
  if (table.views.length === 0) return null;
  const name = (fieldId: string) => table.fields.find((f) => f.id === fieldId)?.name ?? fieldId;
  const option = (fieldId: string, value: unknown) => {
    const options = (
      table.fields.find((f) => f.id === fieldId)?.property as { options?: { id: string; name: string }[] }
    )?.options;
    const ids = Array.isArray(value) ? value.map(String) : [String(value)];
    return ids.map((id) => options?.find((o) => o.id === id)?.name ?? id).join(', ');
  };
  const order = (list: ViewSortInfo[] | undefined) =>
    (list ?? []).map((s) => `${name(s.fieldId)}${s.desc ? ' ↓' : ' ↑'}`).join(', ');
  return (
    <ul className="pg-views" data-testid={`views-${table.name}`}>
      {table.views.map((view) => {
        const p = (view.property ?? {}) as ViewSettingsProperty;
        const parts = [
          ...(p.filterInfo?.conditions ?? []).map(
            (c) => `筛选 filter ${name(c.fieldId)} = ${option(c.fieldId, c.value)}`,
          ),
          ...(p.groupInfo?.length ? [`分组 group ${order(p.groupInfo)}`] : []),
          ...(p.sortInfo?.length ? [`排序 sort ${order(p.sortInfo)}`] : []),
        ];
        return (
          <li key={view.id} data-testid="view-item">
            <Typography.Text strong>{view.name}</Typography.Text>
            {parts.length > 0 && <Typography.Text type="tertiary"> · {parts.join(' · ')}</Typography.Text>}
          </li>
        );
      })}
    </ul>
  );
}
