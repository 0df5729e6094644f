import { Banner, TabPane, Tabs } from '@douyinfe/semi-ui';
import { useState } from 'react';
import type { BitableHost } from '../../port/bitableBase';
import { baseLocale } from '../../services/outbox';
import { HomeScreen } from '../home/HomeScreen';
import { homeView } from '../home/homeModel';
import { MyWorkScreen } from '../mywork/MyWorkScreen';
import { NoticesScreen } from '../notices/NoticesScreen';
import { unreadCount } from '../notices/noticesModel';
import { PoolScreen } from '../pool/PoolScreen';
import { GraphProblems } from '../progress/GraphProblems';
import { ProgressScreen } from '../progress/ProgressScreen';
import { ScoringScreen } from '../scoring/ScoringScreen';
import { ScoringSettingsCheck } from '../scoring/ScoringSettingsCheck';
import { HealthScreen } from '../setup/HealthScreen';
import { OutboxSetup } from '../setup/OutboxSetup';
import { SessionProvider } from '../kernel/session';
import { useI18n } from '../shared/i18nContext';
import { TaskPage } from '../task/TaskPage';
import type { ReadySession, Tab } from './appModel';
import { AssignTab } from './AssignTab';

interface Props {
  host: BitableHost;
  now: () => number;
  session: ReadySession;
  tabs: Tab[];
  readOnly: boolean;
  /** Re-read the data after a change made here; `reload` re-reads the Base's structure too. */
  refresh: () => void;
  reload: () => void;
}

/** The member's sidebar: tabs for home, 派单, the pool, notices and the check; any task opens its page. */
export function MainScreen(props: Props) {
  return (
    <SessionProvider session={props.session} now={props.now} refresh={props.refresh}>
      <Screens {...props} />
    </SessionProvider>
  );
}

function Screens({ host, now, session, tabs, readOnly, refresh, reload }: Props) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('home');
  const [openTaskId, setOpenTaskId] = useState<string>();
  const active = tabs.includes(tab) ? tab : 'home';
  const unread = unreadCount(session.notices);

  if (openTaskId) return <TaskPage taskId={openTaskId} onBack={() => setOpenTaskId(undefined)} />;
  return (
    <>
      {readOnly && (
        <Banner type="info" description={t('app.readOnly')} closeIcon={null} data-testid="read-only" />
      )}
      <Tabs activeKey={active} onChange={(key) => setTab(key as Tab)} size="small" collapsible>
        <TabPane tab={t('nav.home')} itemKey="home">
          <HomeScreen
            view={homeView(session, now(), t)}
            onOpenHealth={() => setTab('health')}
            onOpenTask={setOpenTaskId}
          />
        </TabPane>
        <TabPane tab={t('nav.work')} itemKey="work">
          {active === 'work' && <MyWorkScreen onOpenTask={setOpenTaskId} />}
        </TabPane>
        {tabs.includes('progress') && (
          <TabPane tab={t('nav.progress')} itemKey="progress">
            {active === 'progress' && <ProgressScreen onOpenTask={setOpenTaskId} />}
          </TabPane>
        )}
        {tabs.includes('assign') && (
          <TabPane tab={t('nav.assign')} itemKey="assign">
            {active === 'assign' && <AssignTab onSent={refresh} />}
          </TabPane>
        )}
        <TabPane tab={t('nav.pool')} itemKey="pool">
          {active === 'pool' && <PoolScreen onOpenTask={setOpenTaskId} />}
        </TabPane>
        <TabPane tab={t('scoring.tab')} itemKey="scoring">
          {active === 'scoring' && <ScoringScreen onOpenTask={setOpenTaskId} />}
        </TabPane>
        <TabPane
          tab={unread > 0 ? t('nav.noticesUnread', { count: unread }) : t('nav.notices')}
          itemKey="notices"
        >
          {active === 'notices' && <NoticesScreen onOpenTask={setOpenTaskId} />}
        </TabPane>
        <TabPane tab={t('nav.health')} itemKey="health">
          {active === 'health' && (
            <div className="baton-stack">
              <HealthScreen host={host} readOnly={readOnly} onChanged={reload} />
              <GraphProblems onOpenTask={setOpenTaskId} />
              <ScoringSettingsCheck />
              <OutboxSetup baseLocale={baseLocale(session.store)} />
            </div>
          )}
        </TabPane>
      </Tabs>
    </>
  );
}
