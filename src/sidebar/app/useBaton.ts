/**
 * Loads the session, keeps the theme in step with the host, and follows changes made by anyone: record
 * changes re-read just the records they name (services/refresh.ts), field changes re-read the whole structure
 * (a deleted field shows at once).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { prepareGraph, type Graph } from '../../core/taskGraph';
import type { BitableHost } from '../../port/bitableBase';
import type { TableKey } from '../../schema/schemaTypes';
import { escalate } from '../../services/escalate';
import { holdLease, LEASE_MS } from '../../services/lease';
import { cascade } from '../../services/process';
import {
  noChanges,
  noteChange,
  refreshCore,
  type RecordChanges,
  type RecordEventKind,
  type Refreshed,
} from '../../services/refresh';
import type { BatonStore } from '../../store/batonStore';
import { myNotices, openSession, uiTheme, type UiTheme } from '../../services/session';
import type { LoadState, ReadySession } from './appModel';
import { DerivationBacklog } from './derivationBacklog';

const REFRESH_DEBOUNCE_MS = 300;
const DATA_TABLES = ['departments', 'members', 'tasks', 'notifications'] as const;
const ESCALATION_INTERVAL_MS = 5 * 60_000;

export function useBaton(host: BitableHost, now: () => number = Date.now) {
  const [state, setLoadState] = useState<LoadState>({ phase: 'loading' });
  const [theme, setTheme] = useState<UiTheme | undefined>();
  const stateRef = useRef(state);
  // Set with the state, so that a re-read queued right behind another starts from what that one read.
  const setState = useCallback((next: LoadState) => {
    stateRef.current = next;
    setLoadState(next);
  }, []);

  // Every read runs in this queue, one after another, each starting from what the previous one left.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const enqueue = useCallback((run: () => Promise<void>) => {
    const result = queue.current.then(run);
    queue.current = result.catch(() => undefined); // one failed read does not stop the ones behind it
    return result;
  }, []);
  const backlog = useRef(new DerivationBacklog());

  /** `quiet` keeps the current screen while re-reading, instead of showing the spinner. */
  const load = useCallback(
    (quiet = false) =>
      enqueue(async () => {
        if (!quiet) setState({ phase: 'loading' });
        try {
          const session = await openSession(host);
          backlog.current.add(undefined);
          setState({ phase: 'ready', session });
        } catch (error) {
          setState({ phase: 'error', error });
        }
      }),
    [host, setState, enqueue],
  );

  const changes = useRef(noChanges());
  // Set while a re-read is under way and left set when it fails: the changes it took are then read by a
  // full re-read next time.
  const behind = useRef(false);
  const reread = useCallback(
    (partial: boolean) =>
      enqueue(async () => {
        const current = stateRef.current;
        if (current.phase !== 'ready' || current.session.kind !== 'ready') {
          // Not loaded yet (or failed): everything is read instead, in its turn.
          void load(true);
          return;
        }
        const seen = partial && !behind.current ? changes.current : undefined;
        changes.current = noChanges();
        behind.current = true;
        const { session, changedTaskIds } = await rereadSession(current.session, seen);
        behind.current = false;
        backlog.current.add(changedTaskIds);
        setState({ phase: 'ready', session });
      }).catch(() => {
        // A background re-read that fails keeps what is on screen (a half-filled wizard included); the next
        // change or a reload reads again.
      }),
    [load, setState, enqueue],
  );
  const refreshData = useCallback(() => reread(false), [reread]);

  useEffect(() => {
    void load();
    return host.bridge.onThemeChange((ev) => setTheme(uiTheme(ev.data.theme)));
  }, [host, load]);

  const onRecords = useCallback((table: TableKey, kind: RecordEventKind, ids: string[]) => {
    noteChange(changes.current, table, kind, ids);
  }, []);
  useHostEvents(
    host,
    state,
    onRecords,
    () => void reread(true),
    () => void load(true),
  );
  const mayRun = useRunner(now);
  useEscalation(state, now, mayRun);
  useCascade(state, now, mayRun, backlog.current);

  const hostTheme = state.phase === 'ready' ? state.session.context.theme : undefined;
  return { state, theme: theme ?? hostTheme ?? 'light', reload: () => load(), refreshData };
}

