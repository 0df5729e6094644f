import { Banner, Button, LocaleProvider, Spin } from '@douyinfe/semi-ui';
import en_US from '@douyinfe/semi-ui/lib/es/locale/source/en_US';
import zh_CN from '@douyinfe/semi-ui/lib/es/locale/source/zh_CN';
import { useLayoutEffect, useMemo } from 'react';
import { translator, type Locale } from '../i18n/translate';
import type { BitableHost } from '../port/bitableBase';
import { screenOf } from './app/appModel';
import { MainScreen } from './app/MainScreen';
import { useBaton } from './app/useBaton';
import { SessionProvider } from './kernel/session';
import { NotMemberScreen } from './members/NotMemberScreen';
import { InstallScreen } from './setup/InstallScreen';
import { errorMessage } from './shared/errorMessage';
import { I18nProvider, useI18n } from './shared/i18nContext';

interface Props {
  host: BitableHost;
  now: () => number;
  /** Until the host answers, the browser's language decides. */
  initialLocale: Locale;
}

export function App({ host, now, initialLocale }: Props) {
  const baton = useBaton(host, now);
  const { state, theme } = baton;
  const locale = state.phase === 'ready' ? state.session.context.language : initialLocale;
  const i18n = useMemo(() => ({ locale, t: translator(locale) }), [locale]);

  // Before the paint, so the first frame of a screen already has the host's theme (no light flash in dark).
  useLayoutEffect(() => {
    document.body.setAttribute('theme-mode', theme);
    document.documentElement.lang = locale;
  }, [theme, locale]);

  return (
    <LocaleProvider locale={locale === 'zh-CN' ? zh_CN : en_US}>
      <I18nProvider value={i18n}>
        <main className="baton-app" data-testid="baton-app" data-theme={theme}>
          <Screens host={host} now={now} baton={baton} />
        </main>
      </I18nProvider>
    </LocaleProvider>
  );
}

function Screens({
  host,
  now,
  baton,
}: {
  host: BitableHost;
  now: () => number;
  baton: ReturnType<typeof useBaton>;
}) {
  const { t, locale } = useI18n();
  const screen = screenOf(baton.state);
  const reload = () => void baton.reload();

  switch (screen.kind) {
    case 'loading':
      return <Spin tip={t('app.loading')} size="large" wrapperClassName="baton-center" />;
    case 'error':
      return (
        <Banner
          type="danger"
          title={t('app.error.title')}
          description={errorMessage(screen.error, t, locale)}
          data-testid="app-error"
        >
          <Button onClick={reload}>{t('app.retry')}</Button>
        </Banner>
      );
    case 'install':
      return (
        <InstallScreen host={host} onInstalled={reload} problems={screen.session.store.resolution.problems} />
      );
    case 'notMember':
      return (
        <SessionProvider session={screen.session} now={now} refresh={reload}>
          <NotMemberScreen />
        </SessionProvider>
      );
    case 'main':
      return (
        <MainScreen
          host={host}
          now={now}
          session={screen.session}
          tabs={screen.tabs}
          readOnly={screen.readOnly}
          updating={screen.updating}
          refresh={() => void baton.refreshData()}
          reload={reload}
        />
      );
  }
}
