/**
 * The "scoring" scenario's Base: 20,000 tasks whose specials were accepted over two years, and a ledger of
 * LEDGER_SIZE entries holding all but the last two days' points (padded with old history).
 */
import type { Task } from '../../src/core/model';
import { reconcile } from '../../src/core/scoring/reconcile';
import { deriveWanted } from '../../src/core/scoring/rules';
import { DEFAULT_SCORING } from '../../src/core/scoring/settings';
import type { LocalHost } from '../../src/local/localHost';
import type { LocalState } from '../../src/local/localState';
import { fromEntry } from '../../src/schema/contributionEntity';
import { openSession } from '../../src/services/session';
import { buildHost, DAY, NOW, rng } from './fixtures';

const LEDGER_SIZE = Number(process.env.BATON_BENCH_LEDGER ?? 100_000);
const NEW_WINDOW = 2 * DAY;

/** Every special task accepted some time in the last two years, with points. */
function acceptedFacts(tasks: Task[]): Task[] {
  const random = rng(13);
  return tasks.map((t) => {
    if (t.parentId !== undefined || t.kind !== 'special') return t;
    // About 3% accepted within the last day: what the run has to add.
    const recent = random() < 0.03;
    const completedAt = recent
      ? NOW - Math.floor(random() * DAY)
      : NOW - (2 + Math.floor(random() * 728)) * DAY - Math.floor(random() * DAY);
    return {
      ...t,
      status: 'done',
      completedAt,
      due: completedAt + (random() < 0.7 ? DAY : -DAY),
      points: 10 + Math.floor(random() * 50),
    };
  });
}

/** The sidebar open on `local` (not measured: the scenarios measure what comes after). */
export async function ready(local: LocalHost) {
  const session = await openSession(local.host);
  if (session.kind !== 'ready') throw new Error(`scoring: expected a ready session, got ${session.kind}`);
  return session;
}

/** The Base with the ledger written up to two days ago and padded with old history to LEDGER_SIZE entries. */
export async function withLedger(base: LocalState) {
  const local = buildHost(base);
  const session = await ready(local);
  const tasks = acceptedFacts(session.data.tasks);
  const context = { closed: new Set<string>(), openPeriod: '2025-03', now: NOW };
  const old = tasks.map((t) =>
    t.completedAt !== undefined && t.completedAt > NOW - NEW_WINDOW
      ? { ...t, status: 'in_progress' as const, completedAt: undefined }
      : t,
  );
  const written = reconcile(
    deriveWanted({ ...session.data, tasks: old }, DEFAULT_SCORING).wanted,
    [],
    context,
  );
  const member = session.data.members[0]!.id;
  const padding = Array.from({ length: Math.max(0, LEDGER_SIZE - written.length) }, (_, i) => ({
    key: `history:${i}`,
    memberId: member,
    rule: 'award' as const,
    source: 'award' as const,
    points: 1,
    period: '2023-01',
    summary: 'history',
  }));
  await session.store.addAll('contributions', [...written, ...padding].map(fromEntry));
  return { state: local.state, data: { ...session.data, tasks }, ledger: written.length + padding.length };
}
