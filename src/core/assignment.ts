/**
 * The assignment wizard's rules (派单): a draft is checked step by step, summarised as RACI with the exact
 * recipients, and turned into a plan of records, notices and events keyed by the draft. Rules [A1]-[A12].
 */
import { taskDefaults, type Task } from './model';
import type { EventDraft, NoticeDraft } from './notices';
import { uniqueRecipients } from './notices';
import { bosses, departmentName, headOf, type Org, userOf } from './org';
import { error, warning, type DraftIssue } from './draftIssues';
import { findCycle } from './taskGraph';
import { sendEvent, sendNotices } from './sendNotices';
import { skillsLine } from './training/skills';
import { stageSkillIssues, type StageSkillRule } from './training/stageSkills';

export interface StageDraft {
  /** Stable within the draft: s1, s2… */
  key: string;
  title: string;
  departmentId?: string;
  ownerMemberId?: string;
  due?: number;
  predecessorKeys: string[];
  /** [TR19] Skills its owner should have, from the template's stage; none: the built-in ones by title. */
  skills?: string[];
}

export interface CooperationDraft {
  departmentId: string;
  deliverable: string;
}

export type { DraftIssue, DraftIssueCode, WizardStep } from './draftIssues';

export interface AssignmentDraft {
  draftKey: string;
  mode: 'assign' | 'pool';
  title: string;
  description: string;
  points?: number;
  extraDuty: boolean;
  start?: number;
  due?: number;
  primaryDepartmentId?: string;
  cooperation: CooperationDraft[];
  responsibleMemberId?: string;
  /** The boss confirmed a responsible person who is inactive or outside the primary department. */
  outsiderConfirmed: boolean;
  stages: StageDraft[];
  /** Pool: the departments the task is suggested to. */
  suggestedDepartmentIds: string[];
  /** Pool: who is told of the publishing, the suggested departments' heads (default) or every member. */
  poolAudience?: 'heads' | 'everyone';
}

export interface DraftContext extends Org {
  todayStart: number;
  /** [TR25] An owner lacking a stage's skills is a warning (default) or, by the 设置 value, a refusal. */
  stageSkillRule?: StageSkillRule;
}

export const TITLE_LIMIT = 200;

/** [A1] Title required (≤ 200), points not negative, start not after due, due not in the past. */
export function checkTaskStep(d: AssignmentDraft, ctx: DraftContext): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const title = d.title.trim();
  if (!title) issues.push(error('task', 'title', 'title.required'));
  else if (title.length > TITLE_LIMIT)
    issues.push(error('task', 'title', 'title.tooLong', { max: TITLE_LIMIT }));
  if (d.points !== undefined && (!Number.isFinite(d.points) || d.points < 0))
    issues.push(error('task', 'points', 'points.invalid'));
  if (d.due === undefined) issues.push(error('task', 'due', 'due.required'));
  else if (d.due < ctx.todayStart) issues.push(error('task', 'due', 'due.past'));
  if (d.start !== undefined && d.due !== undefined && d.start > d.due)
    issues.push(error('task', 'start', 'start.afterDue'));
  return issues;
}

/**
 * [A2] Exactly one primary department. [A3] It may not also cooperate. [A4] Each cooperating department once,
 * with its deliverable. [A5] The responsible person is an active member of the primary department with an
 * account, unless the boss confirmed an exception. Pool drafts need no owner but at least one suggestion [A6].
 */
export function checkResponsibilityStep(d: AssignmentDraft, ctx: DraftContext): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const step = 'responsibility';
  if (d.mode === 'pool') {
    if (d.suggestedDepartmentIds.length === 0) issues.push(error(step, 'suggested', 'pool.noDepartments'));
    return issues;
  }
  if (!d.primaryDepartmentId) issues.push(error(step, 'primary', 'department.required'));
  else if (!ctx.departments.some((x) => x.id === d.primaryDepartmentId))
    issues.push(error(step, 'primary', 'department.unknown'));
  const seen = new Set<string>();
  for (const c of d.cooperation) {
    if (c.departmentId === d.primaryDepartmentId)
      issues.push(error(step, 'cooperation', 'cooperation.isPrimary'));
    else if (seen.has(c.departmentId)) issues.push(error(step, 'cooperation', 'cooperation.duplicate'));
    if (!c.deliverable.trim())
      issues.push(
        error(step, 'cooperation', 'cooperation.deliverableRequired', {
          department: departmentName(ctx, c.departmentId),
        }),
      );
    seen.add(c.departmentId);
  }
  const owner = ctx.members.find((m) => m.id === d.responsibleMemberId);
  if (!d.responsibleMemberId || !owner) issues.push(error(step, 'responsible', 'responsible.required'));
  else if (owner.userIds.length === 0) issues.push(error(step, 'responsible', 'responsible.noAccount'));
  else if ((!owner.active || owner.departmentId !== d.primaryDepartmentId) && !d.outsiderConfirmed)
    issues.push(
      error(step, 'responsible', owner.active ? 'responsible.outsideDepartment' : 'responsible.inactive'),
    );
  return issues;
}

