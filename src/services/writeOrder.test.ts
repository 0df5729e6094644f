/**
 * Every write path, with a failure injected at each of its calls in turn (before the host applies it, or
 * after, the answer lost): a user who gives up after the first failure leaves no notice or history for a
 * change that did not land; a user who retries (same moment, as the command runner retries) ends with the
 * Base a clean run leaves, every record exactly once.
 */
import { describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_TODAY, personId } from '../../test/support/baseFixture';
import type { AssignmentDraft } from '../core/assignment';
import { DAY, HOUR } from '../core/time';
import { demoLocalHost } from '../demo/seedDemo';
import { LocalHost } from '../local/localHost';
import type { FailureTiming } from '../local/failureInjector';
import { toNotice, toTask, toTaskEvent } from '../schema/entities';
import type { BatonStore } from '../store/batonStore';
import { sendAssignment } from './assign';
import { createTask } from './createTask';
import { work } from './process';
import { claimTask, respond } from './respond';
import { openSession, type Session } from './session';

type ReadySession = Extract<Session, { kind: 'ready' }>;

const BOSS = personId('王建国');
const HE = personId('何平');
const GUO = personId('郭晓');
const ZHANG = personId('张伟');
const ZHENG = personId('郑强');
const AT = TEST_NOW + HOUR;
const CLOCK = { now: AT, todayStart: TEST_TODAY };
const VIRTUAL = { clock: 'virtual', roundTripMs: 25, windowMs: 5 } as const;

let snapshot: string | undefined;
async function base(): Promise<LocalHost> {
  snapshot ??= JSON.stringify((await demoLocalHost(TEST_TODAY)).state);
  return new LocalHost({ state: JSON.parse(snapshot), latency: VIRTUAL });
}

/** A session whose every call is one attempt: an injected failure reaches the caller. */
async function open(local: LocalHost, attempts = 1): Promise<ReadySession> {
  const session = await openSession(local.host, { retry: { attempts, backoffMs: 0 } });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  return session;
}

function draft(data: ReadySession['data'], mode: 'assign' | 'pool', key: string): AssignmentDraft {
  const design = data.departments.find((d) => d.name === '设计部')!.id;
  return {
    draftKey: key,
    mode,
    title: '年会海报',
    description: '',
    extraDuty: true,
    due: TEST_TODAY + 10 * DAY,
    primaryDepartmentId: mode === 'assign' ? design : undefined,
    cooperation: [],
    responsibleMemberId: mode === 'assign' ? data.members.find((m) => m.name === '何平')!.id : undefined,
    outsiderConfirmed: false,
    stages: [],
    suggestedDepartmentIds: mode === 'pool' ? [design] : [],
  };
}

/** A task sent (no failures) before the action under test; returns its id. */
async function sent(local: LocalHost, mode: 'assign' | 'pool') {
  const { store, data } = await open(local, 3);
  const result = await sendAssignment(store, data, draft(data, mode, `setup-${mode}`), BOSS, {
    now: TEST_NOW,
    todayStart: TEST_TODAY,
  });
  if (!result.ok) throw new Error('setup send refused');
  return result.taskId;
}

const idOf = (s: ReadySession, title: string) => s.data.tasks.find((t) => t.title === title)!.id;

type Attempt = (retrying: boolean) => Promise<{ ok: boolean }>;
/**
 * Prepares the Base without failures; the action then runs on the data as the sidebar read it. A nudge
 * changes no task: its notices are its outcome, and its history must not come without them.
 */
type Path = [name: string, prepare: (local: LocalHost) => Promise<Attempt>, nudge?: true];

const PATHS: Path[] = [
  [
    'acknowledge',
    async (local) => {
      const id = await sent(local, 'assign');
      const { store, data } = await open(local);
      return (r) => respond(store, data, id, { kind: 'acknowledge' }, HE, AT, undefined, r);
    },
  ],
  [
    'decline',
    async (local) => {
      const id = await sent(local, 'assign');
      const { store, data } = await open(local);
      return (r) => respond(store, data, id, { kind: 'decline', reason: '排期冲突' }, HE, AT, undefined, r);
    },
  ],
  [
    'reassign',
    async (local) => {
      const id = await sent(local, 'assign');
      const { store, data } = await open(local);
      const to = data.members.find((m) => m.name === '郭晓')!.id;
      const action = { kind: 'reassign', toMemberId: to, reason: '人手调整' } as const;
      return (r) => respond(store, data, id, action, BOSS, AT, undefined, r);
    },
  ],
  [
    'claim',
    async (local) => {
      const id = await sent(local, 'pool');
      const { store, data } = await open(local);
      return (r) => claimTask(store, data, id, HE, AT, r);
    },
  ],
  [
    'submit',
    async (local) => {
      const s = await open(local);
      return (r) => work(s.store, s.data, idOf(s, '海报设计'), { kind: 'submit' }, GUO, CLOCK, r);
    },
  ],
  [
    'accept',
    async (local) => {
      const before = await open(local, 3);
      await work(before.store, before.data, idOf(before, '海报设计'), { kind: 'submit' }, GUO, CLOCK);
      const s = await open(local);
      const later = { ...CLOCK, now: AT + HOUR };
      return (r) => work(s.store, s.data, idOf(s, '海报设计'), { kind: 'accept' }, ZHANG, later, r);
    },
  ],
  [
    'send back',
    async (local) => {
      const before = await open(local, 3);
      await work(before.store, before.data, idOf(before, '海报设计'), { kind: 'submit' }, GUO, CLOCK);
      const s = await open(local);
      const later = { ...CLOCK, now: AT + HOUR };
      const back = { kind: 'sendBack', reason: '字太小' } as const;
      return (r) => work(s.store, s.data, idOf(s, '海报设计'), back, ZHANG, later, r);
    },
  ],
  [
    'nudge',
    async (local) => {
      const s = await open(local);
      return (r) => work(s.store, s.data, idOf(s, '客户邀请'), { kind: 'nudge' }, ZHENG, CLOCK, r);
    },
    true,
  ],
  [
    'send',
    async (local) => {
      const { store, data } = await open(local);
      return (r) => sendAssignment(store, data, draft(data, 'assign', 'send'), BOSS, CLOCK, { resume: r });
    },
  ],
  [
    'quick-create',
    async (local) => {
      const { store, data } = await open(local);
      const design = data.departments.find((d) => d.name === '设计部')!.id;
      const owner = data.members.find((m) => m.name === '何平')!.id;
      const input = { title: '海报', primaryDepartmentId: design, responsibleMemberId: owner, due: AT + DAY };
      return (r) => createTask(store, data, input, CLOCK, 'quick', r, BOSS);
    },
  ],
];

