/**
 * Table and field keys are derived from the schema literal: each `@ts-expect-error` below is a misspelt or
 * misplaced key that must fail to compile (tsc reports an unused directive if it compiles after all).
 */
import { describe, expect, it } from 'vitest';
import type { BatonStore } from '../store/batonStore';
import type { FieldValues } from './cellCodec';
import { fromTask } from './entities';
import type { FieldKey, OptionKey, TableKey, ViewKey } from './schemaTypes';
import { tableSpec, TABLES } from './tables';

const fieldKeys = (table: TableKey): string[] => tableSpec(table).fields.map((f) => f.key);

describe('schema keys', () => {
  it('the table keys are the schema tables, each known to tableSpec', () => {
    const keys: TableKey[] = ['tasks', 'members', 'settings'];
    // @ts-expect-error: a misspelt table key
    const misspelt: TableKey = 'taks';
    expect(keys.map((k) => tableSpec(k).key)).toEqual(keys);
    expect(TABLES.some((t) => t.key === misspelt)).toBe(false);
  });

  it("a table's field keys are its own fields, not another table's", () => {
    const own: FieldKey<'tasks'>[] = ['title', 'requestKey', 'deliverables'];
    // @ts-expect-error: a misspelt field key
    const misspelt: FieldKey<'tasks'> = 'titel';
    // @ts-expect-error: a field of members, not of tasks
    const elsewhere: FieldKey<'tasks'> = 'employeeNo';
    expect(own.every((k) => fieldKeys('tasks').includes(k))).toBe(true);
    expect(fieldKeys('tasks')).not.toContain(misspelt);
    expect(fieldKeys('tasks')).not.toContain(elsewhere);
    expect(fieldKeys('members')).toContain(elsewhere);
  });

  it('view keys are per table too', () => {
    const kanban: ViewKey<'tasks'> = 'kanban';
    // @ts-expect-error: submissions has a form, not a kanban
    const wrong: ViewKey<'submissions'> = 'kanban';
    expect(tableSpec('tasks').views.map((v) => v.key)).toContain(kanban);
    expect(tableSpec('submissions').views.map((v) => v.key)).not.toContain(wrong);
  });

  it('a single select takes only its own options', () => {
    const status: OptionKey<'tasks', 'status'> = 'in_review';
    // @ts-expect-error: a misspelt option
    const misspelt: OptionKey<'tasks', 'status'> = 'in-review';
    const options = tableSpec('tasks')
      .fields.find((f) => f.key === 'status')
      ?.options?.map((o) => o.key);
    expect(options).toContain(status);
    expect(options).not.toContain(misspelt);
  });

  it('record values take only their table fields', () => {
    const row: FieldValues<'settings'> = { key: 'k', value: 'v' };
    // @ts-expect-error: a misspelt field in a record mapping
    const misspelt: FieldValues<'settings'> = { key: 'k', valeu: 'v' };
    expect(Object.keys(row).every((k) => fieldKeys('settings').includes(k))).toBe(true);
    expect(Object.keys(misspelt).every((k) => fieldKeys('settings').includes(k))).toBe(false);
    expect(Object.keys(fromTask({} as Parameters<typeof fromTask>[0])).sort()).toEqual(
      fieldKeys('tasks')
        .filter((k) => k !== 'deliverables')
        .sort(),
    );
  });
});

/** Never called: the store's calls are checked against the table they name. */
export async function storeCallsAreChecked(store: BatonStore): Promise<void> {
  await store.readWhere('notifications', 'recipient', 'u1');
  // @ts-expect-error: notifications have no field "recipients"
  await store.readWhere('notifications', 'recipients', 'u1');
  // @ts-expect-error: "requestKey" is a field of tasks, not of taskEvents
  await store.addKeyed('taskEvents', 'requestKey', []);
  // @ts-expect-error: a misspelt field in an update
  await store.update('tasks', [{ id: 'rec1', values: { stauts: 'done' } }]);
  await store.update('tasks', [{ id: 'rec1', values: { status: 'in_review', kind: 'stage' } }]);
  // @ts-expect-error: "finished" is not an option of the tasks' status
  await store.update('tasks', [{ id: 'rec1', values: { status: 'finished' } }]);
  // @ts-expect-error: "sent" is an option of the notifications' status, not of the tasks'
  await store.update('tasks', [{ id: 'rec1', values: { status: 'sent' } }]);
  const [task] = await store.readAll('tasks');
  // @ts-expect-error: a misspelt field read from a decoded record
  void task?.values.titel;
  void store.resolution.schema.tasks?.fields.deliverables;
  // @ts-expect-error: a misspelt field of a resolved table
  void store.resolution.schema.tasks?.fields.deliverabels;
}
