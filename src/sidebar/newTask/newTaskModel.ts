/** The new-task form as pure transitions and derived data: draft in, draft / input / messages out. */
import { parseDay } from '../shared/dayInput';
import type { DraftIssue } from '../../core/assignment';
import type { Org } from '../../core/org';
import { defaultResponsible, type QuickTaskInput } from '../../core/quickTask';
import { isMessageKey, type Translate } from '../../i18n/translate';

/** The form's fields, named as the form names them. */
export type NewTaskField = 'title' | 'primaryDepartmentId' | 'responsibleMemberId' | 'due';

export interface NewTaskDraft {
  title: string;
  departmentId?: string;
  responsibleMemberId?: string;
  /** Once the user picks a person, changing the department no longer replaces them. */
  responsiblePicked: boolean;
  /** YYYY-MM-DD, as a date input gives it. */
  due: string;
}

export const emptyDraft = (): NewTaskDraft => ({ title: '', responsiblePicked: false, due: '' });

export function chooseDepartment(
  draft: NewTaskDraft,
  departmentId: string | undefined,
  ctx: Org,
): NewTaskDraft {
  const responsibleMemberId = draft.responsiblePicked
    ? draft.responsibleMemberId
    : defaultResponsible(departmentId, ctx);
  return { ...draft, departmentId, responsibleMemberId };
}

export function chooseResponsible(draft: NewTaskDraft, memberId: string | undefined): NewTaskDraft {
  return { ...draft, responsibleMemberId: memberId, responsiblePicked: memberId !== undefined };
}

/** The due date is the start of the chosen day in the user's time zone. */
export function toInput(draft: NewTaskDraft): QuickTaskInput {
  return {
    title: draft.title,
    primaryDepartmentId: draft.departmentId,
    responsibleMemberId: draft.responsibleMemberId,
    due: parseDay(draft.due),
  };
}

/** Where the draft's issues show on this one screen. */
const FIELD_OF: Record<string, NewTaskField> = {
  title: 'title',
  primary: 'primaryDepartmentId',
  responsible: 'responsibleMemberId',
  due: 'due',
};

/** The form has no confirmation box, so the wizard's "tick to confirm" text would point at nothing. */
const FORM_TEXT: Record<string, string> = { 'responsible.inactive': 'responsible.notActiveMember' };

export function fieldMessages(issues: DraftIssue[], t: Translate): Partial<Record<NewTaskField, string>> {
  const messages: Partial<Record<NewTaskField, string>> = {};
  for (const issue of issues) {
    const field = FIELD_OF[issue.field];
    const key = FORM_TEXT[issue.code] ?? issue.code;
    if (field) messages[field] ??= isMessageKey(key) ? t(key, issue.params) : key;
  }
  return messages;
}
