/** What the wizard shows, derived from its state: messages, who is suitable, and the review. Pure. */
import {
  planAssignment,
  raciOf,
  taskKeyOf,
  type DraftContext,
  type DraftIssue,
  type Raci,
} from '../../core/assignment';
import { departmentName } from '../../core/org';
import { suitability } from '../../core/suitability';
import { isMessageKey, type Translate } from '../../i18n/translate';
import type { CoreData } from '../../store/batonStore';
import { formatDay } from '../shared/dayInput';
import { stepIssues, type WizardState } from './wizardModel';

export interface ShownIssue {
  field: string;
  severity: DraftIssue['severity'];
  text: string;
}

/** Core issue codes are message keys; an unknown one is shown as is rather than hidden. */
export function issueText(issue: DraftIssue, t: Translate): string {
  return isMessageKey(issue.code) ? t(issue.code, issue.params) : issue.code;
}

/** Warnings show at once; errors only after Next was tried on the step, not while the user is typing. */
export function visibleIssues(
  state: WizardState,
  ctx: DraftContext,
  t: Translate,
  step = state.step,
): ShownIssue[] {
  const showErrors = state.tried.includes(step);
  return stepIssues(state, ctx, step)
    .filter((i) => i.severity === 'warning' || showErrors)
    .map((i) => ({ field: i.field, severity: i.severity, text: issueText(i, t) }));
}

export const issuesOf = (issues: ShownIssue[], field: string): ShownIssue[] =>
  issues.filter((i) => i.field === field);

export interface SuitabilityRow {
  memberId: string;
  name: string;
  isHead: boolean;
  openTasks: number;
  dueThisWeek: number;
  /** "85%", or a dash with no finished task to judge by. */
  onTime: string;
  /** Filled from passed courses by the training feature; shown as they come. */
  skills: string[];
  chosen: boolean;
}

/** The primary department's active members, head first, then the least loaded. */
export function suitabilityRows(state: WizardState, data: CoreData, now: number): SuitabilityRow[] {
  const department = data.departments.find((d) => d.id === state.draft.primaryDepartmentId);
  if (!department) return [];
  return suitability(data.members, data.tasks, department.id, department.headUserIds, now).map((s) => ({
    memberId: s.member.id,
    name: s.member.name,
    isHead: s.isHead,
    openTasks: s.openTasks,
    dueThisWeek: s.dueThisWeek,
    onTime: s.onTimeRate === undefined ? '—' : `${Math.round(s.onTimeRate * 100)}%`,
    skills: s.skills,
    chosen: s.member.id === state.draft.responsibleMemberId,
  }));
}

/** Why the chosen person needs an explicit confirmation, if they do (the same rule core applies, [A5]). */
export function outsiderReason(state: WizardState, ctx: DraftContext): 'inactive' | 'outside' | undefined {
  const d = state.draft;
  const owner = ctx.members.find((m) => m.id === d.responsibleMemberId);
  if (d.mode !== 'assign' || !owner || owner.userIds.length === 0) return undefined;
  if (!owner.active) return 'inactive';
  return owner.departmentId !== d.primaryDepartmentId ? 'outside' : undefined;
}

export interface ReviewStage {
  key: string;
  title: string;
  department: string;
  owner: string;
  due: string;
  after: string[];
}

/** One person told by the send, and why: the owner, a copy, a stage's owner, or a pool audience. */
export interface ReviewRecipient {
  userId: string;
  name: string;
  role: 'owner' | 'copy' | 'stage' | 'pool';
}

export interface ReviewView {
  mode: WizardState['draft']['mode'];
  title: string;
  start: string;
  due: string;
  points?: number;
  primary: string;
  cooperation: { department: string; deliverable: string }[];
  suggested: string[];
  stages: ReviewStage[];
  raci: Raci;
  /** Exactly who gets a notice, as the send will write them: the owner, the copies, stage owners, or the pool audience. */
  recipients: ReviewRecipient[];
}

export function reviewOf(state: WizardState, ctx: DraftContext, actorUserId = ''): ReviewView {
  const d = state.draft;
  const memberName = (id?: string) => ctx.members.find((m) => m.id === id)?.name ?? '';
  const titleOf = (key: string) => d.stages.find((s) => s.key === key)?.title ?? key;
  return {
    mode: d.mode,
    title: d.title.trim(),
    start: formatDay(d.start ?? ctx.todayStart),
    due: formatDay(d.due),
    points: d.points,
    primary: departmentName(ctx, d.primaryDepartmentId),
    cooperation: d.cooperation.map((c) => ({
      department: departmentName(ctx, c.departmentId),
      deliverable: c.deliverable.trim(),
    })),
    suggested: d.suggestedDepartmentIds.map((id) => departmentName(ctx, id)),
    stages: d.stages.map((s) => ({
      key: s.key,
      title: s.title.trim(),
      department: departmentName(ctx, s.departmentId),
      owner: memberName(s.ownerMemberId),
      due: formatDay(s.due),
      after: s.predecessorKeys.map(titleOf),
    })),
    raci: raciOf(d, ctx),
    recipients: recipientsOfSend(state, ctx, actorUserId),
  };
}

/** The notices the send would write, one line per person and role (a head owning two stages is listed once). */
function recipientsOfSend(state: WizardState, ctx: DraftContext, actorUserId: string): ReviewRecipient[] {
  const d = state.draft;
  const taskKey = taskKeyOf(d.draftKey);
  const roleOf = (type: string, key?: string): ReviewRecipient['role'] => {
    if (type === 'copy') return 'copy';
    if (type === 'published') return 'pool';
    return key === taskKey ? 'owner' : 'stage';
  };
  const seen = new Set<string>();
  return planAssignment(d, ctx, actorUserId, 0).notices.flatMap((n) => {
    const role = roleOf(n.type, n.taskKey);
    if (seen.has(`${role}/${n.recipientUserId}`)) return [];
    seen.add(`${role}/${n.recipientUserId}`);
    const name = ctx.members.find((m) => m.userIds.includes(n.recipientUserId))?.name ?? n.recipientUserId;
    return [{ userId: n.recipientUserId, name, role }];
  });
}
