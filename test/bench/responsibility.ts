/**
 * The responsibility scenarios. "assign": the boss sends a special task with 6 stages and 4
 * cooperating departments on an open sidebar (openSession first, then only the send is measured), against one
 * awaited call per record. "escalate": every escalation rule over the whole Base, the pure rules timed and the
 * service's writes counted, run twice, against one awaited addRecords per notice.
 */
import { planAssignment, type AssignmentDraft } from '../../src/core/assignment';
import { DEFAULT_ESCALATION, escalations } from '../../src/core/escalation';
import type { LocalState } from '../../src/local/localState';
import { encodeFields, type PlainValue } from '../../src/schema/cellCodec';
import { fromTask } from '../../src/schema/entities';
import type { TableKey } from '../../src/schema/schemaTypes';
import { sendAssignment } from '../../src/services/assign';
import { escalate } from '../../src/services/escalate';
import { baseLocale, eventRows, noticeRows } from '../../src/services/outbox';
import { openSession } from '../../src/services/session';
import { BatonStore, type CoreData } from '../../src/store/batonStore';
import { DAY, measuredHost, NOW, TODAY_START } from './fixtures';
import { floorOf, PAGE, type Floor } from './floor';
import { measure, type Measurement, type Trip } from './scenarios';
import { timed, timingText, type Timing } from './timing';

const CLOCK = { now: NOW, todayStart: TODAY_START };
const chunks = (records: number) => Math.ceil(records / PAGE);

/** A copy of the Base with the sidebar open on it (the boss is the viewer); nothing counted yet. */
async function openBase(state: LocalState) {
  const local = measuredHost(state);
  const session = await openSession(local.host);
  if (session.kind !== 'ready') throw new Error(`expected a ready session, got ${session.kind}`);
  return { local, store: session.store, data: session.data, userId: session.context.userId };
}

function encoder(store: BatonStore) {
  return (key: TableKey, values: Record<string, PlainValue>) =>
    encodeFields(store.resolution.schema, store.table(key), values);
}

/** "1 addRecords tasks | 2 getRecordsByPage tasks | …": what each round trip carried. */
function tripsText(trips: Trip[], state: LocalState): string[] {
  const name = (id?: string) => state.tables.find((t) => t.id === id)?.name ?? '';
  const byTrip = new Map<number, string[]>();
  for (const t of trips)
    byTrip.set(t.trip, [...(byTrip.get(t.trip) ?? []), `${t.method} ${name(t.tableId)}`]);
  return [...byTrip].map(([trip, calls]) => `    ${trip}: ${calls.join(' + ')}`);
}

// The livestream template's chain and a review, owned by the primary and the four cooperating departments.
const PRIMARY = '市场部';
const COOPERATING = ['企划部', '设计部', '销售部', '人事部'];
const STAGES: [string, string][] = [
  ['策划方案', '企划部'],
  ['海报设计', '设计部'],
  ['客户邀请', '销售部'],
  ['彩排', '市场部'],
  ['正式直播', '市场部'],
  ['复盘总结', '人事部'],
];

export function livestreamDraft(data: CoreData): AssignmentDraft {
  const dept = (name: string) => {
    const found = data.departments.find((d) => d.name === name);
    if (!found) throw new Error(`fixture has no department ${name}`);
    return found.id;
  };
  const primary = dept(PRIMARY);
  const head = data.departments.find((d) => d.id === primary)!.headUserIds[0];
  return {
    draftKey: 'bench-assign-livestream',
    mode: 'assign',
    title: '直播课堂（春季）',
    description: '面向老客户的线上直播课堂：策划、海报、邀约、彩排、直播、复盘。',
    points: 30,
    extraDuty: true,
    start: TODAY_START,
    due: TODAY_START + 30 * DAY,
    primaryDepartmentId: primary,
    cooperation: COOPERATING.map((name) => ({ departmentId: dept(name), deliverable: `${name}交付物` })),
    responsibleMemberId: data.members.find((m) => head && m.userIds.includes(head))?.id,
    outsiderConfirmed: false,
    stages: STAGES.map(([title, department], i) => ({
      key: `s${i + 1}`,
      title,
      departmentId: dept(department),
      due: TODAY_START + (i + 1) * 4 * DAY,
      predecessorKeys: i === 0 ? [] : [`s${i}`],
    })),
    suggestedDepartmentIds: [],
  };
}

