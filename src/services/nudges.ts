/**
 * Which of the given nudges were sent already, looked up by their history event keys. The keys carry the
 * day, so pressing again today writes nothing new even where this lookup fails; it only keeps buttons honest.
 */
import type { BatonStore } from '../store/batonStore';

export async function sentNudges(store: BatonStore, eventKeys: string[]): Promise<ReadonlySet<string>> {
  if (eventKeys.length === 0 || !store.resolution.schema.taskEvents?.fields.key) return new Set();
  const found = await store.findKeyed('taskEvents', 'key', eventKeys);
  return new Set(found.keys());
}
