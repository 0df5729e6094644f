/**
 * The session every screen works in, the clock it reads and the way to re-read the Base after a write:
 * provided once by the main screen instead of handed down through every screen's props.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Session } from '../../services/session';

export type ReadySession = Extract<Session, { kind: 'ready' }>;

interface SessionValue {
  session: ReadySession;
  now: () => number;
  /** Re-read the data after a change made here. */
  refresh: () => void;
}

const SessionContext = createContext<SessionValue | undefined>(undefined);

interface Props {
  session: ReadySession;
  now: () => number;
  refresh?: () => void;
  children: ReactNode;
}

const nothing = () => undefined;

export function SessionProvider({ session, now, refresh = nothing, children }: Props) {
  return <SessionContext.Provider value={{ session, now, refresh }}>{children}</SessionContext.Provider>;
}

function useSessionValue(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a SessionProvider');
  return value;
}

export const useSession = (): ReadySession => useSessionValue().session;
export const useNow = (): (() => number) => useSessionValue().now;
export const useRefresh = (): (() => void) => useSessionValue().refresh;
