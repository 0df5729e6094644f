/**
 * [DB13] Whether a 贡献 entry was voluntary work: an entry for claiming a pool task or for an extra-duty task;
 * a reversal is what it reverses. Decided while the ledger is read, each entry once.
 */
import type { LedgerEntry } from '../scoring/ledger';
import { hashOf } from './idIndex';
import type { ScopedFacts } from './measure';

/** Bits of an id's hash that pick its flag in the filter of reversal targets. */
const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** An entry's id hashed while the entry is at hand (its id string lies next to it), so no id is read twice. */
export const idHash = (e: LedgerEntry): number => (e.id === undefined ? 0 : hashOf(e.id));

/**
 * The entries' own answers come from `test`, in the one pass over the ledger. A reversal takes its target's
 * own answer in `settle`: the targets' hashes mark a small filter, the hashes taken in the pass are scanned
 * against it, and only an entry that passes is read again and compared by id (record ids are unique in a table,
 * [DB18], so this answers as a lookup of the target would). Reading every voluntary id again afterwards, out of
 * cache, cost more than the rest of the ledger's pass.
 */
export function voluntaryOf(scoped: ScopedFacts) {
  const { taskSlot, extraDuty } = scoped.facts;
  // Most entries are not for a task (or are claims, voluntary anyway): only a task entry looks its task up.
  const extra = (taskId: string | undefined) => {
    if (!taskId) return false;
    const i = taskSlot.get(taskId);
    return i !== undefined && extraDuty[i] === 1;
  };
  const own = (e: LedgerEntry) => e.rule === 'claim' || extra(e.taskId);
  const reversals: [number, string | undefined][] = [];
  return {
    /** The entry's own answer; a reversal's (at column position `i`, -1 for none) is settled by `settle`. */
    test(e: LedgerEntry, i: number): boolean {
      if (e.rule !== 'reversal') return own(e);
      if (i >= 0) reversals.push([i, e.reversesId]);
      return false;
    },
    /** Reversals take their targets' answers, found among `all` by the hashes of their ids (`hashes[p]`). */
    settle(voluntary: Uint8Array, all: readonly LedgerEntry[], hashes: Int32Array) {
      if (reversals.length === 0) return;
      const named = new Set(reversals.map(([, target]) => target));
      const filter = new Uint8Array(FILTER_MASK + 1);
      for (const target of named) filter[(target === undefined ? 0 : hashOf(target)) & FILTER_MASK] = 1;
      const yes = new Set<string | undefined>();
      for (let p = 0; p < hashes.length; p++) {
        if (!filter[hashes[p]! & FILTER_MASK]) continue;
        const e = all[p]!;
        if (named.has(e.id) && own(e)) yes.add(e.id);
      }
      for (const [i, target] of reversals) voluntary[i] = yes.has(target) ? 1 : 0;
    },
  };
}
