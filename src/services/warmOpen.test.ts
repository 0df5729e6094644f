import { describe, expect, it } from 'vitest';
import { demoBase, personId } from '../../test/support/baseFixture';
import type { LocalHost } from '../local/localHost';
import { memoryStore, type KeyValueStore } from '../store/sessionSnapshot';
import type { Session } from './session';
import { keepSnapshot, openWarm, type ReadySession } from './warmOpen';

const RETRY = { retry: { attempts: 1, backoffMs: 0 } };

function ready(session: Session): ReadySession {
  if (session.kind !== 'ready') throw new Error(session.kind);
  return session;
}

/** Opens as the sidebar does; what was painted, in order: the snapshot's session, then the fresh one. */
async function open(local: LocalHost, kv: KeyValueStore | undefined) {
  const painted: { from: 'snapshot' | 'fresh'; session: ReadySession }[] = [];
  const early = (session: ReadySession) => painted.push({ from: 'snapshot', session });
  const fresh = ready(await openWarm(local.host, kv, early, RETRY));
  painted.push({ from: 'fresh', session: fresh });
  return { painted, fresh };
}

const firstTitle = (session: ReadySession) => session.data.tasks[0]!.title;

async function renameFirstTask(local: LocalHost, session: ReadySession, title: string) {
  const [task] = session.data.tasks;
  await session.store.update('tasks', [{ id: task!.id, values: { title } }]);
  return local;
}

describe('[SP10] opening from a snapshot', () => {
  it('paints nothing early on a first open, then the snapshot first and the fresh read after it', async () => {
    const local = await demoBase({ userId: personId('郭晓') });
    const kv = memoryStore();
    const first = await open(local, kv);
    expect(first.painted.map((p) => p.from)).toEqual(['fresh']);
    expect(await keepSnapshot(kv, first.fresh, 1)).toBe(true);

    await renameFirstTask(local, first.fresh, '改过的标题');
    const second = await open(local, kv);
    expect(second.painted.map((p) => p.from)).toEqual(['snapshot', 'fresh']);
    const [fromSnapshot, fresh] = second.painted.map((p) => p.session);
    expect(firstTitle(fromSnapshot!)).toBe(firstTitle(first.fresh));
    expect(firstTitle(fresh!)).toBe('改过的标题');
    expect(fromSnapshot!.viewer).toEqual(fresh!.viewer);
    expect(fromSnapshot!.context.userId).toBe(fresh!.context.userId);
    expect(fromSnapshot!.notices).toEqual(first.fresh.notices);
  });

  it('never paints another user’s snapshot for the next person on the same device', async () => {
    const local = await demoBase({ userId: personId('郭晓') });
    const kv = memoryStore();
    await keepSnapshot(kv, (await open(local, kv)).fresh, 1);
    local.setSession({ userId: personId('何平') });
    const other = await open(local, kv);
    expect(other.painted.map((p) => p.from)).toEqual(['fresh']);
    expect(other.fresh.context.userId).toBe(personId('何平'));
  });

  it('paints each person their own snapshot when two take turns on one device', async () => {
    const local = await demoBase({ userId: personId('郭晓') });
    const kv = memoryStore();
    await keepSnapshot(kv, (await open(local, kv)).fresh, 1);
    local.setSession({ userId: personId('何平') });
    await keepSnapshot(kv, (await open(local, kv)).fresh, 2);
    local.setSession({ userId: personId('郭晓') });
    const again = await open(local, kv);
    expect(again.painted.map((p) => p.from)).toEqual(['snapshot', 'fresh']);
    expect(again.painted[0]!.session.context.userId).toBe(personId('郭晓'));
    expect(again.painted[0]!.session.viewer).toEqual(again.fresh.viewer);
  });

  it('ignores a snapshot decoded against a schema changed since', async () => {
    const local = await demoBase({ userId: personId('郭晓') });
    const kv = memoryStore();
    const first = await open(local, kv);
    await keepSnapshot(kv, first.fresh, 1);
    const tasks = first.fresh.store.table('tasks');
    local.deleteField(tasks.id, tasks.fields.points!.id);
    const after = await open(local, kv);
    expect(after.painted.map((p) => p.from)).toEqual(['fresh']);
  });

  it('opens as before without storage, or with storage that fails', async () => {
    const local = await demoBase({ userId: personId('郭晓') });
    const broken: KeyValueStore = {
      get: () => Promise.reject(new Error('blocked')),
      set: () => Promise.reject(new Error('blocked')),
    };
    for (const kv of [undefined, broken]) {
      const opened = await open(local, kv);
      expect(opened.painted.map((p) => p.from)).toEqual(['fresh']);
      if (kv) expect(await keepSnapshot(kv, opened.fresh, 1)).toBe(false);
    }
  });

  it('keeps no snapshot of someone who is not a member', async () => {
    const local = await demoBase({ userId: 'ou_stranger' });
    const kv = memoryStore();
    expect(await keepSnapshot(kv, (await open(local, kv)).fresh, 1)).toBe(false);
    expect(kv.entries.size).toBe(0);
  });
});
