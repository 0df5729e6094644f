/**
 * What each tab shows and its label. Only the active tab's screen is mounted ([SP2]): a hidden screen costs
 * no DOM and no re-render. A new tab is a key in `Tab`, a line in `tabsFor` (appModel.ts, who sees it) and an
 * entry here.
 */
import { useMemo, type ReactNode } from 'react';
import type { BitableHost } from '../../port/bitableBase';
import { baseLocale } from '../../services/outbox';
import { HomeScreen } from '../home/HomeScreen';
import { homeView } from '../home/homeModel';
import { useNow, useSession } from '../kernel/session';
import { MyWorkScreen } from '../mywork/MyWorkScreen';
import { NoticesScreen } from '../notices/NoticesScreen';
import { unreadCount } from '../notices/noticesModel';
import { PoolScreen } from '../pool/PoolScreen';
import { GraphProblems } from '../progress/GraphProblems';
import { ProgressScreen } from '../progress/ProgressScreen';
import { SetupChecklist } from '../members/SetupChecklist';
import { HealthScreen } from '../setup/HealthScreen';
import { HostDiagnostics } from '../setup/HostDiagnostics';
import { OutboxSetup } from '../setup/OutboxSetup';
import { startOfDay } from '../shared/dayInput';
import { rememberLast } from '../shared/rememberLast';
import { useI18n } from '../shared/i18nContext';
import type { Translate } from '../../i18n/translate';
import type { ReadySession, Tab } from './appModel';
import { AssignTab } from './AssignTab';
import { CollectionScreen } from '../collection/CollectionScreen';
import { requestDrive } from '../collection/driveRequest';
import { MyDrivesCard } from '../collection/MyDrivesCard';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { LearningScreen } from '../training/LearningScreen';
import { requestCourse } from '../training/courseRequest';
import { ScoringScreen } from '../scoring/ScoringScreen';
import { ScoringSettingsCheck } from '../scoring/ScoringSettingsCheck';

export interface TabContext {
  host: BitableHost;
  session: ReadySession;
  readOnly: boolean;
  refresh: () => void;
  reload: () => void;
  openTask: (taskId: string) => void;
  openTab: (tab: Tab) => void;
}

interface TabScreen {
  label: (t: Translate, unread: number) => string;
  render: (c: TabContext) => ReactNode;
}

export const TAB_SCREENS: Record<Tab, TabScreen> = {
  home: {
    label: (t) => t('nav.home'),
    render: (c) => (
      <HomeTab
        unread={unreadCount(c.session.notices)}
        onOpenHealth={() => c.openTab('health')}
        onOpenNotices={() => c.openTab('notices')}
        onOpenTask={c.openTask}
      />
    ),
  },
  work: {
    label: (t) => t('nav.work'),
    render: (c) => (
      <>
        <MyDrivesCard
          onOpen={(id) => {
            requestDrive(id);
            c.openTab('collection');
          }}
        />
        <MyWorkScreen onOpenTask={c.openTask} />
      </>
    ),
  },
  progress: { label: (t) => t('nav.progress'), render: (c) => <ProgressScreen onOpenTask={c.openTask} /> },
  dashboard: {
    label: (t) => t('nav.dashboard'),
    render: (c) => <DashboardScreen onOpenTask={c.openTask} />,
  },
  assign: { label: (t) => t('nav.assign'), render: (c) => <AssignTab onSent={c.refresh} /> },
  pool: {
    label: (t) => t('nav.pool'),
    render: (c) => (
      <PoolScreen
        onOpenTask={c.openTask}
        onOpenCourse={(id) => {
          requestCourse(id);
          c.openTab('learning');
        }}
      />
    ),
  },
  collection: { label: (t) => t('collection.nav'), render: () => <CollectionScreen /> },
  learning: { label: (t) => t('nav.learning'), render: () => <LearningScreen /> },
  scoring: { label: (t) => t('scoring.tab'), render: (c) => <ScoringScreen onOpenTask={c.openTask} /> },
  notices: {
    label: (t, unread) => (unread > 0 ? t('nav.noticesUnread', { count: unread }) : t('nav.notices')),
    render: (c) => <NoticesScreen onOpenTask={c.openTask} />,
  },
  health: {
    label: (t) => t('nav.health'),
    render: (c) => (
      <div className="baton-stack">
        <HealthScreen host={c.host} readOnly={c.readOnly} onChanged={c.reload} />
        <GraphProblems onOpenTask={c.openTask} />
        <OutboxSetup baseLocale={baseLocale(c.session.store)} />
        <ScoringSettingsCheck />
        {c.session.viewer.kind === 'member' && c.session.viewer.role === 'boss' && <HostDiagnostics />}
      </div>
    ),
  },
};

/**
 * Home's view is worked out again when the data, the day or the language change, not on every render, nor on
 * coming back to home from another tab.
 */
const homeViewOf = rememberLast(homeView);

function HomeTab(props: {
  unread: number;
  onOpenHealth: () => void;
  onOpenNotices: () => void;
  onOpenTask: (taskId: string) => void;
}) {
  const session = useSession();
  const { t } = useI18n();
  const today = startOfDay(useNow()());
  const view = useMemo(() => homeViewOf(session, today, t), [session, today, t]);
  return <HomeScreen view={view} firstSteps={<SetupChecklist />} {...props} />;
}
