/**
 * The local Base's control surface as the page reaches it through the worker: the Feishu UI's part (grid
 * edits, who is looking, failures, replacing the Base), and the grid's reads (outline, a window of rows).
 */
import { DEMO_PEOPLE, DEMO_USERS } from '../demo/demoCompany';
import type { LocalHost } from '../local/localHost';
import { emptyState, type LocalSession, type LocalState } from '../local/localState';
import type { BaseSize } from './baseSizes';
import { buildSized } from './buildSized';
import { cellFromEditor, choices } from './cellEdit';
import { baseOutline, gridRows } from './gridData';

export type PlaygroundControls = ReturnType<typeof playgroundControls>;

/** `flush`: writes the saved copy now, so a Base just built survives an immediate reload. */
export function playgroundControls(local: LocalHost, flush: () => Promise<void> = async () => {}) {
  const field = (tableId: string, fieldId: string) => {
    const found = local.tableState(tableId).fields.find((f) => f.id === fieldId);
    if (!found) throw new Error(`no field ${fieldId} in table ${tableId}`);
    return found;
  };
  const replace = async (state: LocalState) => {
    local.replaceState(state);
    await flush();
  };
  return {
    state: () => local.state,
    flush,
    outline: () => baseOutline(local.state),
    rows: (tableId: string, from: number, count: number) => gridRows(local.state, tableId, from, count),
    choices: (tableId: string, fieldId: string) => choices(local.state, field(tableId, fieldId)),
    setSession: (change: Partial<LocalSession>) => local.setSession(change),
    editCell: (tableId: string, recordId: string, fieldId: string, value: unknown) =>
      local.editCell(tableId, recordId, fieldId, value),
    /** An editor's text written as the cell it means (cellEdit.ts). */
    editText: (tableId: string, recordId: string, fieldId: string, text: string) =>
      local.editCell(tableId, recordId, fieldId, cellFromEditor(local.state, field(tableId, fieldId), text)),
    addRow: (tableId: string) => local.addRow(tableId),
    failNext: (count: number) => local.failures.failNext(count),
    replaceState: replace,
    build: async (size: BaseSize, todayStart: number, now: number) =>
      replace(await buildSized(size, todayStart, now)),
    empty: () => replace(emptyState(DEMO_USERS, local.state.session.userId ?? DEMO_PEOPLE[0]!.userId)),
  };
}