/**
 * [A7] Every stage has a title, an owning department and only predecessors among the draft's stages;
 * [A8] predecessors form no cycle (named in the message); [A9] a stage due after the task is an error, a
 * stage due before its predecessor a warning.
 */
export function checkStagesStep(
  d: AssignmentDraft,
  ctx?: Pick<DraftContext, 'members' | 'stageSkillRule'>,
): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const step = 'stages';
  const byKey = new Map(d.stages.map((s) => [s.key, s]));
  for (const s of d.stages) {
    if (!s.title.trim()) issues.push(error(step, s.key, 'stage.titleRequired'));
    if (!s.departmentId) issues.push(error(step, s.key, 'stage.departmentRequired', { stage: s.title }));
    if (s.due !== undefined && d.due !== undefined && s.due > d.due)
      issues.push(error(step, s.key, 'stage.afterTaskDue', { stage: s.title }));
    if (s.predecessorKeys.some((k) => !byKey.has(k)))
      issues.push(error(step, s.key, 'stage.unknownPredecessor', { stage: s.title }));
    for (const p of s.predecessorKeys.map((k) => byKey.get(k)).filter((x): x is StageDraft => Boolean(x)))
      if (p.due !== undefined && s.due !== undefined && s.due < p.due)
        issues.push(
          warning(step, s.key, 'stage.beforePredecessor', { stage: s.title, predecessor: p.title }),
        );
  }
  const cycle = findCycle(
    d.stages.map((s) => s.key),
    (key) => byKey.get(key)?.predecessorKeys ?? [],
  );
  if (cycle)
    issues.push(
      error(step, 'stages', 'stage.cycle', { cycle: cycle.map((k) => byKey.get(k)?.title ?? k).join(' → ') }),
    );
  return ctx ? [...issues, ...stageSkillIssues(d.stages, ctx)] : issues;
}

export function checkDraft(d: AssignmentDraft, ctx: DraftContext): DraftIssue[] {
  return [...checkTaskStep(d, ctx), ...checkResponsibilityStep(d, ctx), ...checkStagesStep(d, ctx)];
}

export const blocking = (issues: DraftIssue[]) => issues.filter((i) => i.severity === 'error');

export interface Raci {
  responsible?: string;
  accountable?: string;
  consulted: string[];
  informed: string[];
}

export interface Recipient {
  userId: string;
  name: string;
  role: 'owner' | 'copy';
}

/** [A10] Responsible: the owner; Accountable: the primary department's head; Consulted: cooperating heads; Informed: the boss. */
export function raciOf(d: AssignmentDraft, ctx: DraftContext): Raci {
  const name = (id?: string) => ctx.members.find((m) => m.id === id)?.name;
  return {
    responsible: name(d.responsibleMemberId),
    accountable: headOf(ctx, d.primaryDepartmentId)?.name,
    consulted: d.cooperation
      .map((c) => headOf(ctx, c.departmentId)?.name)
      .filter((x): x is string => Boolean(x)),
    informed: bosses(ctx).map((b) => b.name),
  };
}

/**
 * [A11] The exact people notified: the owner; in copy, the head of the owner's department and the primary
 * department's head [EV3], each cooperating department's head and the boss — never the sender [EV8].
 */
