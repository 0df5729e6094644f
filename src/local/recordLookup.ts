/**
 * The records of the local Base by table and id, for presenting links. Built lazily per table and meant to
 * live for one call: a page presents hundreds of links into the same table, and a scan per link made reading
 * 20,000 linked tasks cost pages × records × links. The state may change between calls, so nothing is kept.
 */
import type { LocalRecord, LocalState } from './localState';

export class RecordLookup {
  private readonly tables = new Map<string, Map<string, LocalRecord>>();

  constructor(private readonly state: LocalState) {}

  find(tableId: string, recordId: string): LocalRecord | undefined {
    return this.byId(tableId).get(recordId);
  }

  private byId(tableId: string): Map<string, LocalRecord> {
    let records = this.tables.get(tableId);
    if (!records) {
      const table = this.state.tables.find((t) => t.id === tableId);
      records = new Map((table?.records ?? []).map((r) => [r.recordId, r]));
      this.tables.set(tableId, records);
    }
    return records;
  }
}
