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
  type Flag,
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
      userIds: [...new Set([...s.responsibleUserIds, ...s.contributorUserIds])],
      points: (rest * weights[i]!) / total,
      rule: 'cooperating' as const,
    })),
  ];
}

function entriesOf(
  task: Task,
  share: Share,
  members: MemberLookup,
  period: string,
  context: RuleContext,
): Derivation {
  const at = task.completedAt!;
  const onTime = task.due !== undefined && at <= task.due;
  const late = task.due !== undefined && at > task.due;
  const wanted: WantedEntry[] = [];
  const flags: Flag[] = [];
  const each = share.userIds.length > 0 ? share.points / share.userIds.length : 0;
  for (const userId of share.userIds) {
    const member = members.get(userId);
    if (!member) {
      flags.push({ fact: share.fact, title: task.title, problem: 'unknownPerson' });
      continue;
    }
    const entry = (rule: WantedEntry['rule'], points: number): WantedEntry => ({
      fact: share.fact,
      memberId: member.id,
      rule,
      source: 'task',
      points: roundPoints(points),
      period,
      at,
      taskId: task.id,
      summary: task.title,
    });
    wanted.push(entry(share.rule, each));
    if (onTime && context.settings.onTimeBonus > 0)
      wanted.push(entry('on_time', each * context.settings.onTimeBonus));
    if (late && context.settings.latePenalty > 0)
      wanted.push(entry('late', -each * context.settings.latePenalty));
  }
  return { wanted: wanted.filter((w) => w.points !== 0), flags };
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
      const period = context.periodOf(task.completedAt!);
      for (const share of sharesOf(task, live, context)) {
        const { wanted, flags } = entriesOf(task, share, members, period, context);
        out.wanted.push(...wanted);
        out.flags.push(...flags);
      }
    }
    return out;
  },
};
