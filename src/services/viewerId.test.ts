import { describe, expect, it } from 'vitest';
import { TODAY_START } from '../core/testBuilders';
import { DEMO_PEOPLE, DEMO_USERS } from '../demo/demoCompany';
import { demoLocalHost } from '../demo/seedDemo';
import { HOST_PROFILES } from '../local/hostProfiles';
import { LocalHost } from '../local/localHost';
import { emptyState } from '../local/localState';
import { registerFirstBoss } from './firstBoss';
import { install } from './installer';
import { openSession } from './session';

const RETRY = { attempts: 2, backoffMs: 0 };
const BOSS = DEMO_PEOPLE.find((p) => p.role === 'boss')!;
const EMPLOYEE = DEMO_PEOPLE.find((p) => p.role === 'employee')!;
const idsDiffer = HOST_PROFILES.idsDiffer;

async function demoWith(quirks = {}) {
  const seeded = await demoLocalHost(TODAY_START);
  return new LocalHost({ state: seeded.state, quirks });
}

async function ready(local: LocalHost) {
  const session = await openSession(local.host, { retry: RETRY });
  if (session.kind !== 'ready') throw new Error(`expected ready, got ${session.kind}`);
  return session;
}

const eventRows = (local: LocalHost) => local.state.tables.find((t) => t.name === '任务日志')!.records.length;

describe('[RB1] the viewer is found whatever ids the bridge returns', () => {
  it('where the bridge ids are User-cell ids, a member is matched without writing anything', async () => {
    const local = await demoWith();
    const session = await ready(local);
    expect(session.context).toMatchObject({ userId: BOSS.userId, identity: 'bridge' });
    expect(local.calls.byMethod.addRecords ?? 0).toBe(0);
  });

  it('where they differ, the boss is learnt from a row they add, the row removed, and the id remembered', async () => {
    const local = await demoWith(idsDiffer);
    expect(await local.host.bridge.getUserId()).not.toBe(BOSS.userId);
    const rowsBefore = eventRows(local);
    const session = await ready(local);
    expect(session.context).toMatchObject({ userId: BOSS.userId, identity: 'learned' });
    expect(session.viewer.kind === 'member' && session.viewer.role).toBe('boss');
    expect(eventRows(local)).toBe(rowsBefore);
    const again = await ready(local);
    expect(again.context).toMatchObject({ userId: BOSS.userId, identity: 'remembered' });
  });

  it('where they differ, an employee sees their own notices', async () => {
    const local = await demoWith(idsDiffer);
    local.setSession({ userId: EMPLOYEE.userId });
    const session = await ready(local);
    expect(session.viewer.kind === 'member' && session.viewer.member.name).toBe(EMPLOYEE.name);
    const direct = await ready(await demoWith().then((d) => (d.setSession({ userId: EMPLOYEE.userId }), d)));
    expect(session.notices.map((n) => n.key)).toEqual(direct.notices.map((n) => n.key));
  });

  it('someone who may not edit and is not matched stays unresolved, and nothing is written', async () => {
    const local = await demoWith(idsDiffer);
    local.setSession({ readOnly: true });
    const session = await ready(local);
    expect(session.context.identity).toBe('unresolved');
    expect(session.viewer.kind).toBe('notMember');
    expect(local.calls.byMethod.addRecords ?? 0).toBe(0);
  });

  it('[I3] where they differ, the first boss is registered with their User-cell id', async () => {
    const local = new LocalHost({ state: emptyState(DEMO_USERS, BOSS.userId), quirks: idsDiffer });
    expect((await install(local.host, 'zh')).status).toBe('installed');
    const first = await ready(local);
    expect(first.firstBossNeeded).toBe(true);
    expect(await registerFirstBoss(first.store, first.context.userId, BOSS.name)).toEqual({ ok: true });
    const after = await ready(local);
    expect(after.viewer.kind === 'member' && after.viewer.role).toBe('boss');
    expect(after.context).toMatchObject({ userId: BOSS.userId, identity: 'remembered' });
    expect(after.data.members[0]?.userIds).toEqual([BOSS.userId]);
  });
});
