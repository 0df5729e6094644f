import { Card, Typography } from '@douyinfe/semi-ui';
import type { Locale, MessageKey } from '../../i18n/translate';
import { useI18n } from '../shared/i18nContext';
import { fieldName, optionName, tableName } from '../shared/schemaNames';

const STEPS: MessageKey[] = [
  'outboxSetup.step.open',
  'outboxSetup.step.trigger',
  'outboxSetup.step.action',
  'outboxSetup.step.content',
  'outboxSetup.step.markSent',
  'outboxSetup.step.enable',
];

/**
 * The exact steps of the one Base automation that delivers the outbox as Feishu messages: the js-sdk cannot
 * create automations, so the user does it once by hand. Table and field names are given as the Base shows
 * them, that is in the language Baton was installed in (`baseLocale`), which may differ from the viewer's.
 */
export function OutboxSetup({ baseLocale }: { baseLocale?: Locale }) {
  const { t, locale } = useI18n();
  const names = baseLocale ?? locale;
  const params = {
    table: tableName('notifications', names),
    recipient: fieldName('notifications', 'recipient', names),
    message: fieldName('notifications', 'message', names),
    task: fieldName('notifications', 'task', names),
    status: fieldName('notifications', 'status', names),
    sent: optionName('notifications', 'status', 'sent', names),
  };
  return (
    <Card title={t('outboxSetup.title')} bodyStyle={{ padding: 12 }} data-testid="outbox-setup">
      <Typography.Paragraph>{t('outboxSetup.intro', params)}</Typography.Paragraph>
      <ol style={{ paddingLeft: 20, margin: '8px 0' }}>
        {STEPS.map((key) => (
          <li key={key} data-testid="outbox-step">
            <Typography.Text>{t(key, params)}</Typography.Text>
          </li>
        ))}
      </ol>
      <Typography.Paragraph type="tertiary" size="small">
        {t('outboxSetup.check', params)}
      </Typography.Paragraph>
      <Typography.Paragraph type="tertiary" size="small">
        {t('outboxSetup.note')}
      </Typography.Paragraph>
    </Card>
  );
}
