/**
 * The process-tracking scenarios. "cascade": one stage accepted in a 20,000-task Base with 60,000
 * finish-to-start links; the pure derivation timed (incremental from that stage, and full), then the service's
 * writes counted, then its echo (the same cascade on what it wrote), against a naive cascade that re-reads every
 * task after each change. "progress view": the boss opens the sidebar on 300 active special tasks of 6 stages;
 * openSession modelled plus project() computed, against the paged and per-cell open sidebars, each plus
 * project().
 */
import { derive } from '../../src/core/cascade';
import { prepareGraph, reachableFrom } from '../../src/core/taskGraph';
import type { EventDraft } from '../../src/core/notices';
import type { Task } from '../../src/core/model';
import { project } from '../../src/core/schedule';
import type { LocalState } from '../../src/local/localState';
import { decodeRecord, encodeFields, type PlainValue } from '../../src/schema/cellCodec';
import { toTask } from '../../src/schema/entities';
import { baseLocale, eventRows, noticeRows } from '../../src/services/outbox';
import { cascade } from '../../src/services/process';
import { noChanges, noteChange, refreshCore } from '../../src/services/refresh';
import { openSession } from '../../src/services/session';
import { BatonStore } from '../../src/store/batonStore';
import { measuredHost, NOW, TODAY_START } from './fixtures';
import { naiveOpenSidebar, pagedOpenSidebar } from './baselines';
import { floorOf, openSidebarFloor, PAGE, type Floor } from './floor';
import { acceptInGrid, stageToAccept, withLinks } from './processFixtures';
import { measure, type Measurement } from './scenarios';
import { timed, timingText, type Timing } from './timing';

export const CASCADE_LINKS = 60_000;
type TableName = 'tasks' | 'notifications' | 'taskEvents';
const chunks = (n: number) => Math.ceil(n / PAGE);

export interface CascadeResult {
  m: Measurement;
  echo: Measurement;
  naive: Measurement;
  incremental: Timing;
  full: Timing;
  live: LiveReaction;
  changed: number;
  notices: number;
  reach: number;
  links: number;
  floor: Floor;
  floorWrites: number;
  notes: string[];
}

/**
 * The floor for c changed records and n ready notices: ⌈c/200⌉ setRecords; ⌈n/200⌉ addRecords of notices and
 * ⌈c/200⌉ of history events (one per change). Reads: two sidebars and the scheduled job may cascade the same
 * edit, so the keys are looked up before adding (a later writer adds nothing, and the outbox automation never
 * sees a duplicate) and read back after adding (two writers at once keep one row per key, as in "assign"):
 * ⌈n/200⌉ + ⌈c/200⌉ filtered reads each time. Round trips: look up; add; read back and set together.
 */
