/**
 * The records of the local Base by table and id, for presenting links: a page presents hundreds of links into
 * the same table, and a scan per link made reading 20,000 linked tasks cost pages × records × links.
 */
import type { LocalRecord, LocalState } from './localState';

/**
 * Index per records array, reused while the array keeps its length: the local Base adds records by pushing
 * (the length grows) and deletes by replacing the array, and never swaps a record object in place.
 */
const indexes = new WeakMap<readonly LocalRecord[], { length: number; byId: Map<string, LocalRecord> }>();

function indexOf(records: readonly LocalRecord[]): Map<string, LocalRecord> {
  const kept = indexes.get(records);
  if (kept && kept.length === records.length) return kept.byId;
  const byId = new Map(records.map((r) => [r.recordId, r]));
  indexes.set(records, { length: records.length, byId });
  return byId;
}

export class RecordLookup {
  private readonly tables = new Map<string, Map<string, LocalRecord>>();

  constructor(private readonly state: LocalState) {}

  find(tableId: string, recordId: string): LocalRecord | undefined {
    return this.byId(tableId).get(recordId);
  }

  private byId(tableId: string): Map<string, LocalRecord> {
    let records = this.tables.get(tableId);
    if (!records) {
      records = indexOf(this.state.tables.find((t) => t.id === tableId)?.records ?? []);
      this.tables.set(tableId, records);
    }
    return records;
  }
}
