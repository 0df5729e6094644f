/** Cooperating departments (配合): tick a department, then say what it owes. */
import { Checkbox, Input } from '@douyinfe/semi-ui';
import { useI18n } from '../shared/i18nContext';
import type { StepProps } from './stepProps';
import { IssueList } from './WizardField';
import { setDeliverable, toggleCooperation } from './wizardModel';
import { issuesOf } from './wizardView';

export function CooperationList({ state, update, ctx, issues }: StepProps) {
  const { t } = useI18n();
  const cooperation = state.draft.cooperation;
  return (
    <div className="baton-field" data-testid="field-cooperation">
      {ctx.departments.map((department) => {
        const entry = cooperation.find((c) => c.departmentId === department.id);
        return (
          <div key={department.id} className="baton-field" data-testid="wizard-coop-row">
            <Checkbox
              // [A3] The primary department cannot also cooperate: it is not offered.
              disabled={department.id === state.draft.primaryDepartmentId}
              checked={Boolean(entry)}
              onChange={(e) => update((s) => toggleCooperation(s, department.id, Boolean(e.target.checked)))}
              data-testid="wizard-coop"
            >
              {department.name}
            </Checkbox>
            {entry && (
              <Input
                size="small"
                value={entry.deliverable}
                placeholder={t('wizard.deliverable.placeholder', { department: department.name })}
                onChange={(v) => update((s) => setDeliverable(s, department.id, v))}
                data-testid="wizard-deliverable"
              />
            )}
          </div>
        );
      })}
      <IssueList issues={issuesOf(issues, 'cooperation')} testId="issue-cooperation" />
    </div>
  );
}
