/** What the assignment wizard's rules raise: an issue names its step, its field and the code of its text. */
export type WizardStep = 'task' | 'responsibility' | 'stages' | 'review';

/** Every issue the wizard's rules raise; each is also the message key of its text. */
export type DraftIssueCode =
  | 'title.required'
  | 'title.tooLong'
  | 'points.invalid'
  | 'due.required'
  | 'due.past'
  | 'start.afterDue'
  | 'pool.noDepartments'
  | 'department.required'
  | 'department.unknown'
  | 'cooperation.isPrimary'
  | 'cooperation.duplicate'
  | 'cooperation.deliverableRequired'
  | 'responsible.required'
  | 'responsible.noAccount'
  | 'responsible.outsideDepartment'
  | 'responsible.inactive'
  | 'stage.titleRequired'
  | 'stage.departmentRequired'
  | 'stage.afterTaskDue'
  | 'stage.unknownPredecessor'
  | 'stage.beforePredecessor'
  | 'stage.cycle'
  | 'stage.ownerLacksSkill';

export interface DraftIssue {
  step: WizardStep;
  field: string;
  code: string;
  severity: 'error' | 'warning';
  params?: Record<string, string | number>;
}

const issueOf =
  (severity: DraftIssue['severity']) =>
  (step: WizardStep, field: string, code: DraftIssueCode, params?: DraftIssue['params']): DraftIssue => ({
    step,
    field,
    code,
    severity,
    params,
  });

export const error = issueOf('error');
export const warning = issueOf('warning');
