import { describe, expect, it } from 'vitest';
import { personId } from '../../test/support/baseFixture';
import { taskKeyOf } from '../core/assignment';
import { defaultResponsible, type QuickTaskInput } from '../core/quickTask';
import { TODAY_START } from '../core/testBuilders';
import { demoLocalHost } from '../demo/seedDemo';
import type { LocalHost } from '../local/localHost';
import { HostErrorCode, hostErrorCode } from '../port/hostErrors';
import { toTask } from '../schema/entities';
import type { RetryPolicy } from '../store/retry';
import { createTask, type Clock } from './createTask';
import { openSession } from './session';
import { DAY } from '../core/time';

const RETRY: RetryPolicy = { attempts: 3, backoffMs: 0 };
const NOW = TODAY_START + 10 * 60 * 60 * 1000;
const clock: Clock = { now: NOW, todayStart: TODAY_START };
const BOSS = personId('王建国');

async function demo() {
  const local = await demoLocalHost(TODAY_START);
  const session = await openSession(local.host, { retry: RETRY });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  const design = session.data.departments.find((d) => d.name === '设计部')!;
  const input: QuickTaskInput = {
    title: '  年会海报  ',
    primaryDepartmentId: design.id,
    responsibleMemberId: defaultResponsible(design.id, session.data),
    due: TODAY_START + 5 * DAY,
  };
  expect(input.responsibleMemberId).toBeDefined();
  local.calls.reset();
  return { local, ...session, input };
}

/** Adds to the Tasks table only: a sent task also writes its notice and history event. */
const adds = (local: LocalHost) => {
  const tasks = local.state.tables.find((t) => t.name === '任务')!.id;
  return local.calls.recent.filter((c) => c.method === 'addRecords' && c.tableId === tasks).length;
};

type Demo = Awaited<ReturnType<typeof demo>>;
async function tasksWithKey({ store }: Demo, key: string) {
  return (await store.readAll('tasks')).map(toTask).filter((t) => t.requestKey === taskKeyOf(key));
}

