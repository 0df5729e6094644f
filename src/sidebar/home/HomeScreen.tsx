import { Banner, Button, Card, Empty, Tag, Typography } from '@douyinfe/semi-ui';
import { memo, type ReactNode } from 'react';
import type { HomeView, SpecialRow } from './homeModel';
import { InboxList } from './InboxList';
import { useI18n } from '../shared/i18nContext';
import { RowList } from '../shared/RowList';

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
  /** Unread notices: home always says how many, with the way to them. */
  unread?: number;
  onOpenHealth: () => void;
  onOpenNotices?: () => void;
  onOpenTask: (taskId: string) => void;
  /** [EV22] The boss's first steps after install, under the greeting while any is left. */
  firstSteps?: ReactNode;
}

export function HomeScreen({ view, unread = 0, onOpenHealth, onOpenNotices, onOpenTask, firstSteps }: Props) {
  const { t } = useI18n();
  return (
    <div className="baton-stack">
      <div>
        <Typography.Title heading={5} data-testid="greeting">
          {view.greeting}
        </Typography.Title>
        <Typography.Text type="tertiary">{view.roleLabel}</Typography.Text>
      </div>
      {firstSteps}
      {unread > 0 && onOpenNotices && (
        <Button size="small" theme="light" onClick={onOpenNotices} data-testid="home-unread">
          {t('home.unread', { count: unread })}
        </Button>
      )}
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
        {view.inbox.every((section) => section.count === 0) ? (
          <Empty description={t('home.myTasks.empty')} />
        ) : (
          <InboxList inbox={view.inbox} onOpenTask={onOpenTask} />
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
              estimate={77}
              render={(row) => <SpecialItem row={row} onOpen={onOpenTask} />}
            />
          )}
        </Card>
      )}
    </div>
  );
}
