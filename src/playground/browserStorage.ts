/** Keeps the playground's local Base in the browser, so it survives reloads. */
import type { LocalStorageAdapter } from '../local/localHost';
import type { LocalState } from '../local/localState';

export const STORAGE_KEY = 'baton.playground.base.v1';

export function browserStorage(storage: Storage = window.localStorage): LocalStorageAdapter {
  return {
    load: () => {
      const json = storage.getItem(STORAGE_KEY);
      return json ? (JSON.parse(json) as LocalState) : undefined;
    },
    save: (state) => storage.setItem(STORAGE_KEY, JSON.stringify(state)),
  };
}
