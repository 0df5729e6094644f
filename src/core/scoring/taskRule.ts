/**
 * [SC4]-[SC7] Points for accepted tasks: the responsible person's share, the stages' shares by weight (shared
 * by each stage's owner and contributors), the on-time bonus or late penalty, the extra-duty multiplier, and
 * pool claims marked voluntary.
 */
import type { Task } from '../model';
import type { Member } from '../model';
import type { Org } from '../org';
import {
  roundPoints,
  type Derivation,
  type Flag,
  type RuleContext,
  type ScoringFacts,
  type ScoringRule,
  type WantedEntry,
} from './facts';

/** [SC8] Points typed by hand are scored only when they are a sensible number. */
export function pointsProblem(points: unknown, maxTaskPoints: number): Flag['problem'] | undefined {
  if (typeof points !== 'number' || !Number.isFinite(points)) return 'notNumber';
  if (points < 0) return 'negative';
  return points > maxTaskPoints ? 'absurd' : undefined;
}

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

function sharesOf(task: Task, stages: Task[], facts: ScoringFacts, context: RuleContext): Share[] {
  const { settings } = context;
  const base = (task.points ?? 0) * (task.extraDuty ? settings.extraDutyMultiplier : 1);
  const rule = task.origin === 'claimed' ? 'claim' : 'owner';
  const live = stages.filter((s) => s.status !== 'cancelled');
  if (live.length === 0)
    return [{ fact: `task:${task.id}`, userIds: task.responsibleUserIds, points: base, rule }];
  const weight = (s: Task) => facts.stageWeights?.get(s.id) ?? 1;
  const total = live.reduce((sum, s) => sum + weight(s), 0);
  const rest = base * (1 - settings.responsibleShare);
  return [
    {
      fact: `task:${task.id}`,
      userIds: task.responsibleUserIds,
      points: base * settings.responsibleShare,
      rule,
    },
    ...live.map((s) => ({
      fact: `stage:${s.id}`,
      userIds: [...new Set([...s.responsibleUserIds, ...s.contributorUserIds])],
      points: total > 0 ? (rest * weight(s)) / total : 0,
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
      // One period per task, not per entry: every share of a task is booked at its acceptance.
      const period = context.periodOf(task.completedAt!);
      for (const share of sharesOf(task, stagesOf.get(task.id) ?? [], facts, context)) {
        const { wanted, flags } = entriesOf(task, share, members, period, context);
        out.wanted.push(...wanted);
        out.flags.push(...flags);
      }
    }
    return out;
  },
};
