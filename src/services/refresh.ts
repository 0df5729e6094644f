/**
 * Following edits made anywhere (grid, kanban, another sidebar) without re-reading the Base: the host's record
 * events name the records that changed, so only those tasks are read again and patched into what the sidebar
 * holds. Departments and members are small and read whole when they change.
 */
import type { Task } from '../core/model';
import type { TableKey } from '../schema/schemaTypes';
import { toDepartment, toMember, toTask } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';

/** What the record events said since the last read. */
export interface RecordChanges {
  /** Tasks added or modified. */
  tasks: Set<string>;
  deletedTasks: Set<string>;
  /** Every table with some change, tasks included. */
  tables: Set<TableKey>;
}

export type RecordEventKind = 'add' | 'modify' | 'delete';

export function noChanges(): RecordChanges {
  return { tasks: new Set(), deletedTasks: new Set(), tables: new Set() };
}

export function noteChange(
  changes: RecordChanges,
  table: TableKey,
  kind: RecordEventKind,
  ids: string[],
): void {
  changes.tables.add(table);
  if (table !== 'tasks') return;
  for (const id of ids) {
    if (kind === 'delete') {
      changes.tasks.delete(id);
      changes.deletedTasks.add(id);
    } else changes.tasks.add(id);
  }
}

export interface Refreshed {
  data: CoreData;
  /** The tasks whose change may move others; undefined when every task was read again. */
  changedTaskIds?: string[];
}

/**
 * Reads what `changes` names and patches it into `data`. More changed tasks than half the Base, or a read that
 * fails (a record deleted between the event and the read), falls back to reading every task.
 */
export async function refreshCore(
  store: BatonStore,
  data: CoreData,
  changes: RecordChanges,
): Promise<Refreshed> {
  const [departments, members] = await Promise.all([
    changes.tables.has('departments')
      ? store.readAll('departments').then((r) => r.map(toDepartment))
      : data.departments,
    changes.tables.has('members') ? store.readAll('members').then((r) => r.map(toMember)) : data.members,
  ]);
  const patched = await patchTasks(store, data.tasks, changes).catch(() => undefined);
  if (!patched) return { data: { departments, members, tasks: (await store.readAll('tasks')).map(toTask) } };
  return { data: { departments, members, tasks: patched.tasks }, changedTaskIds: patched.changed };
}

/** The tasks with the changed ones read again; undefined when reading them all is the better way. */
async function patchTasks(
  store: BatonStore,
  tasks: Task[],
  changes: RecordChanges,
): Promise<{ tasks: Task[]; changed: string[] } | undefined> {
  const deleted = changes.deletedTasks;
  const toRead = tasksToRead(tasks, changes);
  if (toRead.length + deleted.size === 0) return { tasks, changed: [] };
  if ((toRead.length + deleted.size) * 2 > tasks.length) return undefined;
  const fresh = new Map((await store.readByIds('tasks', toRead)).map((r) => [r.id, toTask(r)]));
  const changed = new Set(toRead);
  // Patched in place, so positions stay and the prepared graph can be kept when no link changed.
  const kept = tasks
    .filter((t) => !deleted.has(t.id))
    .map((t) => {
      const edited = fresh.get(t.id);
      fresh.delete(t.id);
      // A stage moved to another special task: the one it left may now be done.
      if (edited && t.parentId && edited.parentId !== t.parentId && !deleted.has(t.parentId))
        changed.add(t.parentId);
      return edited ?? t;
    });
  return { tasks: [...kept, ...fresh.values()], changed: [...changed] };
}

/**
 * The tasks added or modified, and for a deleted one those it touched: its successors (the Base drops the
 * link from them) and its special task.
 */
function tasksToRead(before: Task[], changes: RecordChanges): string[] {
  const ids = new Set(changes.tasks);
  const deleted = changes.deletedTasks;
  for (const task of before) {
    if (deleted.has(task.id)) {
      if (task.parentId) ids.add(task.parentId);
    } else if (task.dependsOnIds.some((id) => deleted.has(id))) ids.add(task.id);
  }
  for (const id of deleted) ids.delete(id);
  return [...ids];
}
