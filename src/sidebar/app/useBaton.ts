/** Loads the session, keeps the theme in step with the host, and refreshes data when the tables change. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BitableHost } from '../../port/bitableBase';
import { openSession, uiTheme, type UiTheme } from '../../services/session';
import type { LoadState } from './appModel';

const REFRESH_DEBOUNCE_MS = 300;

export function useBaton(host: BitableHost) {
  const [state, setState] = useState<LoadState>({ phase: 'loading' });
  const [theme, setTheme] = useState<UiTheme | undefined>();
  const stateRef = useRef(state);
  stateRef.current = state;

  const load = useCallback(async () => {
    setState({ phase: 'loading' });
    try {
      setState({ phase: 'ready', session: await openSession(host) });
    } catch (error) {
      setState({ phase: 'error', error });
    }
  }, [host]);

  const refreshData = useCallback(async () => {
    // The screen stays as it is while the data is re-read.
    const current = stateRef.current;
    if (current.phase !== 'ready' || current.session.kind !== 'ready') return load();
    const session = current.session;
    try {
      const data = await session.store.loadCore();
      setState({ phase: 'ready', session: { ...session, data } });
    } catch (error) {
      setState({ phase: 'error', error });
    }
  }, [load]);

  useEffect(() => {
    void load();
    return host.bridge.onThemeChange((ev) => setTheme(uiTheme(ev.data.theme)));
  }, [host, load]);

  useTableEvents(host, state, refreshData);

  const hostTheme = state.phase === 'ready' ? state.session.context.theme : undefined;
  return { state, theme: theme ?? hostTheme ?? 'light', reload: load, refreshData };
}

/** Re-reads the data a moment after any change to departments, members or tasks, by anyone. */
function useTableEvents(host: BitableHost, state: LoadState, refresh: () => Promise<void>) {
  const store = state.phase === 'ready' ? state.session.store : undefined;
  useEffect(() => {
    if (!store) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), REFRESH_DEBOUNCE_MS);
    };
    const unsubscribers: (() => void)[] = [];
    let cancelled = false;
    const ids = (['departments', 'members', 'tasks'] as const).flatMap(
      (key) => store.resolution.schema[key]?.id ?? [],
    );
    for (const id of ids) {
      void host.base.getTableById(id).then((table) => {
        if (cancelled) return;
        unsubscribers.push(
          table.onRecordAdd(schedule),
          table.onRecordModify(schedule),
          table.onRecordDelete(schedule),
        );
      });
    }
    return () => {
      cancelled = true;
      clearTimeout(timer);
      unsubscribers.forEach((u) => u());
    };
  }, [host, store, refresh]);
}
