/** What the wizard shows, derived from its state: messages, who is suitable, and the review. Pure. */
import {
  raciOf,
  recipientsOf,
  type DraftContext,
  type DraftIssue,
  type Raci,
  type Recipient,
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

export interface ReviewView {
  mode: WizardState['draft']['mode'];
  title: string;
  due: string;
  points?: number;
  primary: string;
  cooperation: { department: string; deliverable: string }[];
  suggested: string[];
  stages: ReviewStage[];
  raci: Raci;
  /** Exactly who gets a notice: the owner, then the copies. A pool task notifies no one when published. */
  recipients: Recipient[];
}

export function reviewOf(state: WizardState, ctx: DraftContext): ReviewView {
  const d = state.draft;
  const memberName = (id?: string) => ctx.members.find((m) => m.id === id)?.name ?? '';
  const titleOf = (key: string) => d.stages.find((s) => s.key === key)?.title ?? key;
  return {
    mode: d.mode,
    title: d.title.trim(),
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
    // planAssignment writes no notice for a pool task; recipientsOf alone would still list the copies.
    recipients: d.mode === 'pool' ? [] : recipientsOf(d, ctx),
  };
}
