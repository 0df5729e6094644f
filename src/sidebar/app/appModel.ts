/** Which screen the sidebar shows, from what loading produced. Pure. */
import type { Session } from '../../services/session';
import type { ReadySession } from '../kernel/session';

export type LoadState =
  | { phase: 'loading' }
  | { phase: 'error'; error: unknown }
  /** `updating`: the session of this device's snapshot, shown until the fresh read replaces it ([SP10]). */
  | { phase: 'ready'; session: Session; updating?: boolean };

export type Tab =
  | 'home'
  | 'work'
  | 'progress'
  | 'dashboard'
  | 'assign'
  | 'pool'
  | 'collection'
  | 'learning'
  | 'scoring'
  | 'notices'
  | 'health';

export type Screen =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'install'; session: Extract<Session, { kind: 'needsInstall' }> }
  | { kind: 'notMember'; session: ReadySession }
  | { kind: 'main'; session: ReadySession; tabs: Tab[]; readOnly: boolean; updating: boolean };

export type { ReadySession } from '../kernel/session';

export function screenOf(state: LoadState): Screen {
  if (state.phase === 'loading') return { kind: 'loading' };
  if (state.phase === 'error') return { kind: 'error', error: state.error };
  const { session } = state;
  if (session.kind === 'needsInstall') return { kind: 'install', session };
  if (session.viewer.kind === 'notMember') return { kind: 'notMember', session };
  const updating = state.updating ?? false;
  return { kind: 'main', session, tabs: tabsFor(session), readOnly: !session.canEdit, updating };
}

/**
 * Everyone has home, their work, the pool, learning (学习), notices and the check. The boss and department heads also follow
 * progress; those who can edit also assign (派单) — a read-only user sees no form.
 */
function tabsFor(session: ReadySession): Tab[] {
  const viewer = session.viewer;
  const manages = viewer.kind === 'member' && viewer.role !== 'employee';
  return [
    'home',
    'work',
    ...(manages ? (['progress', 'dashboard'] as const) : []),
    ...(manages && session.canEdit ? (['assign'] as const) : []),
    'pool',
    'collection',
    'learning',
    'scoring',
    'notices',
    'health',
  ];
}

/**
 * [EV21] The tabs shown in the bar itself, at most four so that they fit on one line at 320 px next to 更多: home,
 * work, the role's main action and notices (with its unread count). The main action is 派单 for whoever may assign,
 * 进度 for a manager who may not edit, 大厅 for an employee. Every other tab the role has goes in the 更多 menu.
 */
export function primaryTabs(tabs: readonly Tab[]): Tab[] {
  const main: Tab = tabs.includes('assign') ? 'assign' : tabs.includes('progress') ? 'progress' : 'pool';
  const wanted: Tab[] = ['home', 'work', main, 'notices'];
  return wanted.filter((tab) => tabs.includes(tab));
}

/** The tabs a role has that go in the 更多 menu, in their usual order. */
export const overflowTabs = (tabs: readonly Tab[]): Tab[] => {
  const primary = primaryTabs(tabs);
  return tabs.filter((tab) => !primary.includes(tab));
};
