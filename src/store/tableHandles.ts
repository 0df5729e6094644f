/**
 * Table handles, kept per store: the SDK spends two round trips (`isTableExist` twice) on every getTableById,
 * and a handle stays valid as long as its table exists. A failed lookup is not kept: the next call asks again.
 */
import type { BaseTable, BitableBase } from '../port/bitableBase';

export class TableHandles {
  private readonly handles = new Map<string, Promise<BaseTable>>();

  constructor(private readonly base: BitableBase) {}

  get(tableId: string): Promise<BaseTable> {
    let handle = this.handles.get(tableId);
    if (!handle) {
      handle = this.base.getTableById(tableId);
      handle.catch(() => this.handles.delete(tableId));
      this.handles.set(tableId, handle);
    }
    return handle;
  }
}
