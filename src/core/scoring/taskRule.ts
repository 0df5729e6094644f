/**
 * [SC4]-[SC7][SC26] Points for accepted tasks: the responsible person's share, the stages' shares by weight (shared
 * by each stage's owner and contributors), the on-time bonus or late penalty, the extra-duty multiplier, and
 * pool claims marked voluntary.
 */
import type { Task } from '../model';
import type { Member } from '../model';
import type { Org } from '../org';
import {
  pointsProblem,
  roundPoints,
  type Derivation,
  type RuleContext,
  type ScoringRule,
  type WantedEntry,
} from './facts';

/** A task counts once accepted: done, with its acceptance time; stages score through their task. */
const isAccepted = (task: Task) =>
  task.parentId === undefined && task.status === 'done' && task.completedAt !== undefined;

type MemberLookup = ReadonlyMap<string, Member>;

/** Each account's member, the active row first (as `memberOfUser`), built once per derivation. */
function memberLookup(org: Org): MemberLookup {
  const byUser = new Map<string, Member>();
  for (const m of org.members)
    for (const u of m.userIds) if (!byUser.has(u) || (m.active && !byUser.get(u)!.active)) byUser.set(u, m);
  return byUser;
}

interface Share {
  fact: string;
  userIds: string[];
  points: number;
  rule: WantedEntry['rule'];
}

/** [SC26] A stage's weight: 1 when empty, undefined when it is not a sensible one (negative, not a number). */
const weightOf = (stage: Task): number | undefined =>
  stage.weight === undefined
    ? 1
    : Number.isFinite(stage.weight) && stage.weight >= 0
      ? stage.weight
      : undefined;

/** The first live stage whose weight is not sensible: its task is flagged and waits until it is fixed. */
const badlyWeighted = (live: readonly Task[]): Task | undefined =>
  live.find((s) => weightOf(s) === undefined);

function sharesOf(task: Task, live: Task[], context: RuleContext): Share[] {
  const { settings } = context;
  const base = (task.points ?? 0) * (task.extraDuty ? settings.extraDutyMultiplier : 1);
  const rule = task.origin === 'claimed' ? 'claim' : 'owner';
  if (live.length === 0)
    return [{ fact: `task:${task.id}`, userIds: task.responsibleUserIds, points: base, rule }];
  const stated = live.map((s) => weightOf(s)!);
  // Stages all weighing nothing would leave the cooperating part to no one: they share it equally instead.
  const weights = stated.some((w) => w > 0) ? stated : stated.map(() => 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const rest = base * (1 - settings.responsibleShare);
  return [
    {
      fact: `task:${task.id}`,
      userIds: task.responsibleUserIds,
      points: base * settings.responsibleShare,
      rule,
    },
    ...live.map((s, i) => ({
      fact: `stage:${s.id}`,
      userIds:
        s.contributorUserIds.length === 0 && s.responsibleUserIds.length <= 1
          ? s.responsibleUserIds
          : [...new Set([...s.responsibleUserIds, ...s.contributorUserIds])],
      points: (rest * weights[i]!) / total,
      rule: 'cooperating' as const,
    })),
  ];
}

/** One task's booking moment and period, shared by all its entries. */
interface Booking {
  task: Task;
  period: string;
  at: number;
}

function push(
  out: WantedEntry[],
  b: Booking,
  share: Share,
  memberId: string,
  rule: WantedEntry['rule'],
  points: number,
) {
  const rounded = roundPoints(points);
  if (rounded === 0) return;
  out.push({
    fact: share.fact,
    memberId,
    rule,
    source: 'task',
    points: rounded,
    period: b.period,
    at: b.at,
    taskId: b.task.id,
    summary: b.task.title,
  });
}

/** A share's entries, straight into `out` (this runs for every accepted task: no per-share arrays). */
function addEntries(b: Booking, share: Share, members: MemberLookup, context: RuleContext, out: Derivation) {
  const { task, at } = b;
  const { onTimeBonus, latePenalty } = context.settings;
  const onTime = task.due !== undefined && at <= task.due;
  const late = task.due !== undefined && at > task.due;
  const each = share.userIds.length > 0 ? share.points / share.userIds.length : 0;
  for (const userId of share.userIds) {
    const member = members.get(userId);
    if (!member) {
      out.flags.push({ fact: share.fact, title: task.title, problem: 'unknownPerson' });
      continue;
    }
    push(out.wanted, b, share, member.id, share.rule, each);
    if (onTime && onTimeBonus > 0) push(out.wanted, b, share, member.id, 'on_time', each * onTimeBonus);
    if (late && latePenalty > 0) push(out.wanted, b, share, member.id, 'late', -each * latePenalty);
  }
}

export const taskRule: ScoringRule = {
  name: 'task',
  derive(facts, context) {
    const stagesOf = new Map<string, Task[]>();
    for (const t of facts.tasks) {
      if (t.parentId === undefined) continue;
      const stages = stagesOf.get(t.parentId);
      if (stages) stages.push(t);
      else stagesOf.set(t.parentId, [t]);
    }
    const out: Derivation = { wanted: [], flags: [] };
    const members = memberLookup(facts);
    for (const task of facts.tasks) {
      if (!isAccepted(task) || task.points === undefined || task.points === 0) continue;
      const problem = pointsProblem(task.points, context.settings.maxTaskPoints);
      if (problem) {
        out.flags.push({ fact: `task:${task.id}`, title: task.title, problem });
        continue;
      }
      const live = (stagesOf.get(task.id) ?? []).filter((s) => s.status !== 'cancelled');
      const unweighable = badlyWeighted(live);
      if (unweighable) {
        const title = `${task.title} · ${unweighable.title}`;
        out.flags.push({ fact: `stage:${unweighable.id}`, title, problem: 'badWeight' });
        continue;
      }
      // One period per task, not per entry: every share of a task is booked at its acceptance.
      const booking = { task, at: task.completedAt!, period: context.periodOf(task.completedAt!) };
      for (const share of sharesOf(task, live, context)) addEntries(booking, share, members, context, out);
    }
    return out;
  },
};
