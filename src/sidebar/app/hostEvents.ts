/**
 * The host's record and field events of Baton's tables. [SP3] No fixed delay: the events of one burst (a
 * write's answer carries them together) are followed by one read as soon as the burst is handed over; events
 * arriving while that read runs are followed by exactly one more read after it, never by one read each.
 * The tables are fetched alongside the session's own reads (`openTables`), so listening starts in the same
 * commit as the screen that shows the data: a change made right after the screen appears is not missed.
 */
import { useLayoutEffect, useRef } from 'react';
import type { BaseTable, BitableHost } from '../../port/bitableBase';
import type { TableKey } from '../../schema/schemaTypes';
import type { RecordEventKind } from '../../services/refresh';
import type { LoadState } from './appModel';
import { coalesced } from './coalesced';

const DATA_TABLES = ['departments', 'members', 'tasks', 'notifications'] as const;

export type OpenTables = Map<string, BaseTable>;

/** Every table of the Base by id; its calls travel with the other calls made at the same moment. */
export async function openTables(host: BitableHost): Promise<OpenTables> {
  const metas = await host.base.getTableMetaList();
  const tables = await Promise.all(metas.map((m) => host.base.getTableById(m.id)));
  return new Map(tables.map((t) => [t.id, t]));
}

export function useHostEvents(
  tables: OpenTables | undefined,
  state: LoadState,
  onRecords: (table: TableKey, kind: RecordEventKind, ids: string[]) => void,
  followRecords: () => Promise<unknown>,
  followStructure: () => Promise<unknown>,
) {
  const store = state.phase === 'ready' ? state.session.store : undefined;
  const latest = useRef({ onRecords, followRecords, followStructure });
  latest.current = { onRecords, followRecords, followStructure };
  useLayoutEffect(() => {
    if (!store || !tables) return;
    const data = coalesced(() => latest.current.followRecords());
    const structure = coalesced(() => latest.current.followStructure());
    const unsubscribers: (() => void)[] = [];
    for (const table of Object.values(store.resolution.schema)) {
      const t = tables.get(table.id);
      if (!t) continue; // not in the Base when it was opened: the structure re-read finds it
      const note = (kind: RecordEventKind) => (ids: string[]) => {
        latest.current.onRecords(table.key, kind, ids);
        data.schedule();
      };
      unsubscribers.push(
        t.onFieldAdd(structure.schedule),
        t.onFieldDelete(structure.schedule),
        t.onFieldModify(structure.schedule),
      );
      if ((DATA_TABLES as readonly string[]).includes(table.key))
        unsubscribers.push(
          t.onRecordAdd((ev) => note('add')(ev.data)),
          t.onRecordModify((ev) => note('modify')([ev.data.recordId])),
          t.onRecordDelete((ev) => note('delete')(ev.data)),
        );
    }
    return () => {
      data.cancel();
      structure.cancel();
      unsubscribers.forEach((u) => u());
    };
  }, [tables, store]);
}
