/** Which screen the sidebar shows, from what loading produced. Pure. */
import type { Session } from '../../services/session';
import type { ReadySession } from '../kernel/session';

export type LoadState =
  { phase: 'loading' } | { phase: 'error'; error: unknown } | { phase: 'ready'; session: Session };

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
  | { kind: 'main'; session: ReadySession; tabs: Tab[]; readOnly: boolean };

export type { ReadySession } from '../kernel/session';

export function screenOf(state: LoadState): Screen {
  if (state.phase === 'loading') return { kind: 'loading' };
  if (state.phase === 'error') return { kind: 'error', error: state.error };
  const { session } = state;
  if (session.kind === 'needsInstall') return { kind: 'install', session };
  if (session.viewer.kind === 'notMember') return { kind: 'notMember', session };
  return { kind: 'main', session, tabs: tabsFor(session), readOnly: !session.canEdit };
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
