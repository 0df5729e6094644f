/**
 * Loads the session, keeps the theme in step with the host, and follows changes made by anyone: record
 * changes re-read just the records they name (services/refresh.ts), field changes re-read the whole structure
 * (a deleted field shows at once). After every read the background runner (services/backgroundLive.ts) runs
 * the background jobs; a timer lets it run those due now and then (escalation) when nothing is read.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BitableHost } from '../../port/bitableBase';
import { LIVE_TICK_MS, LiveBackground } from '../../services/backgroundLive';
import type { KeyValueStore } from '../../store/sessionSnapshot';
import { uiTheme, type Session, type UiTheme } from '../../services/session';
import { keepSnapshot, openWarm, type ReadySession } from '../../services/warmOpen';
import type { LoadState } from './appModel';
import { openTables, useHostEvents, type OpenTables } from './hostEvents';
import { indexedDbStore } from './indexedDbStore';
import { runnerId } from './runnerId';
import { whenIdle } from './whenIdle';

/** Until the page is next idle: the snapshot is written a part at a time between the page's own work. */
const idle = () => new Promise<void>((resolve) => whenIdle(() => resolve()));

/** `snapshots`: where this device keeps its session snapshot; IndexedDB unless given. */
export function useBaton(host: BitableHost, now: () => number = Date.now, snapshots?: KeyValueStore) {
  const [state, setLoadState] = useState<LoadState>({ phase: 'loading' });
  const [theme, setTheme] = useState<UiTheme | undefined>();
  const [tables, setTables] = useState<OpenTables>();
  const stateRef = useRef(state);
  // Set with the state, so that a re-read queued right behind another starts from what that one read.
  const setState = useCallback((next: LoadState) => {
    stateRef.current = next;
    setLoadState(next);
  }, []);
  const [runner] = useState(() => new LiveBackground({ holder: runnerId(), clock: now }));
  const [kv] = useState(() => snapshots ?? indexedDbStore());
  const show = useCallback(
    (session: Session) => {
      setState({ phase: 'ready', session });
      void runner.run().catch(() => undefined); // a failed run derives everything next time
    },
    [runner, setState],
  );

  // Every read runs in this queue, one after another, each starting from what the previous one left.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const enqueue = useCallback((run: () => Promise<void>) => {
    const result = queue.current.then(run);
    queue.current = result.catch(() => undefined); // one failed read does not stop the ones behind it
    return result;
  }, []);

  /** `quiet` keeps the current screen while re-reading, instead of showing the spinner. */
  const load = useCallback(
    (quiet = false) =>
      enqueue(async () => {
        if (!quiet) setState({ phase: 'loading' });
        // [SP10] A first load paints this device's snapshot, if any, while the Base is read; a quiet one keeps
        // the screen it has. Background work waits for the fresh session.
        const early = (kept: ReadySession) => setState({ phase: 'ready', session: kept, updating: true });
        try {
          // The tables to listen to are fetched with the session's first calls, not a round trip after it.
          const [session, opened] = await Promise.all([
            openWarm(host, quiet ? undefined : kv, early),
            openTables(host),
          ]);
          runner.readAll(session);
          setTables(opened);
          show(session);
          // The stamp only tells one write from another: the device's clock will do.
          if (kv) whenIdle(() => void keepSnapshot(kv, session, Date.now(), idle));
        } catch (error) {
          setState({ phase: 'error', error });
        }
      }),
    [host, runner, show, setState, enqueue, kv],
  );

  const reread = useCallback(
    (partial: boolean) =>
      enqueue(async () => {
        const current = stateRef.current;
        if (current.phase !== 'ready' || current.session.kind !== 'ready' || current.updating) {
          // Not loaded yet (or failed): everything is read instead, in its turn.
          void load(true);
          return;
        }
        show(await runner.reread(current.session, partial));
      }).catch(() => {
        // A background re-read that fails keeps what is on screen (a half-filled wizard included); the next
        // change or a reload reads again, in full.
      }),
    [load, runner, show, enqueue],
  );
  const refreshData = useCallback(() => reread(false), [reread]);

  useEffect(() => {
    void load();
    return host.bridge.onThemeChange((ev) => setTheme(uiTheme(ev.data.theme)));
  }, [host, load]);
  useEffect(() => {
    const timer = setInterval(() => void runner.run().catch(() => undefined), LIVE_TICK_MS);
    return () => clearInterval(timer);
  }, [runner]);

  useHostEvents(
    tables,
    state,
    runner.note,
    () => reread(true),
    () => load(true),
  );

  const hostTheme = state.phase === 'ready' ? state.session.context.theme : undefined;
  return { state, theme: theme ?? hostTheme ?? 'light', reload: () => load(), refreshData };
}
