/** A plain key-value store in one IndexedDB object store: enough to keep one Base across reloads. */
import type { KeyValue } from './savedBase';

const STORE = 'kv';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function open(name: string): Promise<IDBDatabase> {
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

export function idbKeyValue(name: string): KeyValue {
  let db: Promise<IDBDatabase> | undefined;
  const store = async (mode: IDBTransactionMode) =>
    (await (db ??= open(name))).transaction(STORE, mode).objectStore(STORE);
  return {
    get: async (key) => request((await store('readonly')).get(key)),
    set: async (key, value) => {
      const objects = await store('readwrite');
      await request(objects.put(value, key));
      await new Promise<void>((resolve, reject) => {
        objects.transaction.oncomplete = () => resolve();
        objects.transaction.onerror = () =>
          reject(objects.transaction.error ?? new Error('IndexedDB write failed'));
        objects.transaction.onabort = () =>
          reject(objects.transaction.error ?? new Error('IndexedDB write aborted'));
      });
    },
  };
}
