/**
 * [O3] What this sidebar still owes: notices and history of a change whose writing failed, so that it may
 * have landed untold (or may still land: a late answer). The background run of this sidebar and the retry of
 * the action (`payOwed`) tell it once the change shows in the Base, under the action's keys; an entry whose
 * change does not show within the TTL is dropped. It lives in memory: for a sidebar closed in between, the
 * background finds what landed untold in the record instead ([X6], [X12]), as far as the action's history row
 * landed ([X13]).
 */
import type { EventDraft, NoticeDraft } from '../core/notices';
import type { FieldValues } from '../schema/cellCodec';
import type { BatonStore } from '../store/batonStore';
import { record } from './outbox';

/** How long a change may take to show in the Base (a late answer) before what it owes is dropped. */
export const OWED_TTL_MS = 2 * 60_000;

export interface Owed {
  /** The cells the change writes, per task: the change has landed when the Base shows them all. */
  writes: { id: string; values: FieldValues<'tasks'> }[];
  notices: NoticeDraft[];
  events: EventDraft[];
  now: number;
  /** Task ids for drafts naming their task by plan key (a send). */
  ids?: ReadonlyMap<string, string>;
}

const owed = new Map<string, Owed>();

/** Owes the entry under `key` (the action's history key: one entry per outcome) after a failed write. */
export function owe(key: string, entry: Owed): void {
  owed.set(key, entry);
}

/** The action was told after all (its retry finished it). */
export function settle(key: string): void {
  owed.delete(key);
}

export const owedCount = () => owed.size;

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length);
const same = (a: unknown, b: unknown) => (empty(a) && empty(b)) || JSON.stringify(a) === JSON.stringify(b);

/**
 * Tells what landed (of the entries about `taskId` at `at`, when given); drops what did not show within the
 * TTL. Returns how many entries were told.
 */
export async function payOwed(
  store: BatonStore,
  now: number,
  only?: { taskId: string; at: number },
): Promise<number> {
  let told = 0;
  for (const [key, entry] of [...owed]) {
    if (only && (entry.now !== only.at || !entry.writes.some((w) => w.id === only.taskId))) continue;
    // A task removed since (a rolled-back draft) cannot show the change: the entry is not paid.
    const fresh = await store
      .readByIds(
        'tasks',
        entry.writes.map((w) => w.id),
      )
      .catch(() => []);
    const landed = entry.writes.every((w, i) =>
      Object.entries(w.values).every(([field, value]) =>
        same(value, (fresh[i]?.values as Record<string, unknown> | undefined)?.[field]),
      ),
    );
    if (landed) {
      await record(store, entry.notices, entry.events, entry.now, entry.ids, true, true);
      told += 1;
    }
    if (landed || now - entry.now > OWED_TTL_MS) owed.delete(key);
  }
  return told;
}
