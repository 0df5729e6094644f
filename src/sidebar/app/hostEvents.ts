/**
 * The host's record and field events of Baton's tables. [SP3] No fixed delay: the events of one burst (a
 * write's answer carries them together) are followed by one read as soon as the burst is handed over; events
 * arriving while that read runs are followed by exactly one more read after it, never by one read each.
 */
import { useEffect, useRef } from 'react';
import type { BitableHost } from '../../port/bitableBase';
import type { TableKey } from '../../schema/schemaTypes';
import type { RecordEventKind } from '../../services/refresh';
import type { LoadState } from './appModel';
import { coalesced } from './coalesced';

const DATA_TABLES = ['departments', 'members', 'tasks', 'notifications'] as const;

export function useHostEvents(
  host: BitableHost,
  state: LoadState,
  onRecords: (table: TableKey, kind: RecordEventKind, ids: string[]) => void,
  followRecords: () => Promise<unknown>,
  followStructure: () => Promise<unknown>,
) {
  const store = state.phase === 'ready' ? state.session.store : undefined;
  const latest = useRef({ onRecords, followRecords, followStructure });
  latest.current = { onRecords, followRecords, followStructure };
  useEffect(() => {
    if (!store) return;
    const data = coalesced(() => latest.current.followRecords());
    const structure = coalesced(() => latest.current.followStructure());
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
