/** How the last send ended: sent, failed half way (finish or roll back), or rolled back. */
import { Banner, Button, Space, Typography } from '@douyinfe/semi-ui';
import { useI18n } from '../shared/i18nContext';
import type { SendStatus } from './wizardModel';

interface Props {
  send: SendStatus;
  onFinish: () => void;
  onRollBack: () => void;
}

export function SendOutcome({ send, onFinish, onRollBack }: Props) {
  const { t } = useI18n();
  switch (send.kind) {
    case 'sent':
      return (
        <Banner
          type="success"
          closeIcon={null}
          description={t('wizard.send.sent', { title: send.title })}
          data-testid="wizard-sent"
        />
      );
    case 'notPermitted':
      return (
        <Banner
          type="danger"
          closeIcon={null}
          description={send.message}
          data-testid="wizard-not-permitted"
        />
      );
    case 'rolledBack':
      return (
        <Banner
          type="info"
          closeIcon={null}
          description={t('wizard.send.rolledBack')}
          data-testid="wizard-rolled-back"
        />
      );
    case 'failed':
    case 'rollingBack': {
      const busy = send.kind === 'rollingBack';
      return (
        <Banner
          type="danger"
          closeIcon={null}
          description={
            <>
              <Typography.Paragraph strong>
                {send.kind === 'failed' ? send.message : t('wizard.send.rollingBack')}
              </Typography.Paragraph>
              <Typography.Paragraph>{t('wizard.send.unfinished')}</Typography.Paragraph>
            </>
          }
          data-testid="wizard-send-failed"
        >
          <Space>
            <Button theme="solid" disabled={busy} onClick={onFinish} data-testid="wizard-finish">
              {t('wizard.send.finish')}
            </Button>
            <Button type="danger" loading={busy} onClick={onRollBack} data-testid="wizard-rollback">
              {t('wizard.send.rollBack')}
            </Button>
          </Space>
        </Banner>
      );
    }
    default:
      return null;
  }
}
