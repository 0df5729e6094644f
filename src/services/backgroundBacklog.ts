/**
 * What the next derivation has to start from: the tasks changed by the reads since the last one, or
 * everything (after a full read, and at first). Kept apart from the session, so that two reads rendered
 * together still hand over both sets of changes.
 */
export class DerivationBacklog {
  private pending: Set<string> | 'all' = 'all';

  /** A read's changed tasks; undefined for a read of everything. */
  add(changed: string[] | undefined): void {
    if (!changed) this.pending = 'all';
    else if (this.pending !== 'all') for (const id of changed) this.pending.add(id);
  }

  /** The changed tasks (undefined: derive everything), leaving the backlog empty. */
  take(): string[] | undefined {
    const taken = this.pending;
    this.pending = new Set();
    return taken === 'all' ? undefined : [...taken];
  }
}
