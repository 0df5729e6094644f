/**
 * [CD21] The drive page is live: while it is open, record events on 收集 and 提交 (someone's upload, a row from
 * the form view, a review in another sidebar) read both tables again. As the app's own following ([SP3]): one
 * read per burst, no fixed delay, and events during a read ask for one more read after it.
 */
import { useEffect, useRef } from 'react';
import { readCollections, type CollectionData } from '../../services/collection/collectionData';
import type { BatonStore } from '../../store/batonStore';
import { coalesced } from '../app/coalesced';

const FOLLOWED = ['collections', 'submissions'] as const;

export function useLiveCollections(
  store: BatonStore,
  following: boolean,
  onRead: (data: CollectionData) => void,
) {
  const latest = useRef(onRead);
  latest.current = onRead;
  useEffect(() => {
    if (!following) return;
    let live = true;
    const reread = coalesced(async () => {
      const data = await readCollections(store);
      if (live) latest.current(data);
    });
    const unsubscribers: (() => void)[] = [];
    const tables = FOLLOWED.flatMap((key) => store.resolution.schema[key]?.id ?? []);
    void Promise.all(tables.map((id) => store.host.base.getTableById(id))).then((handles) => {
      if (!live) return;
      for (const t of handles)
        unsubscribers.push(
          t.onRecordAdd(reread.schedule),
          t.onRecordModify(reread.schedule),
          t.onRecordDelete(reread.schedule),
        );
    });
    return () => {
      live = false;
      reread.cancel();
      unsubscribers.forEach((u) => u());
    };
  }, [store, following]);
}
