import { Empty, Typography } from '@douyinfe/semi-ui';
import { translator, type Locale } from '../i18n/translate';

/** Shown when the page is opened on its own: the SDK would hang, so we never call it. */
export function OutsideScreen({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <main className="baton-app baton-center" data-testid="outside">
      <Empty
        title={t('host.outside.title')}
        description={<Typography.Text type="tertiary">{t('host.outside.body')}</Typography.Text>}
      />
    </main>
  );
}