export async function cascadeScenario(base: LocalState): Promise<CascadeResult> {
  const linked = await withLinks(base, CASCADE_LINKS);
  const open = async (state: LocalState) => {
    const local = measuredHost(state);
    const session = await openSession(local.host);
    if (session.kind !== 'ready') throw new Error(`cascade: expected a ready session, got ${session.kind}`);
    return { local, session };
  };
  const before = (await open(linked.state)).session.data.tasks;
  const pick = stageToAccept(before);
  const accepted = await acceptInGrid(linked.state, pick.id);
  const { local, session } = await open(accepted);
  const tasks = session.data.tasks;
  // Incremental derivation reuses the graph's structure, prepared once per read of the tasks (as the sidebar
  // does); the full derivation prepares it too, inside the measured time.
  const graph = prepareGraph(tasks);
  const incremental = timed(() => derive(tasks, [pick.id], graph));
  const full = timed(() => derive(tasks));
  // What preparing the structure costs (index and cycles), once per read.
  const indexing = timed(() => prepareGraph(tasks));
  const d = derive(tasks, [pick.id]);
  // The Base was settled, so the full derivation finds exactly what the incremental one does.
  if (JSON.stringify(derive(tasks).changes) !== JSON.stringify(d.changes))
    throw new Error('cascade: incremental and full derivations differ');
  const actor = session.context.userId;
  const first = await measure(local, () => cascade(session.store, tasks, actor, NOW, { changed: [pick.id] }));
  const written = await session.store.loadCore();
  const echo = await measure(local, () =>
    cascade(session.store, written.tasks, actor, NOW, { changed: [pick.id] }),
  );
  const [c, n] = [d.changes.length, d.notices.length];
  const floor = floorOf([
    { what: `setRecords tasks: ${c} changed statuses, ⌈${c}/${PAGE}⌉`, calls: chunks(c) },
    {
      what: `addRecords notifications: ${n} ready notices, ⌈${n}/${PAGE}⌉`,
      calls: chunks(n),
      id: 'addNotices',
      after: ['noticeKeys'],
    },
    {
      what: `addRecords taskEvents: ${c} events, ⌈${c}/${PAGE}⌉`,
      calls: chunks(c),
      id: 'addEvents',
      after: ['eventKeys'],
    },
    {
      what: `getRecordsByPage notifications: the notices' keys before adding, ⌈${n}/${PAGE}⌉`,
      calls: chunks(n),
      id: 'noticeKeys',
    },
    {
      what: `getRecordsByPage taskEvents: the events' keys before adding, ⌈${c}/${PAGE}⌉`,
      calls: chunks(c),
      id: 'eventKeys',
    },
    {
      what: `getRecordsByPage notifications: the notices' keys read back, ⌈${n}/${PAGE}⌉`,
      calls: chunks(n),
      after: ['addNotices'],
    },
    {
      what: `getRecordsByPage taskEvents: the events' keys read back, ⌈${c}/${PAGE}⌉`,
      calls: chunks(c),
      after: ['addEvents'],
    },
  ]);
  const naive = await naiveCascade(accepted);
  const live = await liveReaction(linked.state, pick.id);
  const reachSize = reachableFrom([pick.id], graph).size;
  return {
    m: first.m,
    echo: echo.m,
    naive: naive.m,
    incremental,
    full,
    live,
    changed: c,
    notices: n,
    reach: reachSize,
    links: linked.links,
    floor,
    floorWrites: floor.parts.slice(0, 3).reduce((total, p) => total + p.calls, 0),
    notes: [
      `Base: ${linked.tasks} tasks, ${linked.links} finish-to-start links (stage chains + links to stages created ` +
        `up to 400 stages earlier; a stage not waiting only on done ones), settled first (${linked.settled} ` +
        `statuses written, not measured)`,
      `accepted: 1 in-progress stage (seeded draw among ${pick.candidates} that release a successor); it reaches ` +
        `${reachSize} tasks (successors and parents, transitively); derived ${c} changes and ${n} notices`,
      `derive(tasks, [id]): ${timingText(incremental)}`,
      `derive(tasks): ${timingText(full, 0)}`,
      `prepareGraph(${tasks.length} tasks): ${timingText(indexing)}, once per read of the tasks ` +
        '(the incremental figure reuses it; the full one includes it)',
      `cascade: ${first.m.calls} calls in ${first.m.roundTrips} round trips (floor ` +
        `${floor.physicalRoundTrips}: look up + set; add; read back); echo (the same cascade on what it ` +
        `wrote): ${echo.m.writeCalls} writes, ${echo.m.calls} calls`,
      `live: the open sidebar hears the record event for the stage and reads ${live.read.calls} call(s) ` +
        `(${Object.entries(live.read.byMethod)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}) instead of re-reading every task (${live.fullRead.calls} calls, ` +
        `${Math.round(live.fullRead.modelledMs)} ms modelled); keeps the graph (median ${live.regraph.median.toFixed(1)} ` +
        `ms) and derives from the changed tasks (median ${live.derive.median.toFixed(1)} ms), ${live.changes} ` +
        `changes; both together: ${timingText(live.follow)}`,
      `naive: ${naive.rounds} full re-reads of ${tasks.length} tasks (one after each write)`,
    ],
  };
}

/**
 * The naive cascade, as a plugin reacting to record changes without an index would run it: re-read every task
 * page by page (awaited), derive everything, write the first change and its notice and event (one awaited call
 * each, no keys looked up); that write is a record change, so start over, until nothing changes.
 */
