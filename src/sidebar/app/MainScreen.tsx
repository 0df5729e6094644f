import { Banner } from '@douyinfe/semi-ui';
import { useCallback, useState } from 'react';
import type { BitableHost } from '../../port/bitableBase';
import { unreadCount } from '../notices/noticesModel';
import { SessionProvider } from '../kernel/session';
import { RecordPage } from '../scoring/RecordPage';
import { PersonRecordProvider } from '../kernel/PersonName';
import { useI18n } from '../shared/i18nContext';
import { TaskPage } from '../task/TaskPage';
import type { ReadySession, Tab } from './appModel';
import { TabBar } from './TabBar';
import { TAB_SCREENS } from './tabScreens';

interface Props {
  host: BitableHost;
  now: () => number;
  session: ReadySession;
  tabs: Tab[];
  readOnly: boolean;
  /** Shown from this device's snapshot until the fresh read arrives ([SP10]). */
  updating?: boolean;
  /** Re-read the data after a change made here; `reload` re-reads the Base's structure too. */
  refresh: () => void;
  reload: () => void;
}

/** The member's sidebar: a tab bar and the active tab's screen (tabScreens.tsx); any task opens its page. */
export function MainScreen(props: Props) {
  const [recordOf, setRecordOf] = useState<string>();
  const [openTaskId, setOpenTaskId] = useState<string>();
  const openTask = useCallback((taskId: string) => {
    setRecordOf(undefined);
    setOpenTaskId(taskId);
  }, []);
  return (
    <SessionProvider session={props.session} now={props.now} refresh={props.refresh}>
      <PersonRecordProvider value={setRecordOf}>
        {recordOf && (
          <RecordPage memberId={recordOf} onBack={() => setRecordOf(undefined)} onOpenTask={openTask} />
        )}
        {/* Hidden, not unmounted: back from a record returns to the same tab, task and scroll. */}
        <div hidden={recordOf !== undefined}>
          <Screens {...props} openTaskId={openTaskId} openTask={openTask} onCloseTask={setOpenTaskId} />
        </div>
      </PersonRecordProvider>
    </SessionProvider>
  );
}

interface ScreenProps extends Props {
  openTaskId?: string;
  openTask: (taskId: string) => void;
  onCloseTask: (none: undefined) => void;
}

/** Quiet and out of the flow, so that nothing moves when it goes. */
const UPDATING_STYLE = {
  position: 'fixed',
  top: 2,
  right: 12,
  fontSize: 12,
  color: 'var(--semi-color-text-2)',
  pointerEvents: 'none',
} as const;

function Screens({ host, session, tabs, readOnly, updating, refresh, reload, ...task }: ScreenProps) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('home');
  const { openTaskId, openTask } = task;
  const active = tabs.includes(tab) ? tab : 'home';
  const unread = unreadCount(session.notices);

  const hint = updating && (
    <span role="status" style={UPDATING_STYLE} data-testid="updating">
      {t('app.updating')}
    </span>
  );
  if (openTaskId)
    return (
      <>
        {hint}
        <TaskPage key={openTaskId} taskId={openTaskId} onBack={() => task.onCloseTask(undefined)} />
      </>
    );
  const context = { host, session, readOnly, refresh, reload, openTask, openTab: setTab };
  return (
    <div className="baton-stack">
      {hint}
      {readOnly && (
        <Banner type="info" description={t('app.readOnly')} closeIcon={null} data-testid="read-only" />
      )}
      <TabBar
        tabs={tabs}
        active={active}
        labelOf={(key) => TAB_SCREENS[key].label(t, unread)}
        onChange={setTab}
        moreLabel={t('nav.more')}
      />
      <div
        role="tabpanel"
        id="baton-tab-panel"
        aria-labelledby={`baton-tab-${active}`}
        data-screen={active}
        key={active}
      >
        {TAB_SCREENS[active].render(context)}
      </div>
    </div>
  );
}
