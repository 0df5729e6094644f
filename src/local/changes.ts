/**
 * What a write changed in the shared Base, as replicas receive it: snapshots taken from the shared state when
 * the write lands, each stamped with the order it landed in, so a replica keeps the newest value of each cell
 * whatever order the changes reach it (last writer wins per cell, as in Feishu).
 */
import type { FieldMeta, ViewMeta } from '../port/bitableBase';
import { copy, type LocalRecord, type LocalState, type LocalTable } from './localState';

export type RecordEvent = 'add' | 'modify' | 'delete' | 'fieldAdd' | 'fieldDelete' | 'fieldModify';

/** Noted while a write runs; becomes a Change when the write lands. */
export type Touch =
  | { event: RecordEvent; tableId: string; id: string; fieldIds: string[] }
  | { event: 'schema'; tableId: string }
  | { event: 'data'; key: string };

interface TableSchema {
  id: string;
  name: string;
  fields: FieldMeta[];
  views: ViewMeta[];
}

export type Change = { seq: number } & (
  | { kind: 'record'; tableId: string; record: LocalRecord; event: 'add' | 'modify'; fieldIds: string[] }
  | { kind: 'delete'; tableId: string; recordId: string }
  | { kind: 'schema'; tableId: string; schema: TableSchema; event?: RecordEvent; fieldId?: string }
  | { kind: 'data'; key: string; value: unknown }
);

/** What a replica's listeners hear once a change has reached it. */
export interface Heard {
  tableId: string;
  event: RecordEvent;
  id: string;
  fieldIds: string[];
}

/** What a client reading the shared Base itself hears of a touch. */
export function heardOf(touch: Touch): Heard | undefined {
  return touch.event === 'schema' || touch.event === 'data' ? undefined : { ...touch };
}

function schemaOf(table: LocalTable): TableSchema {
  return copy({ id: table.id, name: table.name, fields: table.fields, views: table.views });
}

function cellsOf(record: LocalRecord, fieldIds: string[] | undefined): LocalRecord {
  const fields = fieldIds
    ? Object.fromEntries(fieldIds.map((id) => [id, record.fields[id] ?? null]))
    : record.fields;
  return copy({ ...record, fields });
}

/** Snapshots what the touches name, as the shared state holds it now. */
export function materialize(state: LocalState, touches: Touch[], nextSeq: () => number): Change[] {
  const changes: Change[] = [];
  for (const touch of touches) {
    if (touch.event === 'data') {
      changes.push({
        seq: nextSeq(),
        kind: 'data',
        key: touch.key,
        value: copy(state.bridgeData[touch.key]),
      });
      continue;
    }
    const table = state.tables.find((t) => t.id === touch.tableId);
    if (!table) continue;
    if (touch.event === 'schema') {
      changes.push({ seq: nextSeq(), kind: 'schema', tableId: table.id, schema: schemaOf(table) });
    } else if (touch.event === 'delete') {
      changes.push({ seq: nextSeq(), kind: 'delete', tableId: table.id, recordId: touch.id });
    } else if (touch.event === 'add' || touch.event === 'modify') {
      const record = table.records.find((r) => r.recordId === touch.id);
      if (!record) continue;
      const fieldIds = touch.event === 'add' ? undefined : touch.fieldIds;
      const snapshot = cellsOf(record, fieldIds);
      changes.push({
        seq: nextSeq(),
        kind: 'record',
        tableId: table.id,
        record: snapshot,
        event: touch.event,
        fieldIds: touch.fieldIds,
      });
    } else {
      const schema = schemaOf(table);
      changes.push({
        seq: nextSeq(),
        kind: 'schema',
        tableId: table.id,
        schema,
        event: touch.event,
        fieldId: touch.id,
      });
    }
  }
  return changes;
}

/**
 * A replica's copy of the Base and the sequence number of the newest change it holds for each cell, record,
 * table schema and bridge key.
 */
export class ReplicaView {
  private readonly versions = new Map<string, number>();

  constructor(
    public state: LocalState,
    /** Where a record sits in the shared Base, so a replica lists records in the same order. */
    private readonly sharedIndex: (tableId: string, recordId: string) => number,
  ) {}

  /** Applies what is newer than what the view holds; returns what listeners should hear. */
  apply(change: Change): Heard | undefined {
    if (change.kind === 'data') {
      if (this.newer(`data:${change.key}`, change.seq))
        this.state.bridgeData[change.key] = copy(change.value);
      return undefined;
    }
    if (change.kind === 'schema') return this.applySchema(change);
    const table = this.state.tables.find((t) => t.id === change.tableId);
    if (!table) return undefined;
    if (change.kind === 'delete') {
      if (!this.newer(`${table.id}/${change.recordId}`, change.seq, Infinity)) return undefined;
      table.records = table.records.filter((r) => r.recordId !== change.recordId);
      return { tableId: table.id, event: 'delete', id: change.recordId, fieldIds: [] };
    }
    const recordKey = `${table.id}/${change.record.recordId}`;
    if (this.versions.get(recordKey) === Infinity) return undefined;
    const record = this.recordIn(table, change.record);
    const fieldIds = Object.keys(change.record.fields).filter((id) =>
      this.newer(`${recordKey}/${id}`, change.seq),
    );
    for (const id of fieldIds) record.fields[id] = copy(change.record.fields[id] ?? null);
    // A modify whose every cell the view already holds newer changes nothing here: nothing to hear.
    if (change.event === 'modify' && fieldIds.length === 0) return undefined;
    return { tableId: table.id, event: change.event, id: record.recordId, fieldIds: change.fieldIds };
  }

  private applySchema(change: Extract<Change, { kind: 'schema' }>): Heard | undefined {
    if (!this.newer(`${change.tableId}#schema`, change.seq)) return undefined;
    const table = this.state.tables.find((t) => t.id === change.tableId);
    if (table) Object.assign(table, copy(change.schema));
    else this.state.tables.push({ ...copy(change.schema), records: [] });
    return change.event && change.fieldId
      ? { tableId: change.tableId, event: change.event, id: change.fieldId, fieldIds: [] }
      : undefined;
  }

  /** The view's record, created in the shared Base's order when the view has not seen it yet. */
  private recordIn(table: LocalTable, given: LocalRecord): LocalRecord {
    const found = table.records.find((r) => r.recordId === given.recordId);
    if (found) return found;
    const record: LocalRecord = { ...copy(given), fields: {} };
    const place = this.sharedIndex(table.id, record.recordId);
    const last = table.records[table.records.length - 1];
    const before =
      last && this.sharedIndex(table.id, last.recordId) > place
        ? table.records.findIndex((r) => this.sharedIndex(table.id, r.recordId) > place)
        : -1;
    table.records.splice(before < 0 ? table.records.length : before, 0, record);
    return record;
  }

  private newer(key: string, seq: number, stamp = seq): boolean {
    if ((this.versions.get(key) ?? 0) >= seq) return false;
    this.versions.set(key, stamp);
    return true;
  }
}
