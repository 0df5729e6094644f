/** Counts every host call by method; keeps the last entries for inspection. */
export interface CallEntry {
  method: string;
  tableId?: string;
  records: number;
}

export class CallLog {
  total = 0;
  readonly byMethod: Record<string, number> = {};
  readonly recent: CallEntry[] = [];

  constructor(private readonly keep = 500) {}

  record(entry: CallEntry): void {
    this.total += 1;
    this.byMethod[entry.method] = (this.byMethod[entry.method] ?? 0) + 1;
    this.recent.push(entry);
    if (this.recent.length > this.keep) this.recent.shift();
  }

  reset(): void {
    this.total = 0;
    for (const key of Object.keys(this.byMethod)) delete this.byMethod[key];
    this.recent.length = 0;
  }
}
