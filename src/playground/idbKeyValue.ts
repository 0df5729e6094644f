/** A plain key-value store in one IndexedDB object store: enough to keep one Base across reloads. */
import type { KeyValue } from './savedBase';

const STORE = 'kv';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

async function open(name: string, closed: () => void): Promise<IDBDatabase> {
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  const db = await request(req);
  // Another page deleting or upgrading the database is not kept waiting on this one; the next use reopens.
  db.onversionchange = () => {
    db.close();
    closed();
  };
  return db;
}

export function idbKeyValue(name: string): KeyValue {
  let db: Promise<IDBDatabase> | undefined;
  const store = async (mode: IDBTransactionMode) =>
    (await (db ??= open(name, () => (db = undefined)))).transaction(STORE, mode).objectStore(STORE);
  return {
    get: async (key) => request((await store('readonly')).get(key)),
    set: async (key, value) => {
      const objects = await store('readwrite');
      const { transaction } = objects;
      // A full disk shows as the transaction's abort, after the put itself succeeded.
      const written = new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
      });
      objects.put(value, key);
      await written;
    },
  };
}
