import { Banner, Button, Card, Empty, Tag, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import { markRead } from '../../services/inbox';
import type { ReadySession } from '../app/appModel';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import { noticeItems, unreadCount, unreadIds, withRead, type NoticeItem } from './noticesModel';

interface Props {
  session: ReadySession;
  onOpenTask: (taskId: string) => void;
  onChanged: () => void;
}

/** The viewer's notices from the outbox: unread first and marked, each with its time and its task. */
export function NoticesScreen({ session, onOpenTask, onChanged }: Props) {
  const { t, locale } = useI18n();
  const { store } = session;
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const notices = withRead(session.notices, marked);
  const items = noticeItems(notices, session.data.tasks, locale);
  const unread = unreadCount(notices);

  async function mark(ids: string[]) {
    if (ids.length === 0 || !session.canEdit) return;
    try {
      await markRead(store, ids);
      setMarked((before) => new Set([...before, ...ids]));
      setFailure(undefined);
      onChanged();
    } catch (error) {
      setFailure(t('inbox.failed', { reason: errorMessage(error, t, locale) }));
    }
  }

  async function markAll() {
    setBusy(true);
    await mark(unreadIds(notices));
    setBusy(false);
  }

  function open(item: NoticeItem) {
    if (!item.taskId) return;
    // Opening a notice's task is reading it; a failed mark only leaves it unread.
    if (item.unread) void mark([item.id]);
    onOpenTask(item.taskId);
  }

  return (
    <div className="baton-stack" data-testid="notices-screen">
      {failure && <Banner type="danger" description={failure} closeIcon={null} />}
      <Card
        title={t('inbox.title')}
        headerExtraContent={
          session.canEdit && (
            <Button
              size="small"
              disabled={unread === 0}
              loading={busy}
              onClick={() => void markAll()}
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
          items.map((item) => <NoticeEntry key={item.id} item={item} onOpen={() => open(item)} />)
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
