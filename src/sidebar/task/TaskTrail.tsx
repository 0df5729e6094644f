import { Banner, Card, Empty, Spin, Tag, Typography } from '@douyinfe/semi-ui';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import type { HistoryRow, NoticeRow } from './taskTrailModel';
import type { TrailState } from './useTaskTrail';
import { PersonNames, WithNames } from '../kernel/PersonName';
import { NAME_SLOT } from '../shared/nameSlot';

interface Props {
  state: TrailState;
  history: HistoryRow[];
  notices: NoticeRow[];
}

/** The task's history (who did what, when, why) and who was told what and when. */
export function TaskTrail({ state, history, notices }: Props) {
  const { t, locale } = useI18n();
  if (state.phase === 'loading') return <Spin tip={t('taskPage.loading')} />;
  if (state.phase === 'error')
    return (
      <Banner
        type="danger"
        description={t('taskPage.trailFailed', { reason: errorMessage(state.error, t, locale) })}
        closeIcon={null}
      />
    );
  return (
    <>
      <Card title={t('taskPage.history')} bodyStyle={{ padding: 12 }} data-testid="task-history">
        {history.length === 0 ? (
          <Empty description={t('taskPage.history.empty')} />
        ) : (
          history.map((row) => (
            <div key={row.id} className="baton-row" data-testid="history-item">
              <div className="baton-row-title">
                <Typography.Text strong>
                  {row.stage ? `[${row.stage}] ` : ''}
                  <PersonNames userIds={row.actorUserIds} /> · {row.what}
                </Typography.Text>
                <Typography.Text type="tertiary" size="small">
                  {row.when}
                </Typography.Text>
              </div>
              {row.summary && <Typography.Text size="small">{row.summary}</Typography.Text>}
              {row.reason && (
                <Typography.Text type="warning" size="small" data-testid="history-reason">
                  {t('taskPage.reason', { reason: row.reason })}
                </Typography.Text>
              )}
            </div>
          ))
        )}
      </Card>
      <Card title={t('taskPage.notices')} bodyStyle={{ padding: 12 }} data-testid="task-notices">
        {notices.length === 0 ? (
          <Empty description={t('taskPage.notices.empty')} />
        ) : (
          notices.map((row) => (
            <div key={row.id} className="baton-row" data-testid="task-notice">
              <div className="baton-row-title">
                <Typography.Text strong>
                  {row.stage ? `[${row.stage}] ` : ''}
                  <WithNames
                    text={t('taskPage.notice.to', { name: NAME_SLOT })}
                    userIds={row.recipientUserIds}
                  />
                  {row.what ? ` · ${row.what}` : ''}
                </Typography.Text>
                <Typography.Text type="tertiary" size="small">
                  {row.when}
                </Typography.Text>
              </div>
              <Typography.Text size="small">{row.message}</Typography.Text>
              <div>
                <Tag size="small" color={row.sent ? 'green' : 'orange'}>
                  {row.delivery}
                </Tag>{' '}
                {row.read && (
                  <Tag size="small" color="blue">
                    {t('taskPage.notice.read')}
                  </Tag>
                )}
              </div>
            </div>
          ))
        )}
      </Card>
    </>
  );
}
