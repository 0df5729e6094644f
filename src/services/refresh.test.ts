import { describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW, TEST_TODAY } from '../../test/support/baseFixture';
import type { AssignmentDraft } from '../core/assignment';
import type { Task } from '../core/model';
import type { LocalHost } from '../local/localHost';
import type { TableKey } from '../schema/schemaTypes';
import type { CoreData } from '../store/batonStore';
import { sleep } from '../store/retry';
import { sendAssignment } from './assign';
import { cascade } from './process';
import { noChanges, noteChange, refreshCore, type RecordChanges, type RecordEventKind } from './refresh';
import { claimTask } from './claim';
import { openSession } from './session';
import { DAY } from '../core/time';

const ZHANG = personId('张伟');
const BOSS = personId('王建国');
const HE = personId('何平');

async function demo() {
  const local = await demoBase();
  const session = await openSession(local.host);
  if (session.kind !== 'ready') throw new Error(session.kind);
  const { store, data } = session;
  const id = (title: string) => data.tasks.find((t) => t.title === title)!.id;
  return { local, store, data, id };
}

/** Listens to the host's record events as the sidebar does, into a change journal. */
async function journal(local: LocalHost, store: Awaited<ReturnType<typeof demo>>['store']) {
  const changes = noChanges();
  for (const key of ['departments', 'members', 'tasks'] as TableKey[]) {
    const table = await local.host.base.getTableById(store.table(key).id);
    const note = (kind: RecordEventKind) => (ids: string[]) => noteChange(changes, key, kind, ids);
    table.onRecordAdd((ev) => note('add')(ev.data));
    table.onRecordModify((ev) => note('modify')([ev.data.recordId]));
    table.onRecordDelete((ev) => note('delete')(ev.data));
  }
  return changes;
}
/** A status chosen in the grid by a person: the cell changes and the host's modify event fires. */
function statusInGrid(d: Awaited<ReturnType<typeof demo>>, taskId: string, name: string) {
  const status = d.store.table('tasks').fields.status!;
  d.local.editCell(d.store.table('tasks').id, taskId, status.id, { text: name });
}
const settle = () => sleep(5);
const byId = (tasks: Task[]) => [...tasks].sort((a, b) => a.id.localeCompare(b.id));
const sameAs = (data: CoreData) => ({ ...data, tasks: byId(data.tasks) });

async function refreshed(d: Awaited<ReturnType<typeof demo>>, changes: RecordChanges) {
  d.local.calls.reset();
  const result = await refreshCore(d.store, d.data, changes);
  return { result, calls: { ...d.local.calls.byMethod } };
}