export interface AssignResult {
  m: Measurement;
  naive: Measurement;
  floor: Floor;
  notes: string[];
}

/**
 * The floor: the task and stages in one add; one lookup of the draft's keys after adding, so two senders
 * racing agree on one record per key (never a duplicate); then, with the ids agreed, their links (parent,
 * predecessors) in one set, and once released, notices and the event in one add each.
 */
export async function assignScenario(state: LocalState): Promise<AssignResult> {
  const { local, store, data, userId } = await openBase(state);
  const draft = livestreamDraft(data);
  const { result, m } = await measure(local, () => sendAssignment(store, data, draft, userId, CLOCK));
  if (!result.ok) throw new Error(`assign: draft refused: ${result.issues.map((i) => i.code).join(', ')}`);
  const { tasks, notices, events } = result.plan;
  // Each record once (checked after the measurement, so not counted).
  const keysOf = (xs: { key: string }[]) => xs.map((x) => x.key);
  const written = await Promise.all([
    store.findKeyed('tasks', 'requestKey', keysOf(tasks)),
    store.findKeyed('notifications', 'key', keysOf(notices)),
    store.findKeyed('taskEvents', 'key', keysOf(events)),
  ]);
  const expected = tasks.length + notices.length + events.length;
  if (written.flatMap((found) => [...found.values()].flat()).length !== expected)
    throw new Error('assign: the task, stages, notices and event are not each written once');
  const agreed = ['lookup'];
  const floor = floorOf([
    {
      what: `addRecords tasks: the special + ${tasks.length - 1} stages, ⌈${tasks.length}/${PAGE}⌉`,
      calls: 1,
      id: 'add',
    },
    {
      what: `getRecordsByPage tasks where requestKey in the draft's ${tasks.length} keys`,
      calls: 1,
      id: 'lookup',
      after: ['add'],
    },
    {
      what: `setRecords tasks: parent and predecessor links, ⌈${tasks.length - 1}/${PAGE}⌉`,
      calls: 1,
      id: 'release',
      after: agreed,
    },
    // Nobody is told of a task before its release.
    {
      what: `addRecords notifications: ${notices.length} notices, ⌈${notices.length}/${PAGE}⌉`,
      calls: 1,
      after: ['release'],
    },
    { what: `addRecords taskEvents: ${events.length} event`, calls: 1, after: ['release'] },
  ]);
  const naive = await naiveAssign(state, draft);
  return {
    m,
    naive,
    floor,
    notes: [
      `written: ${tasks.length} tasks (1 special + ${tasks.length - 1} stages), ${notices.length} notices ` +
        `(owner + copies), ${events.length} event; write round trips ${m.writeRoundTrips}, reads ${m.readCalls}`,
      'round trips made:',
      ...tripsText(m.trips, state),
    ],
  };
}

/** One awaited addRecords per record (final statuses, no keys looked up), then one setRecords per stage. */
async function naiveAssign(state: LocalState, draft: AssignmentDraft): Promise<Measurement> {
  const { local, store, data, userId } = await openBase(state);
  const plan = planAssignment(draft, { ...data, todayStart: TODAY_START }, userId, NOW);
  const encode = encoder(store);
  const locale = baseLocale(store);
  const { m } = await measure(local, async (host) => {
    const table = (key: TableKey) => host.base.getTableById(store.table(key).id);
    const [tasks, notifications, taskEvents] = await Promise.all(
      (['tasks', 'notifications', 'taskEvents'] as const).map(table),
    );
    const ids = new Map<string, string>();
    for (const p of plan.tasks) {
      const [id] = await tasks!.addRecords([
        { fields: encode('tasks', fromTask({ ...p.task, status: p.finalStatus })) },
      ]);
      ids.set(p.key, id!);
    }
    for (const row of noticeRows(plan.notices, locale, NOW, ids))
      await notifications!.addRecords([{ fields: encode('notifications', row) }]);
    for (const row of eventRows(plan.events, locale, ids))
      await taskEvents!.addRecords([{ fields: encode('taskEvents', row) }]);
    for (const p of plan.tasks.filter((x) => x.parentKey)) {
      const values = { parent: [ids.get(p.parentKey!)!], dependsOn: p.dependsOnKeys.map((k) => ids.get(k)!) };
      await tasks!.setRecords([{ recordId: ids.get(p.key)!, fields: encode('tasks', values) }]);
    }
  });
  return m;
}

