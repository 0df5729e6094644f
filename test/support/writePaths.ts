/**
 * Every write path of the services, prepared on the demo Base, for the fault suites: each runs the way the
 * command runner runs it (the same moment on every attempt, `retrying` after a failure).
 */
import { TEST_NOW, TEST_TODAY, personId } from './baseFixture';
import type { AssignmentDraft } from '../../src/core/assignment';
import { DAY, HOUR } from '../../src/core/time';
import { demoLocalHost } from '../../src/demo/seedDemo';
import { LocalHost } from '../../src/local/localHost';
import { toNotice, toTask, toTaskEvent } from '../../src/schema/entities';
import type { BatonStore } from '../../src/store/batonStore';
import { sendAssignment } from '../../src/services/assign';
import { createTask } from '../../src/services/createTask';
import { work } from '../../src/services/process';
import { claimTask } from '../../src/services/claim';
import { respond } from '../../src/services/respond';
import { openSession, type Session } from '../../src/services/session';

export type ReadySession = Extract<Session, { kind: 'ready' }>;

const BOSS = personId('王建国');
export const HE = personId('何平');
const GUO = personId('郭晓');
const ZHANG = personId('张伟');
const ZHENG = personId('郑强');
export const AT = TEST_NOW + HOUR;
export const CLOCK = { now: AT, todayStart: TEST_TODAY };
const VIRTUAL = { clock: 'virtual', roundTripMs: 25, windowMs: 5 } as const;

let snapshot: string | undefined;
export async function base(): Promise<LocalHost> {
  snapshot ??= JSON.stringify((await demoLocalHost(TEST_TODAY)).state);
  return new LocalHost({ state: JSON.parse(snapshot), latency: VIRTUAL });
}

/** A session whose every call is one attempt: an injected failure reaches the caller. */
export async function open(local: LocalHost, attempts = 1): Promise<ReadySession> {
  const session = await openSession(local.host, { retry: { attempts, backoffMs: 0 } });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  return session;
}

export function draft(data: ReadySession['data'], mode: 'assign' | 'pool', key: string): AssignmentDraft {
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
export async function sent(local: LocalHost, mode: 'assign' | 'pool') {
  const { store, data } = await open(local, 3);
  const result = await sendAssignment(store, data, draft(data, mode, `setup-${mode}`), BOSS, {
    now: TEST_NOW,
    todayStart: TEST_TODAY,
  });
  if (!result.ok) throw new Error('setup send refused');
  return result.taskId;
}

const idOf = (s: ReadySession, title: string) => s.data.tasks.find((t) => t.title === title)!.id;

/** The sidebar's settle wait, on the Base's virtual clock: actions run as the sidebar runs them. */
const settleOn = (local: LocalHost) => (ms: number) => local.advance(ms);

type Attempt = (retrying: boolean) => Promise<{ ok: boolean }>;
/**
 * Prepares the Base without failures; the action then runs on the data as the sidebar read it. A nudge
 * changes no task: its notices are its outcome, and its history must not come without them.
 */
/** `attempts`: how often the action's store tries each call (the sidebar's tries three times). */
export type Path = [
  name: string,
  prepare: (local: LocalHost, attempts?: number) => Promise<Attempt>,
  nudge?: true,
];

export const PATHS: Path[] = [
  [
    'acknowledge',
    async (local, attempts = 1) => {
      const id = await sent(local, 'assign');
      const { store, data } = await open(local, attempts);
      return (r) => respond(store, data, id, { kind: 'acknowledge' }, HE, AT, undefined, r, settleOn(local));
    },
  ],
  [
    'decline',
    async (local, attempts = 1) => {
      const id = await sent(local, 'assign');
      const { store, data } = await open(local, attempts);
      return (r) =>
        respond(
          store,
          data,
          id,
          { kind: 'decline', reason: '排期冲突' },
          HE,
          AT,
          undefined,
          r,
          settleOn(local),
        );
    },
  ],
  [
    'reassign',
    async (local, attempts = 1) => {
      const id = await sent(local, 'assign');
      const { store, data } = await open(local, attempts);
      const to = data.members.find((m) => m.name === '郭晓')!.id;
      const action = { kind: 'reassign', toMemberId: to, reason: '人手调整' } as const;
      return (r) => respond(store, data, id, action, BOSS, AT, undefined, r, settleOn(local));
    },
  ],
  [
    'claim',
    async (local, attempts = 1) => {
      const id = await sent(local, 'pool');
      const { store, data } = await open(local, attempts);
      return (r) => claimTask(store, data, id, HE, AT, r, settleOn(local));
    },
  ],
  [
    'submit',
    async (local, attempts = 1) => {
      const s = await open(local, attempts);
      return (r) =>
        work(s.store, s.data, idOf(s, '海报设计'), { kind: 'submit' }, GUO, CLOCK, r, settleOn(local));
    },
  ],
  [
    'accept',
    async (local, attempts = 1) => {
      const before = await open(local, 3);
      await work(before.store, before.data, idOf(before, '海报设计'), { kind: 'submit' }, GUO, CLOCK);
      const s = await open(local, attempts);
      const later = { ...CLOCK, now: AT + HOUR };
      return (r) =>
        work(s.store, s.data, idOf(s, '海报设计'), { kind: 'accept' }, ZHANG, later, r, settleOn(local));
    },
  ],
  [
    'send back',
    async (local, attempts = 1) => {
      const before = await open(local, 3);
      await work(before.store, before.data, idOf(before, '海报设计'), { kind: 'submit' }, GUO, CLOCK);
      const s = await open(local, attempts);
      const later = { ...CLOCK, now: AT + HOUR };
      const back = { kind: 'sendBack', reason: '字太小' } as const;
      return (r) => work(s.store, s.data, idOf(s, '海报设计'), back, ZHANG, later, r, settleOn(local));
    },
  ],
  [
    'nudge',
    async (local, attempts = 1) => {
      const s = await open(local, attempts);
      return (r) => work(s.store, s.data, idOf(s, '客户邀请'), { kind: 'nudge' }, ZHENG, CLOCK, r);
    },
    true,
  ],
  [
    'send',
    async (local, attempts = 1) => {
      const { store, data } = await open(local, attempts);
      return (r) =>
        sendAssignment(store, data, draft(data, 'assign', 'send'), BOSS, CLOCK, {
          resume: r,
          wait: settleOn(local),
        });
    },
  ],
  [
    'quick-create',
    async (local, attempts = 1) => {
      const { store, data } = await open(local, attempts);
      const design = data.departments.find((d) => d.name === '设计部')!.id;
      const owner = data.members.find((m) => m.name === '何平')!.id;
      const input = { title: '海报', primaryDepartmentId: design, responsibleMemberId: owner, due: AT + DAY };
      return (r) => createTask(store, data, input, CLOCK, 'quick', r, BOSS);
    },
  ],
];

/** What people can see: each released task's state, and every notice and history key (duplicates kept). */
export async function visible(store: BatonStore) {
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
      .filter((k) => !/\/claimed\/[^/]+\/\d+$/.test(k ?? ''))
      .sort(),
  };
}
