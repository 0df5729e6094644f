import { Banner, Button, Card, Empty, Tag, Typography } from '@douyinfe/semi-ui';
import { memo } from 'react';
import type { HomeView, SpecialRow, TaskRow } from './homeModel';
import { useI18n } from '../shared/i18nContext';
import { RowList } from '../shared/RowList';

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
        <Tag size="small" color={STATUS_COLOR[row.statusKind]}>
          {row.status}
        </Tag>
      </div>
      <Typography.Text type={row.overdue ? 'danger' : 'tertiary'} size="small">
        {row.departmentName} · {row.reason} · {row.due}
      </Typography.Text>
    </div>
  );
});

const SpecialItem = memo(function SpecialItem({
  row,
  onOpen,
}: {
  row: SpecialRow;
  onOpen: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div
      className="baton-row baton-clickable"
      data-testid="special-task"
      data-task-id={row.id}
      onClick={() => onOpen(row.id)}
    >
      <div className="baton-row-title">
        <Typography.Text strong>{row.title}</Typography.Text>
        {row.overdue && (
          <Tag size="small" color="red">
            {t('home.overdue')}
          </Tag>
        )}
      </div>
      <Typography.Paragraph size="small" data-testid="stage-chain">
        {row.chainText}
      </Typography.Paragraph>
      <Typography.Text type="tertiary" size="small">
        {row.progress} · {row.due}
        {row.current ? ` · ${row.current}` : ''}
      </Typography.Text>
    </div>
  );
});

interface Props {
  view: HomeView;
  onOpenHealth: () => void;
  onOpenTask: (taskId: string) => void;
}

export function HomeScreen({ view, onOpenHealth, onOpenTask }: Props) {
  const { t } = useI18n();
  return (
    <div className="baton-stack">
      <div>
        <Typography.Title heading={5} data-testid="greeting">
          {view.greeting}
        </Typography.Title>
        <Typography.Text type="tertiary">{view.roleLabel}</Typography.Text>
      </div>
      {view.problemCount > 0 && (
        <Banner
          type="warning"
          description={t('home.schemaWarning', { count: view.problemCount })}
          closeIcon={null}
          fullMode={false}
          bordered
          icon={null}
          title={
            <Button size="small" onClick={onOpenHealth}>
              {t('home.openHealth')}
            </Button>
          }
        />
      )}
      <Card title={t('home.myTasks')} bodyStyle={{ padding: 12 }} data-testid="my-tasks">
        {view.myTasks.length === 0 ? (
          <Empty description={t('home.myTasks.empty')} />
        ) : (
          <RowList
            items={view.myTasks}
            keyOf={(row) => row.id}
            estimate={58}
            render={(row) => <MyTaskItem row={row} onOpen={onOpenTask} />}
          />
        )}
      </Card>
      {view.special && (
        <Card title={t('home.special')} bodyStyle={{ padding: 12 }} data-testid="special-tasks">
          {view.special.length === 0 ? (
            <Empty description={t('home.special.empty')} />
          ) : (
            <RowList
              items={view.special}
              keyOf={(row) => row.id}
              estimate={84}
              render={(row) => <SpecialItem row={row} onOpen={onOpenTask} />}
            />
          )}
        </Card>
      )}
    </div>
  );
}
