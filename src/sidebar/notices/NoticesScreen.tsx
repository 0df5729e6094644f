import { Button, Card, Empty, Tag, Typography } from '@douyinfe/semi-ui';
import { useMemo, useState } from 'react';
import { commands } from '../kernel/commands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useI18n } from '../shared/i18nContext';
import { RowList } from '../shared/RowList';
import { noticeItems, unreadCount, unreadIds, withRead, type NoticeItem } from './noticesModel';

interface Props {
  onOpenTask: (taskId: string) => void;
}

/** The viewer's notices from the outbox: unread first and marked, each with its time and its task. */
export function NoticesScreen({ onOpenTask }: Props) {
  const { t, locale } = useI18n();
  const session = useSession();
  const runner = useCommands(commands);
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set());
  const notices = useMemo(() => withRead(session.notices, marked), [session.notices, marked]);
  const items = useMemo(
    () => noticeItems(notices, session.data.tasks, locale),
    [notices, session.data.tasks, locale],
  );
  const unread = unreadCount(notices);
  const feedback = runner.feedback('markRead', 'inbox');

  async function mark(ids: string[]) {
    if (ids.length === 0 || !session.canEdit) return;
    const outcome = await runner.run('markRead', { ids });
    if (outcome?.phase === 'done') setMarked((before) => new Set([...before, ...ids]));
  }

  function open(item: NoticeItem) {
    if (!item.taskId) return;
    // Opening a notice's task is reading it; a failed mark only leaves it unread.
    if (item.unread) void mark([item.id]);
    onOpenTask(item.taskId);
  }

  return (
    <div className="baton-stack" data-testid="notices-screen">
      <FeedbackBanner feedback={feedback?.type === 'danger' ? feedback : undefined} testId="notices-failed" />
      <Card
        title={t('inbox.title')}
        headerExtraContent={
          session.canEdit && (
            <Button
              size="small"
              disabled={unread === 0}
              loading={runner.phase('markRead', 'inbox') === 'busy'}
              onClick={() => void mark(unreadIds(notices))}
              data-testid="notices-mark-read"
            >
              {unread === 0 ? t('inbox.allRead') : t('inbox.markAllRead')}
            </Button>
          )
        }
        bodyStyle={{ padding: 12 }}
      >
        {unread > 0 && (
          <Typography.Text type="tertiary" size="small" data-testid="notices-unread-count">
            {t('inbox.unreadCount', { count: unread })}
          </Typography.Text>
        )}
        {items.length === 0 ? (
          <Empty description={t('inbox.empty')} />
        ) : (
          // [SP8] The boss is told of everything in the company: only the rows near the screen are rendered.
          <RowList
            items={items}
            keyOf={(item) => item.id}
            estimate={96}
            render={(item) => <NoticeEntry item={item} onOpen={() => open(item)} />}
          />
        )}
      </Card>
    </div>
  );
}

function NoticeEntry({ item, onOpen }: { item: NoticeItem; onOpen: () => void }) {
  const { t } = useI18n();
  return (
    <div className="baton-row" data-testid="notice-item" data-unread={item.unread}>
      <div className="baton-row-title">
        <span>
          {item.unread && (
            <Tag color="red" size="small" data-testid="notice-unread">
              {t('inbox.unread')}
            </Tag>
          )}{' '}
          {item.what && <Tag size="small">{item.what}</Tag>}
        </span>
        <Typography.Text type="tertiary" size="small">
          {item.when}
        </Typography.Text>
      </div>
      <Typography.Text strong={item.unread}>{item.message}</Typography.Text>
      {item.taskId &&
        (item.taskTitle ? (
          <div>
            <Button size="small" theme="borderless" onClick={onOpen} data-testid="notice-open">
              {t('inbox.openTask', { title: item.taskTitle })}
            </Button>
          </div>
        ) : (
          <Typography.Text type="tertiary" size="small">
            {t('inbox.taskGone')}
          </Typography.Text>
        ))}
    </div>
  );
}
