/** [K1]-[K5] Every command is refused in the service, before anything is written, for the wrong person. */
import { describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_TODAY, demoBase, personId } from '../../test/support/baseFixture';
import type { AssignmentDraft } from '../core/assignment';

import type { LocalHost } from '../local/localHost';
import type { CoreData } from '../store/batonStore';
import { sendAssignment } from './assign';
import { createTask } from './createTask';
import { respond } from './respond';
import { openSession } from './session';
import { saveAsTemplate } from './templates';
import { DAY } from '../core/time';

const clock = { now: TEST_NOW, todayStart: TEST_TODAY };
const WRITES = ['addRecords', 'setRecords', 'deleteRecords'];
const writes = (local: LocalHost) => local.calls.recent.filter((c) => WRITES.includes(c.method)).length;

const ACTORS = ['boss', 'head', 'headWithoutDepartment', 'employee', 'inactive', 'nonMember'] as const;
type Actor = (typeof ACTORS)[number];

/** The demo, plus a 部门负责人 with no 部门 and a member marked 离职, added to what the sidebar read. */
async function demo() {
  const local = await demoBase();
  const session = await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  const { data, store } = session;
  const he = data.members.find((m) => m.name === '何平')!;
  const extra = [
    {
      ...he,
      id: 'mem_loose',
      name: '林散',
      userIds: ['ou_loose'],
      role: 'manager' as const,
      departmentId: undefined,
    },
    { ...he, id: 'mem_gone', name: '老李', userIds: ['ou_gone'], active: false },
  ];
  const withExtra: CoreData = { ...data, members: [...data.members, ...extra] };
  const userOf: Record<Actor, string> = {
    boss: personId('王建国'),
    head: personId('郭晓'),
    headWithoutDepartment: 'ou_loose',
    employee: he.userIds[0]!,
    inactive: 'ou_gone',
    nonMember: 'ou_visitor',
  };
  local.calls.reset();
  return { local, store, data: withExtra, userOf, he };
}

function draftFor(data: CoreData, mode: 'assign' | 'pool', he: { id: string }): AssignmentDraft {
  const design = data.departments.find((d) => d.name === '设计部')!.id;
  return {
    draftKey: `perm-${mode}`,
    mode,
    title: '年会海报',
    description: '',
    extraDuty: false,
    due: TEST_TODAY + 10 * DAY,
    primaryDepartmentId: mode === 'assign' ? design : undefined,
    cooperation: [],
    responsibleMemberId: mode === 'assign' ? he.id : undefined,
    outsiderConfirmed: false,
    stages: [],
    suggestedDepartmentIds: mode === 'pool' ? [design] : [],
  };
}

type Demo = Awaited<ReturnType<typeof demo>>;
const COMMANDS: Record<string, (d: Demo, actor: string) => Promise<{ ok: boolean; code?: string }>> = {
  assign: (d, actor) => sendAssignment(d.store, d.data, draftFor(d.data, 'assign', d.he), actor, clock),
  publish: (d, actor) => sendAssignment(d.store, d.data, draftFor(d.data, 'pool', d.he), actor, clock),
  quickCreate: (d, actor) => {
    const design = d.data.departments.find((x) => x.name === '设计部')!.id;
    const input = {
      title: '快速任务',
      primaryDepartmentId: design,
      responsibleMemberId: d.he.id,
      due: TEST_TODAY + DAY,
    };
    return createTask(d.store, d.data, input, clock, 'perm-quick', false, actor);
  },
  saveTemplate: (d, actor) => {
    const special = d.data.tasks.find(
      (t) => t.kind === 'special' && d.data.tasks.some((s) => s.parentId === t.id),
    )!;
    return saveAsTemplate(d.store, d.data, special, actor);
  },
};

const EXPECTED: Record<string, Record<Actor, string>> = {
  assign: {
    boss: 'ok',
    head: 'ok',
    headWithoutDepartment: 'notAllowed',
    employee: 'notAllowed',
    inactive: 'notMember',
    nonMember: 'notMember',
  },
  publish: {
    boss: 'ok',
    head: 'ok',
    headWithoutDepartment: 'notAllowed',
    employee: 'notAllowed',
    inactive: 'notMember',
    nonMember: 'notMember',
  },
  quickCreate: {
    boss: 'ok',
    head: 'ok',
    headWithoutDepartment: 'notAllowed',
    employee: 'notAllowed',
    inactive: 'notMember',
    nonMember: 'notMember',
  },
  saveTemplate: {
    boss: 'ok',
    head: 'notAllowed',
    headWithoutDepartment: 'notAllowed',
    employee: 'notAllowed',
    inactive: 'notMember',
    nonMember: 'notMember',
  },
};

describe('services refuse the wrong person before writing', () => {
  for (const [command, byActor] of Object.entries(EXPECTED))
    for (const actor of ACTORS)
      it(`[K3] ${command} by ${actor}: ${byActor[actor]}`, async () => {
        const d = await demo();
        const result = await COMMANDS[command]!(d, d.userOf[actor]);
        expect(result.ok ? 'ok' : result.code).toBe(byActor[actor]);
        if (result.ok) expect(writes(d.local)).toBeGreaterThan(0);
        else expect(writes(d.local)).toBe(0);
      });

  it('[K5] an owner marked 离职 can neither acknowledge nor decline, and nothing is written', async () => {
    const d = await demo();
    const sent = await sendAssignment(
      d.store,
      d.data,
      draftFor(d.data, 'assign', d.he),
      d.userOf.boss,
      clock,
    );
    if (!sent.ok) throw new Error(sent.code);
    const data = await d.store.loadCore();
    const left: CoreData = {
      ...data,
      members: data.members.map((m) => (m.id === d.he.id ? { ...m, active: false } : m)),
    };
    d.local.calls.reset();
    const owner = d.he.userIds[0]!;
    expect(await respond(d.store, left, sent.taskId, { kind: 'acknowledge' }, owner, TEST_NOW)).toEqual({
      ok: false,
      code: 'notMember',
    });
    expect(
      await respond(d.store, left, sent.taskId, { kind: 'decline', reason: '忙' }, owner, TEST_NOW),
    ).toEqual({ ok: false, code: 'notMember' });
    expect(writes(d.local)).toBe(0);
  });

  it('[K4] a head with no 部门 cannot reassign a pool task; the boss can', async () => {
    const d = await demo();
    const sent = await sendAssignment(d.store, d.data, draftFor(d.data, 'pool', d.he), d.userOf.boss, clock);
    if (!sent.ok) throw new Error(sent.code);
    const data = { ...(await d.store.loadCore()), members: d.data.members };
    d.local.calls.reset();
    const reassign = { kind: 'reassign', toMemberId: d.he.id, reason: '指定' } as const;
    const refused = await respond(d.store, data, sent.taskId, reassign, 'ou_loose', TEST_NOW);
    expect(refused).toEqual({ ok: false, code: 'notAllowed' });
    expect(writes(d.local)).toBe(0);
    expect((await respond(d.store, data, sent.taskId, reassign, d.userOf.boss, TEST_NOW)).ok).toBe(true);
  });
});
