/**
 * The browser's key-value store for the session snapshot ([SP10]): one IndexedDB object store, each call one
 * transaction. Absent where the browser has no IndexedDB; a database that refuses (private mode, quota) fails
 * the call, which the snapshot module turns into "no snapshot".
 */
import type { KeyValueStore } from '../../store/sessionSnapshot';

const DATABASE = 'baton';
const STORE = 'snapshots';

function opened(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
    request.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}

const answer = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
  });

const committed = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write failed'));
  });

function available(): boolean {
  try {
    return typeof indexedDB !== 'undefined';
  } catch {
    return false; // a frame the browser denies storage may throw on the mere lookup
  }
}

export function indexedDbStore(): KeyValueStore | undefined {
  if (!available()) return undefined;
  // Opened at once, so that the open is done by the time the structure has been read.
  const database = opened();
  database.catch(() => undefined); // refused: every call fails, which means "no snapshot"
  const db = () => database;
  return {
    async get(keys) {
      const store = (await db()).transaction(STORE, 'readonly').objectStore(STORE);
      return Promise.all(keys.map((key) => answer(store.get(key))));
    },
    async set(entries) {
      const tx = (await db()).transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      for (const [key, value] of entries) store.put(value, key);
      await committed(tx);
    },
  };
}
