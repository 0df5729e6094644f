/** [DB5] Voluntary uptake: pool tasks claimed, and who took voluntary or extra-duty work. */
import type { Task } from '../model';
import { lowerBound, memo, type Computed, type ScopedFacts } from './measure';
import type { Period } from './period';
import { share } from './stats';
import { inPeriod, timeline, timeOrder } from './timeline';

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
 * Who took a voluntary (claimed) or extra-duty task when, once for every scope and period: each taker as a
 * number, in time order, so a period reads two small columns instead of visiting every task.
 */
function takings(scoped: ScopedFacts) {
  return memo(scoped.facts, 'voluntary', () => {
    const numberOf = new Map<string, number>();
    const times: number[] = [];
    const users: number[] = [];
    for (const t of scoped.facts.tasks) {
      const at = tookAt(t);
      if (at === undefined || !(t.origin === 'claimed' || t.extraDuty)) continue;
      for (const u of t.responsibleUserIds) {
        if (!numberOf.has(u)) numberOf.set(u, numberOf.size);
        times.push(at);
        users.push(numberOf.get(u)!);
      }
    }
    const order = timeOrder(times);
    return {
      times: order ? order.map((i) => times[i]!) : times,
      users: Int32Array.from(order ? order.map((i) => users[i]!) : users),
      numberOf,
    };
  });
}

/**
 * [DB5] The share of members who took at least one voluntary (claimed) or extra-duty task in the period, out of
 * the scope's active members plus anyone who took one and has left since: a leaver counts where they acted.
 */
export function voluntaryShare(scoped: ScopedFacts, period: Period): Computed {
  const { times, users, numberOf } = takings(scoped);
  const marked = new Uint8Array(numberOf.size);
  const to = lowerBound(times, period.to);
  for (let i = lowerBound(times, period.from); i < to; i++) marked[users[i]!] = 1;
  const tookIt = (u: string) => marked[numberOf.get(u) ?? -1] === 1;
  const took = scoped.members.filter((m) => m.userIds.some(tookIt));
  const counted = scoped.members.filter((m) => m.active || took.includes(m));
  return {
    value: share(took.length, counted.length),
    sample: counted.length,
    items: took.map((m) => m.id),
    itemKind: 'member',
    notes: {},
  };
}
