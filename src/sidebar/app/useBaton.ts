/**
 * Loads the session, keeps the theme in step with the host, and follows changes made by anyone:
 * record changes re-read the data, field changes re-read the whole structure (a deleted field shows at once).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BitableHost } from '../../port/bitableBase';
import { escalate } from '../../services/escalate';
import { holdLease, LEASE_MS } from '../../services/lease';
import { cascade } from '../../services/process';
import type { BatonStore } from '../../store/batonStore';
import { myNotices, openSession, uiTheme, type UiTheme } from '../../services/session';
import type { LoadState } from './appModel';

const REFRESH_DEBOUNCE_MS = 300;
const DATA_TABLES = ['departments', 'members', 'tasks', 'notifications'] as const;
const ESCALATION_INTERVAL_MS = 5 * 60_000;

export function useBaton(host: BitableHost, now: () => number = Date.now) {
  const [state, setState] = useState<LoadState>({ phase: 'loading' });
  const [theme, setTheme] = useState<UiTheme | undefined>();
  const stateRef = useRef(state);
  stateRef.current = state;

  /** `quiet` keeps the current screen while re-reading, instead of showing the spinner. */
  const load = useCallback(
    async (quiet = false) => {
      if (!quiet) setState({ phase: 'loading' });
      try {
        setState({ phase: 'ready', session: await openSession(host) });
      } catch (error) {
        setState({ phase: 'error', error });
      }
    },
    [host],
  );

  const refreshData = useCallback(async () => {
    const current = stateRef.current;
    if (current.phase !== 'ready' || current.session.kind !== 'ready') return load(true);
    const session = current.session;
    try {
      const [data, notices] = await Promise.all([
        session.store.loadCore(),
        myNotices(session.store, session.context.userId),
      ]);
      setState({ phase: 'ready', session: { ...session, data, notices } });
    } catch {
      // A background re-read that fails keeps what is on screen (a half-filled wizard included); the next
      // change or a reload reads again.
    }
  }, [load]);

  useEffect(() => {
    void load();
    return host.bridge.onThemeChange((ev) => setTheme(uiTheme(ev.data.theme)));
  }, [host, load]);

  const reread = useCallback(() => load(true), [load]);
  useHostEvents(host, state, refreshData, reread);
  const mayRun = useRunner(now);
  useEscalation(state, now, mayRun);
  useCascade(state, now, mayRun);

  const hostTheme = state.phase === 'ready' ? state.session.context.theme : undefined;
  return { state, theme: theme ?? hostTheme ?? 'light', reload: () => load(), refreshData };
}

function debounced(run: () => void): { schedule: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule: () => {
      clearTimeout(timer);
      timer = setTimeout(run, REFRESH_DEBOUNCE_MS);
    },
    cancel: () => clearTimeout(timer),
  };
}

function useHostEvents(
  host: BitableHost,
  state: LoadState,
  refreshData: () => Promise<void>,
  reread: () => Promise<void>,
) {
  const store = state.phase === 'ready' ? state.session.store : undefined;
  useEffect(() => {
    if (!store) return;
    const data = debounced(() => void refreshData());
    const structure = debounced(() => void reread());
    const unsubscribers: (() => void)[] = [];
    let cancelled = false;
    for (const table of Object.values(store.resolution.schema)) {
      const watchRecords = (DATA_TABLES as readonly string[]).includes(table.key);
      void host.base.getTableById(table.id).then((t) => {
        if (cancelled) return;
        unsubscribers.push(
          t.onFieldAdd(structure.schedule),
          t.onFieldDelete(structure.schedule),
          t.onFieldModify(structure.schedule),
        );
        if (watchRecords)
          unsubscribers.push(
            t.onRecordAdd(data.schedule),
            t.onRecordModify(data.schedule),
            t.onRecordDelete(data.schedule),
          );
      });
    }
    return () => {
      cancelled = true;
      data.cancel();
      structure.cancel();
      unsubscribers.forEach((u) => u());
    };
  }, [host, store, refreshData, reread]);
}

/**
 * [C6] While a sidebar with edit rights is open, every time the tasks are (re)read it derives the statuses
 * that follow from the graph and writes what changed. The echo of those writes re-reads the tasks and
 * derives nothing more, so there is no loop; keys make a second sidebar's writes a no-op.
 */
function useCascade(state: LoadState, now: () => number, mayRun: Runner) {
  const session = state.phase === 'ready' && state.session.kind === 'ready' ? state.session : undefined;
  const editor = session?.canEdit && session.viewer.kind === 'member' ? session : undefined;
  const tasks = editor?.data.tasks;
  useEffect(() => {
    if (!editor || !tasks) return;
    // Once per read of the tasks: the session and clock are read at that moment.
    void mayRun(editor.store)
      .then((runs) => (runs ? cascade(editor.store, tasks, editor.context.userId, now()) : undefined))
      .catch(() => undefined);
  }, [tasks]);
}

/**
 * While a sidebar with edit rights is open, it runs the escalation rules now and then; the notices it adds
 * arrive back through the outbox's record events. Keys make every other sidebar's run a no-op.
 */
function useEscalation(state: LoadState, now: () => number, mayRun: Runner) {
  const session = state.phase === 'ready' && state.session.kind === 'ready' ? state.session : undefined;
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const store = session?.canEdit && session.viewer.kind === 'member' ? session.store : undefined;
  useEffect(() => {
    if (!store) return;
    const run = () => {
      const current = sessionRef.current;
      if (!current) return;
      void mayRun(store)
        .then((runs) => (runs ? escalate(store, current.data, now()) : undefined))
        .catch(() => undefined);
    };
    run();
    const timer = setInterval(run, ESCALATION_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [store, now]);
}

type Runner = (store: BatonStore) => Promise<boolean>;

/**
 * The lease holder: this browser, kept across reloads, so reopening the sidebar (or switching user in the
 * playground) keeps the lease instead of waiting for it to expire.
 */
const RUNNER_ID = runnerId();

function runnerId(): string {
  const fresh = () =>
    globalThis.crypto?.randomUUID?.() ??
    `runner-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  try {
    const saved = globalThis.localStorage?.getItem('baton.runnerId');
    if (saved) return saved;
    const id = fresh();
    globalThis.localStorage?.setItem('baton.runnerId', id);
    return id;
  } catch {
    return fresh(); // storage blocked: this sidebar alone
  }
}

/**
 * Whether this sidebar is the one that runs background work now (see services/lease.ts). A held lease is
 * trusted until a minute before it ends, so most runs cost no extra round trip.
 */
function useRunner(now: () => number): Runner {
  const heldUntil = useRef(0);
  // Escalation and derivation may ask at the same moment: they share one lease check.
  const inFlight = useRef<Promise<boolean> | undefined>(undefined);
  return useCallback(
    async (store: BatonStore) => {
      if (heldUntil.current - 60_000 > now()) return true;
      inFlight.current ??= holdLease(store, RUNNER_ID, now())
        .then((held) => {
          heldUntil.current = held ? now() + LEASE_MS : 0;
          return held;
        })
        .finally(() => (inFlight.current = undefined));
      return inFlight.current;
    },
    [now],
  );
}