export function recipientsOf(d: AssignmentDraft, ctx: DraftContext, actorUserId?: string): Recipient[] {
  const owner = ctx.members.find((m) => m.id === d.responsibleMemberId);
  const ownerUser = d.mode === 'assign' ? userOf(owner) : undefined;
  const copies = uniqueRecipients([
    ...(ownerUser
      ? [userOf(headOf(ctx, owner?.departmentId)), userOf(headOf(ctx, d.primaryDepartmentId))]
      : []),
    ...d.cooperation.map((c) => userOf(headOf(ctx, c.departmentId))),
    ...bosses(ctx).map(userOf),
  ]).filter((u) => u !== ownerUser && u !== actorUserId);
  const nameOf = (userId: string) => ctx.members.find((m) => m.userIds.includes(userId))?.name ?? userId;
  return [
    ...(ownerUser ? [{ userId: ownerUser, name: nameOf(ownerUser), role: 'owner' as const }] : []),
    ...copies.map((userId) => ({ userId, name: nameOf(userId), role: 'copy' as const })),
  ];
}

export interface PlannedTask {
  key: string;
  task: Omit<Task, 'id'>;
  parentKey?: string;
  dependsOnKeys: string[];
  /** Written as draft first; this is the status it gets once links are in place. */
  finalStatus: Task['status'];
}

export interface AssignmentPlan {
  tasks: PlannedTask[];
  notices: NoticeDraft[];
  events: EventDraft[];
}

export const taskKeyOf = (draftKey: string) => `${draftKey}/task`;
export const stageKeyOf = (draftKey: string, stageKey: string) => `${draftKey}/stage/${stageKey}`;

/** [A12] The records the draft becomes. Stages without predecessors are ready, the rest wait. */
export function planAssignment(
  d: AssignmentDraft,
  ctx: DraftContext,
  actorUserId: string,
  now: number,
): AssignmentPlan {
  const taskKey = taskKeyOf(d.draftKey);
  const owner = ctx.members.find((m) => m.id === d.responsibleMemberId);
  const pool = d.mode === 'pool';
  const parent: PlannedTask = {
    key: taskKey,
    dependsOnKeys: [],
    finalStatus: pool ? 'open' : 'assigned',
    task: {
      ...taskDefaults({ title: d.title.trim(), requestKey: taskKey, status: 'draft' }),
      kind: 'special',
      description: d.description,
      points: d.points,
      extraDuty: d.extraDuty,
      start: d.start ?? ctx.todayStart,
      due: d.due,
      primaryDepartmentId: pool ? undefined : d.primaryDepartmentId,
      cooperatingDepartmentIds: d.cooperation.map((c) => c.departmentId),
      deliverablesOwed: d.cooperation
        .map((c) => `${departmentName(ctx, c.departmentId)}：${c.deliverable.trim()}`)
        .join('\n'),
      responsibleUserIds: pool || !owner ? [] : owner.userIds.slice(0, 1),
      origin: pool ? undefined : 'assigned',
      suggestedDepartmentIds: pool ? d.suggestedDepartmentIds : [],
      publishedAt: pool ? now : undefined,
      assignedAt: pool ? undefined : now,
      createdAt: now,
    },
  };
  const stages = d.stages.map((s, i): PlannedTask => {
    const stageOwner = ctx.members.find((m) => m.id === s.ownerMemberId) ?? headOf(ctx, s.departmentId);
    return {
      key: stageKeyOf(d.draftKey, s.key),
      parentKey: taskKey,
      dependsOnKeys: s.predecessorKeys.map((p) => stageKeyOf(d.draftKey, p)),
      finalStatus: pool || s.predecessorKeys.length > 0 ? 'waiting' : 'ready',
      task: {
        ...taskDefaults({
          title: s.title.trim(),
          requestKey: stageKeyOf(d.draftKey, s.key),
          status: 'draft',
        }),
        kind: 'stage',
        // [TR19] The stage's skills travel with its task, so a template saved from it asks for them again.
        description: s.skills?.length ? skillsLine(s.skills) : '',
        sequence: i + 1,
        primaryDepartmentId: s.departmentId,
        responsibleUserIds: stageOwner?.userIds.slice(0, 1) ?? [],
        due: s.due,
        origin: 'assigned',
        extraDuty: d.extraDuty,
        createdAt: now,
        assignedAt: pool ? undefined : now,
      },
    };
  });
  return {
    tasks: [parent, ...stages],
    notices: sendNotices(d, ctx, { actorUserId, taskKey, stages }),
    events: [sendEvent(d, ctx, { actorUserId, taskKey, now })],
  };
}
