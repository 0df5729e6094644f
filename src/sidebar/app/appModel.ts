/** Which screen the sidebar shows, from what loading produced. Pure. */
import type { Session } from '../../services/session';

export type LoadState =
  { phase: 'loading' } | { phase: 'error'; error: unknown } | { phase: 'ready'; session: Session };

export type Tab = 'home' | 'assign' | 'pool' | 'notices' | 'health';

export type Screen =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'install'; session: Extract<Session, { kind: 'needsInstall' }> }
  | { kind: 'notMember'; session: ReadySession }
  | { kind: 'main'; session: ReadySession; tabs: Tab[]; readOnly: boolean };

export type ReadySession = Extract<Session, { kind: 'ready' }>;

export function screenOf(state: LoadState): Screen {
  if (state.phase === 'loading') return { kind: 'loading' };
  if (state.phase === 'error') return { kind: 'error', error: state.error };
  const { session } = state;
  if (session.kind === 'needsInstall') return { kind: 'install', session };
  if (session.viewer.kind === 'notMember') return { kind: 'notMember', session };
  return { kind: 'main', session, tabs: tabsFor(session), readOnly: !session.canEdit };
}

/** Only the boss and department heads assign work (派单); a read-only user sees no form. Everyone sees the pool. */
function tabsFor(session: ReadySession): Tab[] {
  const viewer = session.viewer;
  const assigns = viewer.kind === 'member' && viewer.role !== 'employee' && session.canEdit;
  return assigns ? ['home', 'assign', 'pool', 'notices', 'health'] : ['home', 'pool', 'notices', 'health'];
}
