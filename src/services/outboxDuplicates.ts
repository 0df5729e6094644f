/**
 * Two writers that each looked a key up before the other's row reached them both add it: nothing on the host
 * can stop that. Once the writes have synced every reader lists the same rows, so the background keeps the
 * smallest record id of each notice and history key and removes the rest; every runner removes the same rows.
 */
import type { BatonStore } from '../store/batonStore';

/** Only rows this recent are compared: older duplicates were removed by an earlier run. */
export const DUPLICATE_WINDOW_MS = 24 * 60 * 60_000;

function extraRows(rows: { id: string; key: string; at?: number }[], since: number): string[] {
  const byKey = new Map<string, string[]>();
  for (const row of rows)
    if (row.key && (row.at ?? Infinity) >= since) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.id]);
  return [...byKey.values()].flatMap((ids) => ids.sort((a, b) => a.localeCompare(b)).slice(1));
}

/** Removes the later copies of each recent notice and history key; returns how many rows it removed. */
export async function removeDuplicates(store: BatonStore, now: number): Promise<number> {
  const since = now - DUPLICATE_WINDOW_MS;
  const [notices, events] = await Promise.all([store.readAll('notifications'), store.readAll('taskEvents')]);
  const plain = (rows: typeof notices | typeof events) =>
    rows.map((r) => ({ id: r.id, key: String(r.values.key ?? ''), at: r.values.at as number | undefined }));
  const extraNotices = extraRows(plain(notices), since);
  const extraEvents = extraRows(plain(events), since);
  await Promise.all([
    extraNotices.length ? store.remove('notifications', extraNotices) : undefined,
    extraEvents.length ? store.remove('taskEvents', extraEvents) : undefined,
  ]);
  return extraNotices.length + extraEvents.length;
}
