/**
 * [O6] Sends that stopped before the release, left by any sidebar: listed on the 派单 tab and rolled back
 * through the command runner. Nobody was told of them, so rolling back tells nobody either.
 */
import { Banner, Button, Space, Typography } from '@douyinfe/semi-ui';
import { unfinishedSends, UNFINISHED_GRACE_MS } from '../../services/assignUnfinished';
import { commands } from '../kernel/commands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useI18n } from '../shared/i18nContext';

interface Props {
  /** The wizard's own draft: its failed send is offered Finish and Roll back by the wizard itself. */
  exceptDraftKey: string;
}

export function UnfinishedSends({ exceptDraftKey }: Props) {
  const { t } = useI18n();
  const { data } = useSession();
  const runner = useCommands(commands);
  const last = runner.lastFeedback();
  const sends = unfinishedSends(data.tasks).filter((s) => s.draftKey !== exceptDraftKey);
  if (sends.length === 0)
    return last ? <FeedbackBanner feedback={last} testId="unfinished-feedback" /> : null;
  return (
    <Banner
      type="warning"
      closeIcon={null}
      title={t('wizard.unfinished.title')}
      description={t('wizard.unfinished.hint', { minutes: UNFINISHED_GRACE_MS / 60_000 })}
      data-testid="unfinished-sends"
    >
      <Space vertical align="start">
        {sends.map((send) => (
          <Space key={send.draftKey} data-testid="unfinished-send">
            <Typography.Text>
              {t('wizard.unfinished.row', { title: send.title, count: send.taskIds.length })}
            </Typography.Text>
            <Button
              size="small"
              type="danger"
              loading={runner.phase('rollBackUnfinished', send.draftKey) === 'busy'}
              onClick={() => void runner.run('rollBackUnfinished', { send })}
              data-testid="unfinished-rollback"
            >
              {t('wizard.unfinished.rollBack')}
            </Button>
          </Space>
        ))}
        <FeedbackBanner feedback={last} testId="unfinished-feedback" />
      </Space>
    </Banner>
  );
}