async function naiveCascade(state: LocalState): Promise<{ m: Measurement; rounds: number }> {
  const local = measuredHost(state);
  const store = await BatonStore.open(local.host);
  const locale = baseLocale(store);
  const spec = (key: TableName) => store.table(key);
  let rounds = 0;
  const { m } = await measure(local, async (host) => {
    const table = (key: TableName) => host.base.getTableById(spec(key).id);
    const [taskTable, noticeTable, eventTable] = await Promise.all([
      table('tasks'),
      table('notifications'),
      table('taskEvents'),
    ]);
    for (;;) {
      rounds += 1;
      const tasks: Task[] = [];
      let pageToken: number | undefined;
      do {
        const page = await taskTable.getRecordsByPage({ pageSize: PAGE, pageToken });
        tasks.push(...page.records.map((r) => toTask(decodeRecord(spec('tasks'), r.recordId, r.fields))));
        pageToken = page.hasMore ? page.pageToken : undefined;
      } while (pageToken !== undefined);
      const d = derive(tasks);
      const change = d.changes[0];
      if (!change) break;
      const encode = (key: TableName, row: Record<string, PlainValue>) =>
        encodeFields(store.resolution.schema, spec(key), row);
      const values = {
        status: change.to,
        ...(change.completedAt ? { completedAt: change.completedAt } : {}),
      };
      await taskTable.setRecords([{ recordId: change.taskId, fields: encode('tasks', values) }]);
      for (const row of noticeRows(
        d.notices.filter((x) => x.taskId === change.taskId),
        locale,
        NOW,
      ))
        await noticeTable.addRecords([{ fields: encode('notifications', row) }]);
      const event: EventDraft = {
        key: `${change.taskId}/derived/${change.to}`,
        type: 'status_change',
        actorUserId: '',
        taskId: change.taskId,
        reason: '',
        at: NOW,
        summary: { key: `event.derived.${change.to}`, params: { title: '' } },
      };
      for (const row of eventRows([event], locale))
        await eventTable.addRecords([{ fields: encode('taskEvents', row) }]);
    }
  });
  return { m, rounds };
}

export interface ProgressResult {
  m: Measurement;
  naive: Measurement;
  paged: Measurement;
  projection: Timing;
  floor: Floor;
  specials: number;
  tasks: number;
  notes: string[];
}

/** The boss opens the sidebar (openSession, measured) and the Progress view projects every task's dates. */
export async function progressScenario(state: LocalState): Promise<ProgressResult> {
  const local = measuredHost(state);
  const { result: session, m } = await measure(local, (host) => openSession(host));
  if (session.kind !== 'ready')
    throw new Error(`progress view: expected a ready session, got ${session.kind}`);
  const tasks = session.data.tasks;
  const projection = timed(() => project(tasks, TODAY_START));
  const specials = project(tasks, TODAY_START).specials.size;
  const floor = openSidebarFloor(state, session.notices.length);
  const naive = await naiveOpenSidebar(state);
  const paged = await pagedOpenSidebar(state);
  return {
    m,
    naive: naive.m,
    paged: paged.m,
    projection,
    floor,
    specials,
    tasks: tasks.length,
    notes: [
      `input: ${specials} active special tasks with projections, ${tasks.length} task records`,
      `project(): ${timingText(projection)}`,
      `modelled open = openSession ${Math.round(m.modelledMs)} ms modelled + project() median ` +
        `${projection.median.toFixed(1)} ms`,
    ],
  };
}

export interface LiveReaction {
  read: Measurement;
  fullRead: Measurement;
  regraph: Timing;
  derive: Timing;
  /** Keeping the graph and deriving from the change, timed together (the target). */
  follow: Timing;
  changes: number;
}

/**
 * What an open sidebar does when the stage is accepted elsewhere (useBaton): the record event names the
 * stage, so it reads that record and patches it in (refreshCore), keeps the prepared graph (no link changed)
 * and derives from the changed tasks. Against re-reading every task (loadCore), as it did before.
 */
async function liveReaction(state: LocalState, stageId: string): Promise<LiveReaction> {
  const local = measuredHost(state);
  const session = await openSession(local.host);
  if (session.kind !== 'ready') throw new Error(`live: expected a ready session, got ${session.kind}`);
  const before = prepareGraph(session.data.tasks);
  await session.store.update('tasks', [{ id: stageId, values: { status: 'done', completedAt: NOW } }]);
  const changes = noChanges();
  noteChange(changes, 'tasks', 'modify', [stageId]);
  const read = await measure(local, () => refreshCore(session.store, session.data, changes));
  const fullRead = await measure(local, () => session.store.loadCore());
  const { data, changedTaskIds } = read.result;
  const graph = prepareGraph(data.tasks, before);
  if (graph.successors !== before.successors) throw new Error('live: the graph was rebuilt, not kept');
  return {
    read: read.m,
    fullRead: fullRead.m,
    regraph: timed(() => prepareGraph(data.tasks, before)),
    derive: timed(() => derive(data.tasks, changedTaskIds, graph)),
    follow: timed(() => derive(data.tasks, changedTaskIds, prepareGraph(data.tasks, before))),
    changes: derive(data.tasks, changedTaskIds, graph).changes.length,
  };
}