export interface EscalateResult {
  m: Measurement;
  second: Measurement;
  naive: Measurement;
  compute: Timing;
  notices: number;
  floor: Floor;
  floorAdds: number;
  notes: string[];
}

/**
 * The floor for n due notices: ⌈n/200⌉ filtered lookups of their keys in the outbox (a second sidebar or the
 * scheduled automation may have added some) and, once they are back, ⌈n/200⌉ addRecords.
 */
export async function escalateScenario(state: LocalState): Promise<EscalateResult> {
  const { local, store, data } = await openBase(state);
  const due = escalations(data.tasks, data, DEFAULT_ESCALATION, NOW);
  const compute = timed(() => escalations(data.tasks, data, DEFAULT_ESCALATION, NOW));
  const first = await measure(local, () => escalate(store, data, NOW));
  if (first.result !== due.length) throw new Error(`escalate added ${first.result}, expected ${due.length}`);
  const second = await measure(local, () => escalate(store, data, NOW));
  const n = due.length;
  const floor = floorOf([
    {
      what: `getRecordsByPage notifications where key in 200 keys: ⌈${n}/${PAGE}⌉`,
      calls: chunks(n),
      id: 'lookup',
    },
    { what: `addRecords notifications: ⌈${n}/${PAGE}⌉`, calls: chunks(n), after: ['lookup'] },
  ]);
  const count = (pick: (x: { type: string }) => boolean, xs: { type: string }[]) => xs.filter(pick).length;
  const status = (s: string) => data.tasks.filter((t) => t.status === s).length;
  return {
    m: first.m,
    second: second.m,
    naive: await naiveEscalate(state, due),
    compute,
    notices: n,
    floor,
    floorAdds: chunks(n),
    notes: [
      `input: ${status('assigned')} tasks assigned and not acknowledged, ${status('open')} open in the pool; ` +
        `now = ${new Date(NOW).toISOString()} (14:00 Beijing, Monday), default windows (4 h ack, 16 h pool)`,
      `due notices: ${n} (${count((x) => x.type === 'reminder', due)} reminders, ` +
        `${count((x) => x.type === 'escalation', due)} escalations, ${count((x) => x.type === 'pool', due)} pool)`,
      `escalations() compute: ${timingText(compute)} (${compute.all.map((t) => t.toFixed(1)).join(', ')})`,
      `first run: ${first.m.calls} calls in ${first.m.roundTrips} round trips ` +
        `(floor ${floor.calls} calls in ${floor.physicalRoundTrips}); ` +
        `addRecords ${first.m.byMethod.addRecords ?? 0}, reads ${first.m.readCalls}`,
      `second run: added ${second.result}; ${second.m.calls} calls (addRecords ${second.m.byMethod.addRecords ?? 0}, ` +
        `reads ${second.m.readCalls}) in ${second.m.roundTrips} round trips`,
    ],
  };
}

/** One awaited addRecords per due notice, on a fresh copy of the Base. */
async function naiveEscalate(state: LocalState, due: ReturnType<typeof escalations>): Promise<Measurement> {
  const local = measuredHost(state);
  const store = await BatonStore.open(local.host);
  const encode = encoder(store);
  const rows = noticeRows(due, baseLocale(store), NOW);
  const { m } = await measure(local, async (host) => {
    const table = await host.base.getTableById(store.table('notifications').id);
    for (const row of rows) await table.addRecords([{ fields: encode('notifications', row) }]);
  });
  return m;
}
