/**
 * The scoring scenarios. "scoring": 20,000 tasks whose specials were accepted over two years, a ledger of
 * 100,000 entries holding all but the last two days' points (scoringBase.ts); the pure reconciliation timed and
 * its additions checked against the plain one ([SC27]), the service's calls counted (writes at the floor
 * ⌈new/200⌉), a second run that must write nothing, against one awaited addRecords per new entry. "export": 40
 * members and one period of 5,000 entries; the payroll prepared (one filtered read) and written as CSV and XLSX,
 * each timed, against one filtered read per member.
 */
import type { LedgerEntry } from '../../src/core/scoring/ledger';
import { reconcile } from '../../src/core/scoring/reconcile';
import { deriveWanted } from '../../src/core/scoring/rules';
import { DEFAULT_SCORING } from '../../src/core/scoring/settings';
import type { LocalState } from '../../src/local/localState';
import { fromEntry } from '../../src/schema/contributionEntity';
import { preparePayroll } from '../../src/services/scoring/payrollExport';
import { readLedger } from '../../src/services/scoring/scoringState';
import { reconcileLedger } from '../../src/services/scoring/reconcileLedger';
import { payrollFiles } from '../../src/sidebar/scoring/payrollFiles';
import { plainReconcile } from '../support/reconcileOracle';
import { buildHost, measuredHost, NOW } from './fixtures';
import { ready, withLedger } from './scoringBase';
import { floorOf, pages, PAGE, tableOf } from './floor';
import { floorFields, type ScenarioRow, type Target } from './report';
import { measure, type Measurement } from './scenarios';
import { RUNS, timed, timingText } from './timing';

const EXPORT_ENTRIES = 5_000;
const COMPUTE_TARGET_MS = 200;
const EXPORT_TARGET_MS = 500;
const SOURCE_TABLES = ['collections', 'submissions', 'courses', 'attempts'] as const;

/** [SC27] The fast reconciliation's additions on the full fixture, byte for byte those of the plain one. */
function sameAsPlain(fast: LedgerEntry[], plain: LedgerEntry[]) {
  if (JSON.stringify(fast) !== JSON.stringify(plain))
    throw new Error(
      `scoring: the fast reconciliation differs from the plain one (${fast.length} vs ${plain.length})`,
    );
}

export async function scoringScenario(base: LocalState) {
  const { state, data, ledger } = await withLedger(base);
  const local = measuredHost(state);
  const { store } = await ready(local);
  const entries = await readLedger(store);
  const context = { closed: new Set<string>(), openPeriod: '2025-03', now: NOW };
  const compute = timed(() => reconcile(deriveWanted(data, DEFAULT_SCORING).byIdentity, entries, context));
  const additions = reconcile(deriveWanted(data, DEFAULT_SCORING).byIdentity, entries, context);
  sameAsPlain(additions, plainReconcile(deriveWanted(data, DEFAULT_SCORING).wanted, entries, context));
  const rows = additions.map(fromEntry);
  const first = await measure(local, () => reconcileLedger(store, data, NOW));
  const second = await measure(local, () => reconcileLedger(store, data, NOW));
  const added = first.result.added;
  const naiveLocal = measuredHost(state);
  const naiveStore = (await ready(naiveLocal)).store;
  const naive = await measure(naiveLocal, async () => {
    for (const row of rows) await naiveStore.addAll('contributions', [row]);
  });
  const floor = floorOf([
    { what: 'closed periods (filtered read of 设置)', calls: 1, id: 'closed' },
    { what: `the ledger, ${ledger} entries`, calls: pages(ledger), id: 'ledger', chained: true },
    {
      what: 'drives, submissions, courses and attempts (the other sources)',
      calls: SOURCE_TABLES.reduce((sum, key) => sum + pages(tableOf(state, key).records.length), 0),
      id: 'sources',
    },
    {
      what: `${added} new entries, 200 a call`,
      calls: Math.ceil(added / PAGE),
      after: ['closed', 'ledger', 'sources'],
    },
  ]);
  return { m: first.m, second: second.m, naive: naive.m, compute, added, ledger, floor };
}

export async function exportScenario(base: LocalState) {
  const local = buildHost(base);
  const session = await ready(local);
  const members = session.data.members.filter((m) => m.active);
  const period = '2025-03';
  await session.store.addAll(
    'contributions',
    Array.from({ length: EXPORT_ENTRIES }, (_, i) =>
      fromEntry({
        key: `e${i}`,
        memberId: members[i % members.length]!.id,
        rule: 'owner',
        source: 'task',
        points: 1 + (i % 7),
        period,
        at: NOW,
        summary: `任务 ${i}`,
      }),
    ),
  );
  await session.store.addAll('settings', [{ key: 'scoring.closed', value: JSON.stringify([period]) }]);
  const boss = members.find((m) => m.role === 'boss')!.userIds[0]!;
  const measured = measuredHost(local.state);
  const open = await ready(measured);
  const run = await measure(measured, () =>
    preparePayroll(open.store, open.data, boss, period, NOW, { locale: 'zh-CN' }),
  );
  if (!run.result.ok) throw new Error(`export refused: ${run.result.code}`);
  const prepared = run.result.value;
  const csv = await timedAsync(() => payrollFiles(prepared, 'csv'));
  const xlsx = await timedAsync(() => payrollFiles(prepared, 'xlsx'));
  const naiveLocal = measuredHost(local.state);
  const naiveOpen = await ready(naiveLocal);
  const naive = await measure(naiveLocal, async () => {
    for (const m of naiveOpen.data.members) await naiveOpen.store.readWhere('contributions', 'member', m.id);
  });
  const floor = floorOf([
    { what: 'closed periods (filtered read of 设置)', calls: 1 },
    { what: `the period's ${EXPORT_ENTRIES} entries, filtered`, calls: pages(EXPORT_ENTRIES), chained: true },
  ]);
  return {
    m: run.m,
    naive: naive.m,
    csv,
    xlsx,
    floor,
    totals: prepared.payroll.totals,
    members: members.length,
  };
}