describe('refreshCore: following edits by reading only what the events name', () => {
  it('a status typed in the grid: one read by id, and the same data as reading everything', async () => {
    const d = await demo();
    const changes = await journal(d.local, d.store);
    const poster = d.id('海报设计');
    statusInGrid(d, poster, '已完成');
    await settle();
    const { result, calls } = await refreshed(d, changes);
    expect(calls).toEqual({ getRecordsByIds: 1 });
    expect(result.changedTaskIds).toEqual([poster]);
    expect(result.data.tasks.find((t) => t.id === poster)!.status).toBe('done');
    expect(sameAs(result.data)).toEqual(sameAs(await d.store.loadCore()));
    // Unchanged tasks are the same objects, in the same places, so the graph's structure can be kept.
    expect(result.data.tasks.filter((t, at) => t !== d.data.tasks[at]).map((t) => t.id)).toEqual([poster]);
  });

  it('a task added and one deleted: the deleted one releases what it held', async () => {
    const d = await demo();
    const changes = await journal(d.local, d.store);
    const [plan, poster] = [d.id('策划方案'), d.id('海报设计')];
    const tasksTable = await d.local.host.base.getTableById(d.store.table('tasks').id);
    const added = d.local.addRow(d.store.table('tasks').id);
    await tasksTable.deleteRecords([plan]);
    await settle();
    const { result } = await refreshed(d, changes);
    expect(sameAs(result.data)).toEqual(sameAs(await d.store.loadCore()));
    const parent = d.data.tasks.find((t) => t.id === plan)!.parentId!;
    expect([...result.changedTaskIds!].sort()).toEqual([added, poster, parent].sort());
  });

  it('a stage moved to another special task: the one it left is among the changed', async () => {
    const d = await demo();
    const changes = await journal(d.local, d.store);
    const [poster, other] = [d.id('海报设计'), d.id('参赛作品收集')];
    const left = d.data.tasks.find((t) => t.id === poster)!.parentId!;
    await d.store.update('tasks', [{ id: poster, values: { parent: [other] } }]);
    await settle();
    const { result } = await refreshed(d, changes);
    expect([...result.changedTaskIds!].sort()).toEqual([left, poster].sort());
    expect(result.data.tasks.find((t) => t.id === poster)!.parentId).toBe(other);
  });

  it('departments or members changed: those tables are read whole; nothing changed: nothing read', async () => {
    const d = await demo();
    const changes = noChanges();
    expect((await refreshed(d, changes)).calls).toEqual({});
    noteChange(changes, 'members', 'modify', ['x']);
    const { result, calls } = await refreshed(d, changes);
    expect(calls).toEqual({ getRecordsByPage: 1 });
    expect(result.data.tasks).toBe(d.data.tasks);
  });

  it('a record deleted before it could be read, or more than half the tasks changed: everything is read', async () => {
    const d = await demo();
    const gone = noChanges();
    noteChange(gone, 'tasks', 'modify', ['rec_no_such_record']);
    const afterGone = await refreshed(d, gone);
    expect(afterGone.result.changedTaskIds).toBeUndefined();
    expect(sameAs(afterGone.result.data)).toEqual(sameAs(d.data));
    const many = noChanges();
    noteChange(many, 'tasks', 'modify', d.data.tasks.map((t) => t.id).slice(0, d.data.tasks.length / 2 + 1));
    const afterMany = await refreshed(d, many);
    expect([afterMany.result.changedTaskIds, afterMany.calls.getRecordsByIds]).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('[C6] a pool task with stages claimed elsewhere: deriving from the claimed task makes its first stage ready', async () => {
    const d = await demo();
    const design = d.data.departments.find((x) => x.name === '设计部')!.id;
    const draft: AssignmentDraft = {
      draftKey: 'pool-stages',
      mode: 'pool',
      title: '年会海报',
      description: '',
      extraDuty: true,
      due: TEST_TODAY + 10 * DAY,
      primaryDepartmentId: undefined,
      cooperation: [],
      responsibleMemberId: undefined,
      outsiderConfirmed: false,
      suggestedDepartmentIds: [design],
      stages: [
        { key: 's1', title: '草图', departmentId: design, predecessorKeys: [] },
        { key: 's2', title: '定稿', departmentId: design, predecessorKeys: ['s1'] },
      ],
    };
    const sent = await sendAssignment(d.store, d.data, draft, BOSS, {
      now: TEST_NOW,
      todayStart: TEST_TODAY,
    });
    if (!sent.ok) throw new Error('not sent');
    const before = { ...d, data: await d.store.loadCore() };
    const changes = await journal(d.local, d.store);
    expect((await claimTask(d.store, before.data, sent.taskId, HE, TEST_NOW + 1000)).ok).toBe(true);
    await settle();
    const { result } = await refreshed(before, changes);
    expect(result.changedTaskIds).toEqual([sent.taskId]);
    await cascade(d.store, result.data.tasks, HE, TEST_NOW + 2000, { changed: result.changedTaskIds });
    const stages = (await d.store.loadCore()).tasks.filter((t) => t.parentId === sent.taskId);
    expect(stages.map((t) => `${t.title}:${t.status}`).sort()).toEqual(['定稿:waiting', '草图:ready']);
  });

  it('[C6] deriving from the changed tasks writes what deriving everything would', async () => {
    const run = async (incremental: boolean) => {
      const d = await demo();
      const changes = await journal(d.local, d.store);
      statusInGrid(d, d.id('海报设计'), '已完成');
      await settle();
      const { result } = await refreshed(d, changes);
      const changed = incremental ? result.changedTaskIds : undefined;
      const derivation = await cascade(d.store, result.data.tasks, ZHANG, TEST_NOW, { changed });
      return derivation.changes.map((c) => `${c.taskId}:${c.to}`);
    };
    const [incremental, full] = [await run(true), await run(false)];
    expect(incremental).toEqual(full);
    expect(incremental.length).toBeGreaterThan(0);
  });
});
