/**
 * The runner lease holder (services/lease.ts): this browser, kept across reloads, so reopening the sidebar (or
 * switching user in the playground) keeps the lease instead of waiting for it to expire.
 */
const STORAGE_KEY = 'baton.runnerId';
let current: string | undefined;

export function runnerId(): string {
  return (current ??= savedOrNew());
}

function savedOrNew(): string {
  const fresh = () =>
    globalThis.crypto?.randomUUID?.() ??
    `runner-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved) return saved;
    const id = fresh();
    globalThis.localStorage?.setItem(STORAGE_KEY, id);
    return id;
  } catch {
    return fresh(); // storage blocked: this sidebar alone
  }
}
