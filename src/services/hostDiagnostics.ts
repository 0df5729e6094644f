/**
 * [RB6] Host diagnostics: run once by the boss in a real Base, they settle what the documentation leaves open
 * (docs/platform.md) on a scratch table removed afterwards, and give a report to copy. Baton then uses what
 * they found: the lookup size is kept in 设置 and applied whenever a session opens.
 */
import type { Org } from '../core/org';
import { mayDiagnoseHost } from '../core/permissions';
import type { BitableHost } from '../port/bitableBase';
import { FieldType } from '../port/bitableBase';
import { currentLookupSize, setLookupSize } from '../store/anyOf';
import type { BatonStore } from '../store/batonStore';
import {
  attempt,
  ensureField,
  largestFilter,
  ownCellId,
  ownWriteFiresEvent,
  readAddTable,
  readByIdsWithDeleted,
  SCRATCH_FIELDS,
  smallUpload,
  timed,
  tryViews,
  type Outcome,
} from './hostChecks';

export const DIAGNOSTICS_SETTING = 'hostDiagnostics';

export interface DiagnosticsReport {
  bridge: { userId?: string; baseUserId?: string };
  identity: Outcome<{ cellId?: string; matches: 'userId' | 'baseUserId' | 'both' | 'neither' }>;
  addTable: Outcome<string>;
  addView: Outcome<Record<string, string>>;
  byIdsWithDeleted: Outcome<string>;
  largestFilter: Outcome<number | undefined>;
  ownWritesFireEvents: Outcome<boolean>;
  uploadMs: Outcome<number>;
  pageRead: Outcome<{ ms: number; records: number }>;
  scratchRemoved: boolean;
}

export interface DiagnosticsOptions {
  now: () => number;
  /** How long to wait for the plugin's own record event. */
  eventWaitMs?: number;
}

const matchOf = (cellId: string | undefined, userId?: string, baseUserId?: string) => {
  const [u, b] = [cellId !== undefined && cellId === userId, cellId !== undefined && cellId === baseUserId];
  return u && b ? 'both' : u ? 'userId' : b ? 'baseUserId' : 'neither';
};

export async function runDiagnostics(
  host: BitableHost,
  store: BatonStore,
  { now, eventWaitMs = 3000 }: DiagnosticsOptions,
): Promise<DiagnosticsReport> {
  const [userId, baseUserId] = await Promise.all([
    host.bridge.getUserId().catch(() => undefined),
    host.bridge.getBaseUserId?.().catch(() => undefined),
  ]);
  const name = `Baton diagnostics ${now()}`;
  const { tableId } = await host.base.addTable({ name, fields: SCRATCH_FIELDS });
  try {
    const table = await host.base.getTableById(tableId);
    const addTable = await attempt(() => readAddTable(table));
    const keyField = await ensureField(table, FieldType.Text, 'Key');
    const identity = await attempt(async () => {
      const cellId = await ownCellId(table);
      return { cellId, matches: matchOf(cellId, userId, baseUserId) } as const;
    });
    const report: Omit<DiagnosticsReport, 'scratchRemoved'> = {
      bridge: { userId, baseUserId },
      identity,
      addTable,
      addView: await attempt(() => tryViews(table)),
      byIdsWithDeleted: await attempt(() => readByIdsWithDeleted(table, keyField)),
      largestFilter: await attempt(() => largestFilter(table, keyField)),
      ownWritesFireEvents: await attempt(() => ownWriteFiresEvent(table, eventWaitMs)),
      uploadMs: await attempt(() => smallUpload(host, now)),
      pageRead: await attempt(() => pageRead(store, now)),
    };
    return { ...report, scratchRemoved: await removeScratch(host, tableId) };
  } catch (error) {
    await removeScratch(host, tableId);
    throw error;
  }
}

async function removeScratch(host: BitableHost, tableId: string): Promise<boolean> {
  if (!host.base.deleteTable) return false;
  return host.base.deleteTable(tableId).catch(() => false);
}

async function pageRead(store: BatonStore, now: () => number) {
  const table = await store.host.base.getTableById(store.table('tasks').id);
  const { ms, value } = await timed(now, () => table.getRecordsByPage({ pageSize: 200 }));
  return { ms, records: value.records.length };
}

/** [RB6] What Baton takes from a report: a filter size the host accepted becomes the lookup size. */
export function applyDiagnostics(value: string | undefined): void {
  if (!value) return;
  try {
    const report = JSON.parse(value) as Partial<DiagnosticsReport>;
    const largest = report.largestFilter;
    if (largest?.ok && typeof largest.value === 'number')
      setLookupSize(Math.min(largest.value, currentLookupSize()));
  } catch {
    // A damaged report is ignored: the lookups still split on refusal.
  }
}

/** Keeps the report in 设置, where every session (and the automations) reads it, and applies it now. */
export async function saveDiagnostics(store: BatonStore, report: DiagnosticsReport): Promise<void> {
  const value = JSON.stringify(report);
  const existing = store.settingsRows.find((r) => r.key === DIAGNOSTICS_SETTING);
  if (existing) await store.update('settings', [{ id: existing.recordId, values: { value } }]);
  else await store.addKeyed('settings', 'key', [{ key: DIAGNOSTICS_SETTING, value }]);
  applyDiagnostics(value);
}

/** The report as text to copy into a message: one line per finding. */
export function formatReport(report: DiagnosticsReport): string {
  const line = (label: string, outcome: Outcome<unknown>) =>
    `${label}: ${outcome.ok ? JSON.stringify(outcome.value) : `failed (${outcome.error})`}`;
  return [
    `bridge ids: getUserId=${report.bridge.userId ?? '-'} getBaseUserId=${report.bridge.baseUserId ?? '-'}`,
    line('viewer User-cell id', report.identity),
    line('addTable with fields', report.addTable),
    line('addView', report.addView),
    line('getRecordsByIds with a deleted id', report.byIdsWithDeleted),
    line('largest OR filter accepted (of 200/100/50/25/10)', report.largestFilter),
    line('own writes fire onRecordAdd', report.ownWritesFireEvents),
    line('1 KB upload (ms)', report.uploadMs),
    line('page of 200 tasks', report.pageRead),
    `scratch table removed: ${report.scratchRemoved}`,
  ].join('\n');
}

export type DiagnoseResult = { ok: true; report: DiagnosticsReport } | { ok: false; code: 'notBoss' };

/** [RB6] The boss's diagnostics run: checked, run, kept in 设置 and applied. */
export async function diagnoseHost(
  store: BatonStore,
  org: Org,
  userId: string,
  options: DiagnosticsOptions,
): Promise<DiagnoseResult> {
  if (!mayDiagnoseHost(org, userId)) return { ok: false, code: 'notBoss' };
  const report = await runDiagnostics(store.host, store, options);
  await saveDiagnostics(store, report);
  return { ok: true, report };
}
