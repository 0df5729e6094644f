/**
 * The quick form (快速新建) is a preset of the assignment draft: one special task, no stages, no cooperation,
 * starting today. It is checked by the wizard's own rules [A1]-[A5] and sent like any assignment. Rules [T1]-[T5].
 */
import { blocking, checkDraft, type AssignmentDraft, type DraftContext, type DraftIssue } from './assignment';
import { headOf, type Org } from './org';

export interface QuickTaskInput {
  title: string;
  primaryDepartmentId?: string;
  responsibleMemberId?: string;
  due?: number;
}

/**
 * [T3] The form has no confirmation box: choosing someone outside the department is the confirmation, but
 * only for an active member, so an inactive one is refused as in the wizard without one.
 */
export function quickDraft(input: QuickTaskInput, draftKey: string, org: Org): AssignmentDraft {
  const owner = org.members.find((m) => m.id === input.responsibleMemberId);
  return {
    draftKey,
    mode: 'assign',
    title: input.title,
    description: '',
    // Extra-duty points are for work outside one's job: the quick form does not ask, so it does not claim it.
    extraDuty: false,
    // Left out, the task starts the day it is sent; a start of today would also refuse a past due twice.
    start: undefined,
    due: input.due,
    primaryDepartmentId: input.primaryDepartmentId,
    cooperation: [],
    responsibleMemberId: input.responsibleMemberId,
    outsiderConfirmed: owner?.active === true,
    stages: [],
    suggestedDepartmentIds: [],
  };
}

/** The errors the quick form shows: those of its draft. */
export const checkQuickTask = (input: QuickTaskInput, ctx: DraftContext): DraftIssue[] =>
  blocking(checkDraft(quickDraft(input, 'check', ctx), ctx));

/** [T3] The suggested responsible person: the primary department's head. */
export const defaultResponsible = (departmentId: string | undefined, org: Org): string | undefined =>
  headOf(org, departmentId)?.id;
