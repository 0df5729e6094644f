import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from '../demo/demoCompany';
import { demoLocalHost } from '../demo/seedDemo';
import { LocalHost } from '../local/localHost';
import { emptyState } from '../local/localState';
import { fromMember, toMember } from '../schema/entities';
import type { BatonStore } from '../store/batonStore';
import { registerFirstBoss } from './firstBoss';
import type { Wait } from './settle';
import { install } from './installer';
import { openSession } from './session';

const RETRY = { attempts: 3, backoffMs: 0 };
const USERS = [
  { id: 'ou_owner', name: 'Owner' },
  { id: 'ou_second', name: 'Second' },
];

/** An empty Base with Baton just installed and nobody in Members. */
async function installed() {
  const local = new LocalHost({
    state: emptyState(USERS, 'ou_owner'),
    latency: { clock: 'virtual', roundTripMs: 0 },
  });
  const result = await install(local.host, 'zh');
  if (result.status !== 'installed') throw new Error('install found conflicts');
  return { local, store: result.store };
}

const members = async (store: BatonStore) => (await store.readAll('members')).map(toMember);

describe('[I3] registerFirstBoss', () => {
  it('[I3] a fresh install has no boss, so the session asks for one', async () => {
    const { local } = await installed();
    const session = await openSession(local.host, { retry: RETRY });
    expect(session.kind).toBe('ready');
    if (session.kind !== 'ready') return;
    expect(session.firstBossNeeded).toBe(true);
    expect(session.viewer).toEqual({ kind: 'notMember', userId: 'ou_owner', reason: 'missing' });
  });

  it('[I3] the name is required: empty or blank names write nothing', async () => {
    const { local, store } = await installed();
    local.calls.reset();
    expect(await registerFirstBoss(store, 'ou_owner', '')).toEqual({ ok: false, code: 'nameRequired' });
    expect(await registerFirstBoss(store, 'ou_owner', ' \t　')).toEqual({ ok: false, code: 'nameRequired' });
    expect(local.calls.byMethod.addRecords ?? 0).toBe(0);
    expect(await members(store)).toEqual([]);
  });

  it('[I3] registers the caller as an active boss, name trimmed, when there is no boss', async () => {
    const { local, store } = await installed();
    expect(await registerFirstBoss(store, 'ou_owner', '  Ada Wang  ')).toEqual({ ok: true });
    const rows = await members(store);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Ada Wang', userIds: ['ou_owner'], role: 'boss', active: true });

    const session = await openSession(local.host, { retry: RETRY });
    if (session.kind !== 'ready') throw new Error(session.kind);
    expect(session.firstBossNeeded).toBe(false);
    expect(session.viewer.kind === 'member' && session.viewer.role).toBe('boss');
  });

  it("[I3] refuses with 'bossExists' once a boss exists, and adds nobody", async () => {
    const { local, store } = await installed();
    expect(await registerFirstBoss(store, 'ou_owner', 'Ada')).toEqual({ ok: true });
    local.calls.reset();
    expect(await registerFirstBoss(store, 'ou_second', 'Bob')).toEqual({ ok: false, code: 'bossExists' });
    expect(local.calls.byMethod.addRecords ?? 0).toBe(0);
    expect((await members(store)).map((m) => m.name)).toEqual(['Ada']);
  });

  it('[I3] re-reads Members: a sidebar opened before someone else registered is refused too', async () => {
    const { local } = await installed();
    const first = await openSession(local.host, { retry: RETRY });
    const second = await openSession(local.host, { retry: RETRY });
    if (first.kind !== 'ready' || second.kind !== 'ready') throw new Error('not ready');
    expect(second.firstBossNeeded).toBe(true);
    expect(await registerFirstBoss(first.store, 'ou_owner', 'Ada')).toEqual({ ok: true });
    expect(await registerFirstBoss(second.store, 'ou_second', 'Bob')).toEqual({
      ok: false,
      code: 'bossExists',
    });
    expect(await members(first.store)).toHaveLength(1);
  });

  it.each([
    ['a boss whose 在职 was unticked', 'boss', false],
    ['members but no boss', 'employee', true],
  ] as const)(
    '[I3] refuses a Base with %s: registration is for a Base that never had anyone',
    async (_, role, active) => {
      const { store } = await installed();
      await store.addAll('members', [
        fromMember({ name: 'Someone', userIds: ['ou_old'], role, employeeNo: '', skills: [], active }),
      ]);
      expect(await registerFirstBoss(store, 'ou_owner', 'Ada')).toEqual({ ok: false, code: 'bossExists' });
      expect((await members(store)).map((m) => m.name)).toEqual(['Someone']);
      const session = await openSession(store.host, { retry: RETRY });
      expect(session.kind === 'ready' && session.firstBossNeeded).toBe(false);
    },
  );

  it('[I3] two people registering at the same moment end with one boss, the first written; the other is told', async () => {
    const { local } = await installed();
    const [a, b] = await Promise.all([openSession(local.host), openSession(local.host)]);
    if (a.kind !== 'ready' || b.kind !== 'ready') throw new Error('not ready');
    const results = await Promise.all([
      registerFirstBoss(a.store, 'ou_owner', 'Ada'),
      registerFirstBoss(b.store, 'ou_second', 'Bob'),
    ]);
    expect(results).toEqual([{ ok: true }, { ok: false, code: 'someoneFirst' }]);
    const rows = await members(a.store);
    expect(rows.map((m) => [m.name, m.role, m.active])).toEqual([['Ada', 'boss', true]]);
  });

  it('[X10] on two copies that hear each other a second later, the first registration by the host wins', async () => {
    const { local } = await installed();
    const replicas = USERS.map((u) => local.replica({ syncDelayMs: 1000, userId: u.id }));
    const [a, b] = await Promise.all(replicas.map((r) => openSession(r.host, { retry: RETRY })));
    if (a?.kind !== 'ready' || b?.kind !== 'ready') throw new Error('not ready');
    // The waits move the Base's clock a quarter second at a time, so the other writer goes on meanwhile.
    const wait: Wait = async (ms) => {
      for (let waited = 0; waited < ms; waited += 250) await local.advance(250);
    };
    const results = await Promise.all([
      registerFirstBoss(a.store, 'ou_owner', 'Ada', wait),
      registerFirstBoss(b.store, 'ou_second', 'Bob', wait),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, code: 'someoneFirst' }]);
    await local.sync();
    const [left, right] = await Promise.all([members(a.store), members(b.store)]);
    const winner = results[0]!.ok ? 'Ada' : 'Bob';
    expect(left.map((m) => [m.name, m.role])).toEqual([[winner, 'boss']]);
    expect(right).toEqual(left);
    // A retry of the loser, its answer lost, is told the same and writes no boss row.
    const loser = results[0]!.ok ? b : a;
    const loserId = results[0]!.ok ? 'ou_second' : 'ou_owner';
    expect(await registerFirstBoss(loser.store, loserId, 'Late', wait)).toEqual({
      ok: false,
      code: 'bossExists',
    });
    expect(await members(loser.store)).toHaveLength(1);
  });

  it('[I3] a retry of a registration that landed is done, not refused', async () => {
    const { store } = await installed();
    expect(await registerFirstBoss(store, 'ou_owner', 'Ada')).toEqual({ ok: true });
    expect(await registerFirstBoss(store, 'ou_owner', 'Ada')).toEqual({ ok: true });
    expect(await members(store)).toHaveLength(1);
  });

  it("[I3] on the demo company, which has a boss, the answer is 'bossExists'", async () => {
    const local = await demoLocalHost(Date.UTC(2024, 4, 9, 16));
    const session = await openSession(local.host, { retry: RETRY });
    if (session.kind !== 'ready') throw new Error(session.kind);
    expect(session.firstBossNeeded).toBe(false);
    const before = (await members(session.store)).length;
    expect(before).toBe(DEMO_PEOPLE.length);
    expect(await registerFirstBoss(session.store, 'ou_visitor', 'Visitor')).toEqual({
      ok: false,
      code: 'bossExists',
    });
    expect(await members(session.store)).toHaveLength(before);
  });
});
