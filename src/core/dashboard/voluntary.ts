/** [DB5] Voluntary uptake: pool tasks claimed, and who took voluntary or extra-duty work. */
import type { Task } from '../model';
import { memo, type Computed, type ScopedFacts } from './measure';
import type { Period } from './period';
import { share } from './stats';
import { inPeriod, timeline } from './timeline';

/** A department sees the pool tasks suggested to it or now its own. */
function offeredTo(scoped: ScopedFacts, task: Task): boolean {
  if (scoped.scope.kind === 'company') return true;
  const id = scoped.scope.departmentId;
  return task.primaryDepartmentId === id || task.suggestedDepartmentIds.includes(id);
}

/** [DB5] The share of pool tasks published in the period that were claimed (one withdrawn unclaimed was not). */
export function poolClaimRate(scoped: ScopedFacts, period: Period): Computed {
  const line = memo(scoped.facts, 'pool', () =>
    timeline(
      scoped.facts.tasks.filter((t) => t.publishedAt !== undefined),
      (t) => t.publishedAt,
    ),
  );
  const published = inPeriod(line, period).filter((t) => offeredTo(scoped, t));
  const claimed = published.filter((t) => t.origin === 'claimed');
  return {
    value: share(claimed.length, published.length),
    sample: published.length,
    items: published.filter((t) => t.origin !== 'claimed').map((t) => t.id),
    itemKind: 'task',
    notes: {},
  };
}

const tookAt = (t: Task) => t.acknowledgedAt ?? t.assignedAt ?? t.createdAt;

/**
 * [DB5] The share of members who took at least one voluntary (claimed) or extra-duty task in the period, out of
 * the scope's active members plus anyone who took one and has left since: a leaver counts where they acted.
 */
export function voluntaryShare(scoped: ScopedFacts, period: Period): Computed {
  const line = memo(scoped.facts, 'voluntary', () =>
    timeline(
      scoped.facts.tasks.filter((t) => t.origin === 'claimed' || t.extraDuty),
      tookAt,
    ),
  );
  const takers = new Set(inPeriod(line, period).flatMap((t) => t.responsibleUserIds));
  const took = scoped.members.filter((m) => m.userIds.some((u) => takers.has(u)));
  const counted = scoped.members.filter((m) => m.active || took.includes(m));
  return {
    value: share(took.length, counted.length),
    sample: counted.length,
    items: took.map((m) => m.id),
    itemKind: 'member',
    notes: {},
  };
}
