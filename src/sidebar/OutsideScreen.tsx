import { Button, Empty, Typography } from '@douyinfe/semi-ui';
import { translator, type Locale } from '../i18n/translate';
import type { OutsideReason } from './hostDetection';

interface Props {
  locale: Locale;
  reason: OutsideReason;
  /** [RB4] Looks for the host again, waiting longer: offered inside a frame, where a Base may just be slow. */
  onRetry?: () => void;
}

/** Shown when no host answered: opened on its own (the SDK would hang), a host too slow, or the SDK not loaded. */
export function OutsideScreen({ locale, reason, onRetry }: Props) {
  const t = translator(locale);
  const sdkFailed = reason === 'sdkFailed';
  const title = sdkFailed ? t('host.sdkFailed.title') : t('host.outside.title');
  const body = sdkFailed
    ? t('host.sdkFailed.body')
    : reason === 'noAnswer'
      ? t('host.outside.noAnswer')
      : t('host.outside.body');
  return (
    <main className="baton-app baton-center" data-testid="outside">
      <Empty title={title} description={<Typography.Text type="tertiary">{body}</Typography.Text>}>
        {sdkFailed && (
          <Button onClick={() => window.location.reload()} data-testid="outside-reload">
            {t('app.reload')}
          </Button>
        )}
        {reason === 'noAnswer' && onRetry && (
          <Button onClick={onRetry} data-testid="outside-retry">
            {t('host.outside.retry')}
          </Button>
        )}
      </Empty>
    </main>
  );
}
