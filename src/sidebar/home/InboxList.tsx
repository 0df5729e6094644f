/** [SP6] Home's inbox: its parts in order, each with its count; stages under their special task's heading. */
import { Tag, Typography } from '@douyinfe/semi-ui';
import { memo } from 'react';
import { useI18n } from '../shared/i18nContext';
import { RowList } from '../shared/RowList';
import type { TaskRow } from './homeModel';
import type { InboxItem, InboxPart, InboxSection } from './inboxModel';

const STATUS_COLOR: Record<string, 'blue' | 'green' | 'orange' | 'grey' | 'red' | 'cyan' | 'violet'> = {
  open: 'violet',
  assigned: 'orange',
  waiting: 'grey',
  ready: 'cyan',
  in_progress: 'blue',
  in_review: 'violet',
  done: 'green',
  declined: 'red',
  cancelled: 'grey',
  unknown: 'red',
};

const MyTaskItem = memo(function MyTaskItem({ row, onOpen }: { row: TaskRow; onOpen: (id: string) => void }) {
  return (
    <div
      className="baton-row baton-clickable"
      data-testid="my-task"
      data-task-id={row.id}
      onClick={() => onOpen(row.id)}
    >
      <div className="baton-row-title">
        <Typography.Text strong>{row.title}</Typography.Text>
        <Tag size="small" color={row.need ? 'orange' : STATUS_COLOR[row.statusKind]}>
          {row.need ?? row.status}
        </Tag>
      </div>
      <Typography.Text type={row.overdue ? 'danger' : 'tertiary'} size="small">
        {row.departmentName} · {row.reason} · {row.due}
      </Typography.Text>
    </div>
  );
});

type Line = { kind: 'part'; part: InboxPart; count: number } | InboxItem<TaskRow>;

function linesOf(inbox: InboxSection<TaskRow>[]): { key: string; line: Line }[] {
  return inbox
    .filter((section) => section.count > 0)
    .flatMap((section) => [
      {
        key: `part:${section.part}`,
        line: { kind: 'part', part: section.part, count: section.count } as Line,
      },
      ...section.items.map((item) => ({
        key: item.kind === 'task' ? item.row.id : `${section.part}:parent:${item.id}`,
        line: item,
      })),
    ]);
}

interface Props {
  inbox: InboxSection<TaskRow>[];
  onOpenTask: (taskId: string) => void;
}

export function InboxList({ inbox, onOpenTask }: Props) {
  const { t } = useI18n();
  return (
    <RowList
      items={linesOf(inbox)}
      keyOf={(entry) => entry.key}
      estimate={58}
      render={({ line }) => {
        if (line.kind === 'task') return <MyTaskItem row={line.row} onOpen={onOpenTask} />;
        if (line.kind === 'parent')
          return (
            <div className="baton-inbox-parent" data-testid="inbox-parent">
              <Typography.Text type="secondary" size="small" strong>
                {line.title}
              </Typography.Text>
            </div>
          );
        return (
          <div className="baton-inbox-part" data-testid={`inbox-${line.part}`}>
            <Typography.Text strong>{`${t(`home.inbox.${line.part}`)} · ${line.count}`}</Typography.Text>
          </div>
        );
      }}
    />
  );
}