/** Everything again, or (with `changes`) only the records the host's events named. */
async function rereadSession(
  session: ReadySession,
  changes?: RecordChanges,
): Promise<{ session: ReadySession; changedTaskIds?: string[] }> {
  const { store } = session;
  const refreshed: Promise<Refreshed> = changes
    ? refreshCore(store, session.data, changes)
    : store.loadCore().then((data) => ({ data }));
  const notices =
    !changes || changes.tables.has('notifications')
      ? myNotices(store, session.context.userId)
      : session.notices;
  const [{ data, changedTaskIds }, mine] = await Promise.all([refreshed, notices]);
  return { session: { ...session, data, notices: mine }, changedTaskIds };
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
  onRecords: (table: TableKey, kind: RecordEventKind, ids: string[]) => void,
  followRecords: () => void,
  followStructure: () => void,
) {
  const store = state.phase === 'ready' ? state.session.store : undefined;
  const latest = useRef({ onRecords, followRecords, followStructure });
  latest.current = { onRecords, followRecords, followStructure };
  useEffect(() => {
    if (!store) return;
    const data = debounced(() => latest.current.followRecords());
    const structure = debounced(() => latest.current.followStructure());
    const unsubscribers: (() => void)[] = [];
    let cancelled = false;
    for (const table of Object.values(store.resolution.schema)) {
      const watchRecords = (DATA_TABLES as readonly string[]).includes(table.key);
      const note = (kind: RecordEventKind) => (ids: string[]) => {
        latest.current.onRecords(table.key, kind, ids);
        data.schedule();
      };
      void host.base.getTableById(table.id).then((t) => {
        if (cancelled) return;
        unsubscribers.push(
          t.onFieldAdd(structure.schedule),
          t.onFieldDelete(structure.schedule),
          t.onFieldModify(structure.schedule),
        );
        if (watchRecords)
          unsubscribers.push(
            t.onRecordAdd((ev) => note('add')(ev.data)),
            t.onRecordModify((ev) => note('modify')([ev.data.recordId])),
            t.onRecordDelete((ev) => note('delete')(ev.data)),
          );
      });
    }
    return () => {
      cancelled = true;
      data.cancel();
      structure.cancel();
      unsubscribers.forEach((u) => u());
    };
  }, [host, store]);
}

/**
 * [C6] While a sidebar with edit rights is open, every time the tasks are (re)read it derives the statuses
 * that follow from the graph and writes what changed: after a partial re-read only from the changed tasks, on
 * the graph kept from the last read when no link changed. The echo of those writes derives nothing more, so
 * there is no loop; keys make a second sidebar's writes a no-op. A run right after another sidebar held the
 * lease, or after a failed run, derives everything, so nothing changed in between is missed.
 */
function useCascade(state: LoadState, now: () => number, mayRun: Runner, backlog: DerivationBacklog) {
  const session = state.phase === 'ready' && state.session.kind === 'ready' ? state.session : undefined;
  const editor = session?.canEdit && session.viewer.kind === 'member' ? session : undefined;
  const tasks = editor?.data.tasks;
  const graph = useRef<Graph | undefined>(undefined);
  const ranLast = useRef(false);
  useEffect(() => {
    if (!editor || !tasks) return;
    // Once per read of the tasks: the session, the changes and the clock are taken at that moment.
    const pending = backlog.take();
    const run = async () => {
      const runs = await mayRun(editor.store);
      const changed = ranLast.current ? pending : undefined;
      ranLast.current = false;
      if (!runs) return;
      graph.current = prepareGraph(tasks, graph.current);
      await cascade(editor.store, tasks, editor.context.userId, now(), { changed, graph: graph.current });
      ranLast.current = true;
    };
    void run().catch(() => undefined);
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
