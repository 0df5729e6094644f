import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Uploader } from '../../core/deliverableUpload';
import type { AttachmentValue } from '../../port/cellValues';
import {
  onUploadsChange,
  readDeliverableList,
  readUploaders,
  uploadsPending,
} from '../../services/deliverables';
import { useSession } from '../kernel/session';

/** The stage's deliverables and who uploaded them, as read from the Base; read again after an upload. */
export function useDeliverables(stageId: string) {
  const { store } = useSession();
  const [list, setList] = useState<{ files: AttachmentValue[]; uploaders: Map<string, Uploader> }>({
    files: [],
    uploaders: new Map(),
  });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    readDeliverableList(store, stageId)
      .then((found) => live.current && setList(found))
      .catch(() => undefined); // the list is a courtesy; the buttons work without it
    return () => {
      live.current = false;
    };
  }, [store, stageId]);
  // After this page's upload: the files as written, and who uploaded them as the history now says.
  const written = useCallback(
    (files: AttachmentValue[]) => {
      setList((before) => ({ ...before, files }));
      readUploaders(store, stageId)
        .then((uploaders) => live.current && setList((before) => ({ ...before, uploaders })))
        .catch(() => undefined);
    },
    [store, stageId],
  );
  return { ...list, written };
}

/** [EV18] Whether an upload runs (or waits) on this Base, from this page or any other: one runs at a time. */
export function useUploading(): boolean {
  const { store } = useSession();
  const base = store.host.base;
  return useSyncExternalStore(onUploadsChange, () => uploadsPending(base) > 0);
}
