import { Banner, Button, LocaleProvider, Spin, TabPane, Tabs } from '@douyinfe/semi-ui';
import en_US from '@douyinfe/semi-ui/lib/es/locale/source/en_US';
import zh_CN from '@douyinfe/semi-ui/lib/es/locale/source/zh_CN';
import { useEffect, useMemo, useState } from 'react';
import { translator, type Locale } from '../i18n/translate';
import type { BitableHost } from '../port/bitableBase';
import { screenOf, type Tab } from './app/appModel';
import { useBaton } from './app/useBaton';
import { HomeScreen } from './home/HomeScreen';
import { homeView } from './home/homeModel';
import { NotMemberScreen } from './members/NotMemberScreen';
import { NewTaskForm } from './newTask/NewTaskForm';
import { HealthScreen } from './setup/HealthScreen';
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

  useEffect(() => {
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
  const [tab, setTab] = useState<Tab>('home');
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
      return <InstallScreen host={host} onInstalled={reload} />;
    case 'notMember':
      return <NotMemberScreen session={screen.session} onRegistered={reload} />;
    case 'main': {
      const active = screen.tabs.includes(tab) ? tab : 'home';
      return (
        <>
          {screen.readOnly && (
            <Banner type="info" description={t('app.readOnly')} closeIcon={null} data-testid="read-only" />
          )}
          <Tabs activeKey={active} onChange={(key) => setTab(key as Tab)} size="small">
            <TabPane tab={t('nav.home')} itemKey="home">
              <HomeScreen view={homeView(screen.session, now(), t)} onOpenHealth={() => setTab('health')} />
            </TabPane>
            {screen.tabs.includes('newTask') && (
              <TabPane tab={t('nav.newTask')} itemKey="newTask">
                <NewTaskForm session={screen.session} now={now} onCreated={() => void baton.refreshData()} />
              </TabPane>
            )}
            <TabPane tab={t('nav.health')} itemKey="health">
              {active === 'health' && (
                <HealthScreen host={host} readOnly={screen.readOnly} onChanged={reload} />
              )}
            </TabPane>
          </Tabs>
        </>
      );
    }
  }
}