describe('createTask', () => {
  it('[T1] [T2] [T3] [T4] an invalid input is rejected with its errors and writes nothing', async () => {
    const d = await demo();
    const tasksBefore = (await d.store.readAll('tasks')).length;
    const result = await createTask(
      d.store,
      d.data,
      { title: ' ', primaryDepartmentId: 'nope', responsibleMemberId: undefined, due: TODAY_START - DAY },
      clock,
      'key-invalid',
      false,
      BOSS,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((e) => e.code).sort()).toEqual(
      ['department.unknown', 'due.past', 'responsible.required', 'title.required'].sort(),
    );
    expect(adds(d.local)).toBe(0);
    expect(await d.store.readAll('tasks')).toHaveLength(tasksBefore);
  });

  it('[T4] a due date before today is rejected even when everything else is valid', async () => {
    const d = await demo();
    const result = await createTask(
      d.store,
      d.data,
      { ...d.input, due: TODAY_START - 1 },
      clock,
      'key-past',
      false,
      BOSS,
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      issues: [{ field: 'due', code: 'due.past' }],
    });
    expect(adds(d.local)).toBe(0);
  });

  it('[T5] a valid task is written once: special, assigned, origin 派单, starting today, with its request key', async () => {
    const d = await demo();
    const head = d.data.members.find((m) => m.id === d.input.responsibleMemberId)!;
    const result = await createTask(d.store, d.data, d.input, clock, 'key-valid', false, BOSS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(adds(d.local)).toBe(1);
    const written = await tasksWithKey(d, 'key-valid');
    expect(written).toHaveLength(1);
    const task = written[0]!;
    expect(task.id).toBe(result.task.id);
    expect(task).toMatchObject({
      title: '年会海报',
      kind: 'special',
      status: 'assigned',
      origin: 'assigned',
      start: TODAY_START,
      due: TODAY_START + 5 * DAY,
      createdAt: NOW,
      primaryDepartmentId: d.input.primaryDepartmentId,
      responsibleUserIds: [head.userIds[0]],
      requestKey: taskKeyOf('key-valid'),
    });
    expect(task.parentId).toBeUndefined();
    // The table's own status option is the zh name the spec gives: 待确认.
    const tasksTable = d.local.state.tables.find((t) => t.id === d.store.table('tasks').id)!;
    const statusField = d.store.table('tasks').fields.status!;
    const record = tasksTable.records.find((r) => r.recordId === task.id)!;
    expect(JSON.stringify(record.fields[statusField.id])).toContain(statusField.options.assigned!.id);
    expect(statusField.options.assigned!.name).toBe('待确认');
  });

  it('[T5] the same request key already in data.tasks returns that task without writing', async () => {
    const d = await demo();
    const first = await createTask(d.store, d.data, d.input, clock, 'key-twice', false, BOSS);
    expect(first.ok).toBe(true);
    const reloaded = await d.store.loadCore();
    d.local.calls.reset();
    const second = await createTask(
      d.store,
      reloaded,
      { ...d.input, title: 'another title' },
      clock,
      'key-twice',
      false,
      BOSS,
    );
    expect(adds(d.local)).toBe(0);
    expect(second.ok && first.ok && second.task.id === first.task.id).toBe(true);
    expect(second.ok && second.task.title).toBe('年会海报');
    expect(await tasksWithKey(d, 'key-twice')).toHaveLength(1);
  });

  it('[T5] [H3] an answer lost after the write (failNext after) still leaves exactly one task', async () => {
    const d = await demo();
    d.local.failures.failNext(1, 'after');
    const result = await createTask(d.store, d.data, d.input, clock, 'key-lost', false, BOSS);
    expect(result.ok).toBe(true);
    expect(d.local.failures.injected).toBe(1);
    const written = await tasksWithKey(d, 'key-lost');
    expect(written).toHaveLength(1);
    expect(result.ok && result.task.id).toBe(written[0]!.id);
  });

  it('[T5] [H3] after a thrown failure, retrying = true finds the written task instead of adding another', async () => {
    const d = await demo();
    // Every call fails after being applied: the add lands, then the key look-ups exhaust their retries.
    d.local.failures.failNext(1000, 'after');
    const error = await createTask(d.store, d.data, d.input, clock, 'key-retry', false, BOSS).catch(
      (e: unknown) => e,
    );
    expect(hostErrorCode(error)).toBe(HostErrorCode.RecordUnknown);
    d.local.failures.clear();
    expect(adds(d.local)).toBe(1);
    expect(await tasksWithKey(d, 'key-retry')).toHaveLength(1);

    // The sidebar still holds the data read before the failure: the key is not in data.tasks.
    expect(d.data.tasks.some((t) => t.requestKey === taskKeyOf('key-retry'))).toBe(false);
    const again = await createTask(d.store, d.data, d.input, clock, 'key-retry', true, BOSS);
    expect(adds(d.local)).toBe(1);
    const written = await tasksWithKey(d, 'key-retry');
    expect(written).toHaveLength(1);
    expect(again.ok && again.task.id).toBe(written[0]!.id);
  });

  it('[T5] retrying = true on a request that never landed adds it once', async () => {
    const d = await demo();
    d.local.failures.failNext(1000, 'before');
    await expect(createTask(d.store, d.data, d.input, clock, 'key-never', false, BOSS)).rejects.toMatchObject(
      {
        code: HostErrorCode.RecordUnknown,
      },
    );
    d.local.failures.clear();
    expect(await tasksWithKey(d, 'key-never')).toHaveLength(0);
    const again = await createTask(d.store, d.data, d.input, clock, 'key-never', true, BOSS);
    expect(again.ok).toBe(true);
    expect(await tasksWithKey(d, 'key-never')).toHaveLength(1);
  });
});
