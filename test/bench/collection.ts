/**
 * The collection scenario: 40 members, 20 open drives asking everyone, 2,400 submissions (30 of the 40 people
 * per drive, 4 versions each, up to 3 files a version). Timed: the drive page's compute (progress and figures
 * of one drive over every submission). Counted: the background job's reminders at the 1-day point (10 people
 * missing per drive), a second run that must write nothing, and a naive baseline of one awaited add per notice.
 */
import { driveDefaults, type Drive, type FileFacts } from '../../src/core/collection/drive';
import { driveFigures } from '../../src/core/collection/figures';
import { driveProgress } from '../../src/core/collection/progress';
import { dueReminders } from '../../src/core/collection/reminders';
import { encodeFields } from '../../src/schema/cellCodec';
import { fromDrive, fromSubmission } from '../../src/schema/collectionEntities';
import { readCollections } from '../../src/services/collection/collectionData';
import { runCollection } from '../../src/services/collection/collectionJob';
import { noticeDrafts } from '../../src/services/collection/collectionNotices';
import { baseLocale, noticeRows } from '../../src/services/outbox';
import { openSession } from '../../src/services/session';
import { buildBase, buildHost, DAY, HOUR, measuredHost, NOW } from './fixtures';
import { floorOf, PAGE, type Floor } from './floor';
import { measure, type Measurement } from './scenarios';
import { timed, type Timing } from './timing';
import type { LocalState } from '../../src/local/localState';

export const COLLECTION_DRIVES = 20;
const SUBMITTERS = 30;
const VERSIONS = 4;
const DEADLINE = NOW + DAY - HOUR;

const facts = (i: number): FileFacts[] =>
  Array.from({ length: 1 + (i % 3) }, (_, f) => ({
    name: `作品-${i}-${f}.pdf`,
    size: 100_000,
    detected: 'pdf',
    hash: `h${i}-${f}`,
  }));

/** The demo company with the drives and submissions added (not measured). */
export async function collectionBase(): Promise<LocalState> {
  const local = buildHost(await buildBase(0));
  const session = await openSession(local.host);
  if (session.kind !== 'ready') throw new Error(`expected a ready session, got ${session.kind}`);
  const { store, data } = session;
  const organizer = data.members.find((m) => m.role === 'boss')!.userIds;
  const drives = Array.from({ length: COLLECTION_DRIVES }, (_, i) =>
    fromDrive({
      ...driveDefaults({ title: `收集 ${i + 1}`, formats: ['pdf'], maxSizeMb: 20, maxFiles: 3 }),
      deadline: DEADLINE,
      status: 'open',
      publishedAt: NOW - 6 * DAY,
      organizerUserIds: organizer,
      key: `bench-drive-${i}`,
    }),
  );
  const driveIds = await store.addAll('collections', drives);
  const active = data.members.filter((m) => m.active);
  const rows = driveIds.flatMap((driveId, d) =>
    active.slice(0, SUBMITTERS).flatMap((member, p) =>
      Array.from({ length: VERSIONS }, (_, v) =>
        fromSubmission({
          driveId,
          memberId: member.id,
          title: '',
          files: facts(d + p + v),
          submittedAt: NOW - (5 - v) * DAY,
          compliant: v > 0,
          problems: '',
          reviewReason: '',
          version: v + 1,
          late: false,
          checkedAt: NOW - (5 - v) * DAY,
          key: `collect:${driveId}:${member.id}:v${v + 1}`,
        }),
      ),
    ),
  );
  await store.addAll('submissions', rows);
  return local.state;
}

export interface CollectionResult {
  m: Measurement;
  second: Measurement;
  naive: Measurement;
  compute: Timing;
  reminders: number;
  submissions: number;
  floor: Floor;
}

