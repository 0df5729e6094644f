/** The new-task form as pure transitions and derived data: draft in, draft / input / messages out. */
import { parseDay } from '../shared/dayInput';
import {
  defaultResponsible,
  TITLE_MAX,
  type NewTaskContext,
  type NewTaskError,
  type NewTaskField,
  type NewTaskInput,
} from '../../core/newTask';
import type { Translate } from '../../i18n/translate';

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
  ctx: NewTaskContext,
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
export function toInput(draft: NewTaskDraft): NewTaskInput {
  return {
    title: draft.title,
    primaryDepartmentId: draft.departmentId,
    responsibleMemberId: draft.responsibleMemberId,
    due: parseDay(draft.due),
  };
}

export function fieldMessages(errors: NewTaskError[], t: Translate): Partial<Record<NewTaskField, string>> {
  const messages: Partial<Record<NewTaskField, string>> = {};
  for (const error of errors) messages[error.field] ??= t(error.code, { max: TITLE_MAX });
  return messages;
}