async function timedAsync(run: () => Promise<unknown>, runs = RUNS) {
  await run();
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    all.push(performance.now() - t0);
  }
  const sorted = [...all].sort((a, b) => a - b);
  return { median: sorted[Math.floor(runs / 2)]!, max: sorted.at(-1)!, all };
}

const target = (name: string, goal: string, actual: string, pass: boolean): Target => ({
  name,
  target: goal,
  actual,
  pass,
});

function row(scenario: string, records: number, m: Measurement, naive: Measurement, computeMs: number) {
  return {
    scenario,
    records,
    calls: m.calls,
    naiveCalls: naive.calls,
    ms: m.modelledMs,
    naiveMs: naive.modelledMs,
    roundTrips: m.roundTrips,
    naiveRoundTrips: naive.roundTrips,
    writeRoundTrips: m.writeRoundTrips,
    readCalls: m.readCalls,
    computeMs,
    hostMs: m.hostMs,
    wallMs: m.wallMs,
    naiveWallMs: naive.wallMs,
    byMethod: m.byMethod,
    naiveByMethod: naive.byMethod,
  };
}

/** Both scenarios' rows, on the 20,000-task Base. */
export async function scoringRows(base: LocalState, progress: (m: string) => void): Promise<ScenarioRow[]> {
  progress('scoring @ 20000 tasks, 100,000 ledger entries (and naive: one awaited addRecords per new entry)');
  const s = await scoringScenario(base);
  const adds = s.m.byMethod.addRecords ?? 0;
  const floorAdds = Math.ceil(s.added / PAGE);
  const scoring: ScenarioRow = {
    ...row(
      'scoring',
      base.tables.find((t) => t.name === '任务')?.records.length ?? 0,
      s.m,
      s.naive,
      s.compute.median,
    ),
    ...floorFields(s.floor),
    naive: 'one awaited addRecords per new entry',
    notes: [
      `reconcile compute ${timingText(s.compute)}; ${s.added} new entries over a ledger of ${s.ledger}`,
    ],
    extra: {
      newEntries: s.added,
      ledgerEntries: s.ledger,
      addCalls: adds,
      floorAdds,
      secondRunAddCalls: s.second.byMethod.addRecords ?? 0,
      secondRunCalls: s.second.calls,
    },
    targets: [
      target(
        'scoring: reconcile compute',
        `< ${COMPUTE_TARGET_MS} ms`,
        `${s.compute.median.toFixed(1)} ms`,
        s.compute.median < COMPUTE_TARGET_MS,
      ),
      target('scoring: writes at the floor', `${floorAdds} addRecords`, `${adds}`, adds === floorAdds),
      target(
        'scoring: second run writes nothing',
        '0 addRecords',
        `${s.second.byMethod.addRecords ?? 0}`,
        (s.second.byMethod.addRecords ?? 0) === 0,
      ),
    ],
  };
  progress('export @ 40 members, 5,000 entries in one period, CSV and XLSX (and naive: one read per member)');
  const e = await exportScenario(base);
  const exportRow: ScenarioRow = {
    ...row('export', EXPORT_ENTRIES, e.m, e.naive, e.csv.median + e.xlsx.median),
    ...floorFields(e.floor),
    naive: 'one filtered read of 贡献 per member',
    notes: [
      `CSV ${timingText(e.csv)}, XLSX ${timingText(e.xlsx)}; file total ${e.totals.file} = ledger ${e.totals.ledger}`,
    ],
    extra: {
      csvMs: Math.round(e.csv.median * 10) / 10,
      xlsxMs: Math.round(e.xlsx.median * 10) / 10,
      members: e.members,
    },
    targets: [
      target(
        'export: CSV',
        `< ${EXPORT_TARGET_MS} ms`,
        `${e.csv.median.toFixed(1)} ms`,
        e.csv.median < EXPORT_TARGET_MS,
      ),
      target(
        'export: XLSX',
        `< ${EXPORT_TARGET_MS} ms`,
        `${e.xlsx.median.toFixed(1)} ms`,
        e.xlsx.median < EXPORT_TARGET_MS,
      ),
      target(
        'export: totals equal the ledger',
        String(e.totals.ledger),
        String(e.totals.file),
        e.totals.file === e.totals.ledger,
      ),
    ],
  };
  return [scoring, exportRow];
}
