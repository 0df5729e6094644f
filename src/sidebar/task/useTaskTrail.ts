/**
 * Reads the history and notices of a task and its stages. The reads for every id are started together, so
 * the host serves them in one round trip instead of one per stage.
 */
import { useCallback, useEffect, useState } from 'react';
import { taskHistory, taskNotices } from '../../services/inbox';
import type { BatonStore } from '../../store/batonStore';
import { mergeTrails, type Trail } from './taskTrailModel';

export type TrailState =
  { phase: 'loading' } | { phase: 'ready'; trail: Trail } | { phase: 'error'; error: unknown };

export function useTaskTrail(store: BatonStore, taskIds: string[]) {
  const [state, setState] = useState<TrailState>({ phase: 'loading' });
  // A stable dependency: the caller builds a new array on every render.
  const idsKey = taskIds.join(',');

  const load = useCallback(async () => {
    const ids = idsKey ? idsKey.split(',') : [];
    try {
      const trails = await Promise.all(
        ids.map(async (id) => {
          const [events, notices] = await Promise.all([taskHistory(store, id), taskNotices(store, id)]);
          return { events, notices };
        }),
      );
      setState({ phase: 'ready', trail: mergeTrails(trails) });
    } catch (error) {
      setState({ phase: 'error', error });
    }
  }, [store, idsKey]);

  useEffect(() => {
    void load();
  }, [load]);

  return { state, reload: load };
}
