import { describe, expect, it } from 'vitest';
import { demoBase } from '../../test/support/baseFixture';
import type { SchemaResolution } from '../schema/resolveSchema';
import { BatonStore } from './batonStore';
import {
  memoryStore,
  readLatestSnapshot,
  readSnapshot,
  TASK_PART,
  writeSnapshot,
  type KeyValueStore,
  type SnapshotContent,
} from './sessionSnapshot';
import { snapshotScope, type SnapshotScope } from './snapshotScope';

const content = (title: string): SnapshotContent<{ userId: string }> => ({
  data: {
    departments: [{ id: 'd1', name: '设计部', headUserIds: ['u1'], duties: '' }],
    members: [],
    tasks: [
      {
        id: 't1',
        title,
        cooperatingDepartmentIds: [],
        responsibleUserIds: ['u1'],
        contributorUserIds: [],
        dependsOnIds: [],
        extraDuty: false,
        description: '',
        suggestedDepartmentIds: [],
        deliverablesOwed: '',
        due: 1_700_000_000_000,
      },
    ],
  },
  notices: [],
  meta: { userId: 'u1' },
});

const scope: SnapshotScope = { base: 'tblSettings', user: 'u1', schema: 's1' };

describe('[SP10] the session snapshot', () => {
  it('gives back what was written, for the same Base, viewer and schema', async () => {
    const kv = memoryStore();
    expect(await readSnapshot(kv, scope)).toBeUndefined();
    expect(await writeSnapshot(kv, scope, content('海报'), 1)).toBe(true);
    expect(await readSnapshot(kv, scope)).toEqual(content('海报'));
    await writeSnapshot(kv, scope, content('新海报'), 2);
    expect((await readSnapshot(kv, scope))?.data.tasks[0]?.title).toBe('新海报');
  });

  it('never gives one viewer another viewer’s snapshot, nor another Base’s', async () => {
    const kv = memoryStore();
    await writeSnapshot(kv, scope, content('海报'), 1);
    expect(await readSnapshot(kv, { ...scope, user: 'u2' })).toBeUndefined();
    expect(await readSnapshot(kv, { ...scope, base: 'tblOther' })).toBeUndefined();
  });

  it('names the scope written last, so that its snapshot can be read before the scope is known', async () => {
    const kv = memoryStore();
    expect(await readLatestSnapshot(kv)).toBeUndefined();
    await writeSnapshot(kv, scope, content('海报'), 1);
    expect(await readLatestSnapshot(kv)).toEqual({ scope, content: content('海报') });
    const other = { ...scope, user: 'u2' };
    await writeSnapshot(kv, other, content('别人的'), 2);
    expect((await readLatestSnapshot(kv))?.scope).toEqual(other);
    expect((await readSnapshot(kv, scope))?.data.tasks[0]?.title).toBe('海报');
  });

  it('reads the latest snapshot in two reads, and still reads one whose latest entry names only the scope', async () => {
    const kv = memoryStore();
    await writeSnapshot(kv, scope, content('海报'), 1);
    const reads: string[][] = [];
    const counted = { ...kv, get: (keys: string[]) => (reads.push(keys), kv.get(keys)) };
    expect(await readLatestSnapshot(counted)).toEqual({ scope, content: content('海报') });
    expect(reads).toHaveLength(2);
    kv.entries.set(JSON.stringify(['baton.snapshot', 'latest']), scope);
    expect(await readLatestSnapshot(kv)).toEqual({ scope, content: content('海报') });
  });

  it('ignores a snapshot decoded against another schema', async () => {
    const kv = memoryStore();
    await writeSnapshot(kv, scope, content('海报'), 1);
    expect(await readSnapshot(kv, { ...scope, schema: 's2' })).toBeUndefined();
  });

  it('ignores parts of different writes (a write cut short)', async () => {
    const kv = memoryStore();
    await writeSnapshot(kv, scope, content('旧'), 1);
    const halfDone: KeyValueStore = {
      get: kv.get,
      set: async (entries) => kv.set(entries.filter(([key]) => key.includes('"tasks.'))),
    };
    await writeSnapshot(halfDone, scope, content('新'), 2);
    expect(await readSnapshot(kv, scope)).toBeUndefined();
  });

  it('writes many tasks a part at a time, pausing between parts, and reads them back whole and in order', async () => {
    const kv = memoryStore();
    const one = content('海报').data.tasks[0]!;
    const tasks = Array.from({ length: 2 * TASK_PART + 1 }, (_, i) => ({ ...one, id: `t${i}` }));
    const many = { ...content('海报'), data: { ...content('海报').data, tasks } };
    let pauses = 0;
    expect(await writeSnapshot(kv, scope, many, 1, async () => void pauses++)).toBe(true);
    expect(pauses).toBe(4); // the small tables, three parts of tasks, then the head
    const read = await readSnapshot(kv, scope);
    expect(read?.data.tasks.map((t) => t.id)).toEqual(tasks.map((t) => t.id));

    const fewer = { ...many, data: { ...many.data, tasks: tasks.slice(0, 3) } };
    await writeSnapshot(kv, scope, fewer, 2);
    expect((await readSnapshot(kv, scope))?.data.tasks).toHaveLength(3);
  });

  it('costs nothing but the snapshot when the storage refuses or throws', async () => {
    const refusing: KeyValueStore = {
      get: () => Promise.reject(new Error('QuotaExceededError')),
      set: () => Promise.reject(new Error('QuotaExceededError')),
    };
    const throwing: KeyValueStore = {
      get: () => {
        throw new Error('InvalidStateError');
      },
      set: () => {
        throw new Error('InvalidStateError');
      },
    };
    for (const kv of [refusing, throwing]) {
      expect(await writeSnapshot(kv, scope, content('海报'), 1)).toBe(false);
      expect(await readSnapshot(kv, scope)).toBeUndefined();
    }
  });

  it('ignores entries that are not a snapshot’s', async () => {
    const kv = memoryStore();
    await writeSnapshot(kv, scope, content('海报'), 1);
    for (const key of kv.entries.keys()) if (key.includes('"tasks.')) kv.entries.set(key, 'garbage');
    expect(await readSnapshot(kv, scope)).toBeUndefined();
  });
});

describe('[SP10] the snapshot scope', () => {
  async function resolution(): Promise<SchemaResolution> {
    const local = await demoBase();
    return (await BatonStore.open(local.host)).resolution;
  }

  it('is the same for the same schema and changes with a field’s id or a missing table', async () => {
    const resolved = await resolution();
    const scope = snapshotScope(resolved, 'u1')!;
    expect(scope.base).toBe(resolved.schema.settings!.id);
    expect(snapshotScope(resolved, 'u1')).toEqual(scope);
    expect(snapshotScope(resolved, 'u2')?.schema).toBe(scope.schema);

    const tasks = resolved.schema.tasks!;
    const due = { ...tasks.fields.due!, id: 'fldRecreated' };
    const changed = {
      ...resolved,
      schema: { ...resolved.schema, tasks: { ...tasks, fields: { ...tasks.fields, due } } },
    };
    expect(snapshotScope(changed, 'u1')?.schema).not.toBe(scope.schema);

    const withoutNotices = { ...resolved.schema, notifications: undefined };
    expect(snapshotScope({ ...resolved, schema: withoutNotices }, 'u1')).toBeUndefined();
    expect(snapshotScope(resolved, '')).toBeUndefined();
  });
});