export async function collectionScenario(state: LocalState): Promise<CollectionResult> {
  const local = measuredHost(state);
  const session = await openSession(local.host);
  if (session.kind !== 'ready') throw new Error(`expected a ready session, got ${session.kind}`);
  const { store, data } = session;
  const read = await readCollections(store);
  const drive = read.drives[0]!;
  const compute = timed(
    () => (driveProgress(data, drive, read.submissions), driveFigures(data, drive, read.submissions)),
  );
  const first = await measure(local, () => runCollection(store, data, NOW));
  const second = await measure(local, () => runCollection(store, data, NOW + HOUR));
  const due = read.drives.flatMap((d: Drive) =>
    noticeDrafts(dueReminders(data, d, read.submissions, NOW), d, ''),
  );
  const n = due.length;
  const pages = (records: number) => Math.ceil(records / PAGE);
  const floor = floorOf([
    {
      what: `getRecordsByPage collections: ⌈${read.drives.length}/${PAGE}⌉`,
      calls: pages(read.drives.length),
      id: 'drives',
      chained: true,
    },
    {
      what: `getRecordsByPage submissions: ⌈${read.submissions.length}/${PAGE}⌉`,
      calls: pages(read.submissions.length),
      id: 'subs',
      chained: true,
    },
    {
      what: `getRecordsByPage notifications where key in 200 keys: ⌈${n}/${PAGE}⌉`,
      calls: pages(n),
      id: 'lookup',
      after: ['drives', 'subs'],
    },
    { what: `addRecords notifications: ⌈${n}/${PAGE}⌉`, calls: pages(n), after: ['lookup'] },
  ]);
  // The naive baseline: one awaited add per due notice, on a fresh copy.
  const naiveLocal = measuredHost(state);
  const rows = noticeRows(due, baseLocale(store), NOW);
  const table = store.table('notifications');
  const { m: naive } = await measure(naiveLocal, async (host) => {
    const base = await host.base.getTableById(table.id);
    for (const row of rows)
      await base.addRecords([{ fields: encodeFields(store.resolution.schema, table, row) }]);
  });
  return {
    m: first.m,
    second: second.m,
    naive,
    compute,
    reminders: n,
    submissions: read.submissions.length,
    floor,
  };
}

const COMPUTE_TARGET_MS = 50;
const writes = (m: Measurement) =>
  Object.entries(m.byMethod)
    .filter(([method]) => /^(add|set|delete)/.test(method))
    .reduce((sum, [, calls]) => sum + calls, 0);

/** The row of the collection scenario: the drive page's compute, reminders at the floor, a quiet second run. */
export function collectionRow<C extends object>(common: C, c: CollectionResult) {
  const secondWrites = writes(c.second);
  return {
    ...common,
    computeMs: c.compute.median,
    naive: 'one awaited addRecords per due reminder, no lookup',
    notes: [
      `${c.submissions} submissions in ${COLLECTION_DRIVES} drives; ${c.reminders} reminders due (1 day before)`,
      `drive page compute: median ${c.compute.median.toFixed(1)} ms, max ${c.compute.max.toFixed(1)} ms`,
      `first run: ${c.m.calls} calls in ${c.m.roundTrips} round trips (floor ${c.floor.calls} calls in ${c.floor.physicalRoundTrips}); naive ${c.naive.calls} calls in ${c.naive.roundTrips}`,
      `second run: ${c.second.calls} calls, ${secondWrites} writes`,
    ],
    extra: { reminders: c.reminders, secondRunWrites: secondWrites, secondRunCalls: c.second.calls },
    targets: [
      {
        name: `collection: drive page compute under ${COMPUTE_TARGET_MS} ms (median of ${c.compute.all.length})`,
        target: `< ${COMPUTE_TARGET_MS} ms`,
        actual: `${c.compute.median.toFixed(1)} ms`,
        pass: c.compute.median < COMPUTE_TARGET_MS,
      },
      {
        name: 'collection: reminder calls at the floor',
        target: `≤ ${c.floor.calls}`,
        actual: `${c.m.calls}`,
        pass: c.m.calls <= c.floor.calls,
      },
      {
        name: 'collection: a second run writes nothing',
        target: '0 writes',
        actual: `${secondWrites} writes`,
        pass: secondWrites === 0,
      },
    ],
  };
}