/** What people can see: each released task's state, and every notice and history key (duplicates kept). */
async function visible(store: BatonStore) {
  const [tasks, notices, events] = await Promise.all([
    store.readAll('tasks'),
    store.readAll('notifications'),
    store.readAll('taskEvents'),
  ]);
  const state = tasks
    .map(toTask)
    .filter((t) => t.status !== 'draft')
    .map((t) => JSON.stringify([t.requestKey ?? t.id, t.status, t.responsibleUserIds, t.acknowledgedAt]))
    .sort();
  return {
    state,
    notices: notices.map((n) => toNotice(n).key).sort(),
    // A claim's own event is its bid, written before the task (first claim wins): not history of a change.
    events: events
      .map((e) => toTaskEvent(e).key)
      .filter((k) => !/\/claimed\/[^/]+$/.test(k ?? ''))
      .sort(),
  };
}

/** Fails the `nth` call of the action (counting every call) at `timing`; counts calls when `nth` is 0. */
function failAt(local: LocalHost, nth: number, timing: FailureTiming) {
  let calls = 0;
  local.failures.draw = () => (++calls === nth ? timing : undefined);
  return { calls: () => calls };
}

async function cleanRun(prepare: Path[1]) {
  const local = await base();
  const act = await prepare(local);
  const counter = failAt(local, 0, 'before');
  expect((await act(false)).ok).toBe(true);
  return { calls: counter.calls(), end: await visible((await open(local, 3)).store) };
}

describe.each(PATHS)('write order: %s', (_name, prepare, nudge) => {
  it('[H4] a failure at any call: given up, nobody is told of a change that did not land; retried, all once', async () => {
    const clean = await cleanRun(prepare);
    expect(clean.calls).toBeGreaterThan(1);
    for (let nth = 1; nth <= clean.calls; nth++) {
      for (const timing of ['before', 'after'] as const) {
        const local = await base();
        const act = await prepare(local);
        const reader = (await open(local, 3)).store;
        const before = await visible(reader);
        failAt(local, nth, timing);
        const first = await act(false).then(
          (r) => r.ok,
          () => false,
        );
        local.failures.draw = () => undefined;
        const gaveUp = await visible(reader);
        const where = `call ${nth} failing ${timing}`;
        const landed = JSON.stringify(nudge ? gaveUp.notices : gaveUp.state);
        if (landed === JSON.stringify(nudge ? before.notices : before.state)) {
          expect({ where, notices: gaveUp.notices, events: gaveUp.events }).toEqual({
            where,
            notices: before.notices,
            events: before.events,
          });
        }
        let ok = first;
        for (let attempt = 0; !ok && attempt < 3; attempt++) ok = (await act(true)).ok;
        expect({ where, ok }).toEqual({ where, ok: true });
        expect({ where, ...(await visible(reader)) }).toEqual({ where, ...clean.end });
      }
    }
  });
});

describe('[H6] a write set that cannot encode writes nothing', () => {
  async function withoutField(field: 'status' | 'acknowledgedAt') {
    const local = await base();
    const id = await sent(local, 'assign');
    const setup = await open(local, 3);
    const tasks = setup.store.table('tasks');
    local.deleteField(tasks.id, tasks.fields[field]!.id);
    const { store, data } = await open(local);
    const writes = () =>
      ['addRecords', 'setRecords', 'deleteRecords'].reduce((n, m) => n + (local.calls.byMethod[m] ?? 0), 0);
    return { local, store, data, id, writes };
  }

  it.each([
    ['status', { kind: 'decline', reason: '排期冲突' }],
    ['acknowledgedAt', { kind: 'acknowledge' }],
  ] as const)('with 任务.%s deleted, %o is refused by the schema before any write', async (field, action) => {
    const d = await withoutField(field);
    const writesBefore = d.writes();
    await expect(respond(d.store, d.data, d.id, action, HE, AT)).rejects.toMatchObject({
      name: 'SchemaError',
      code: 'fieldMissing',
      detail: { table: 'tasks', field },
    });
    expect(d.writes()).toBe(writesBefore);
  });
});
