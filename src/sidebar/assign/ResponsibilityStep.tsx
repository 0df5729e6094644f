/**
 * Step 2 (责任): assign (one primary department, its cooperating departments, one responsible person) or
 * publish to the pool for the departments it suits.
 */
import { Banner, Checkbox, Radio, RadioGroup } from '@douyinfe/semi-ui';
import { InstantSelect } from '../kernel/InstantSelect';
import { personOptions } from '../kernel/people';
import { PersonSelect } from '../kernel/PersonSelect';
import { useI18n } from '../shared/i18nContext';
import { CooperationList } from './CooperationList';
import type { StepProps } from './stepProps';
import { SuitabilityList } from './SuitabilityList';
import { IssueList, statusOf, WizardField } from './WizardField';
import {
  choosePrimary,
  chooseResponsible,
  confirmOutsider,
  setMode,
  setPoolAudience,
  toggleSuggested,
} from './wizardModel';
import { issuesOf, outsiderReason, type SuitabilityRow } from './wizardView';

export function ResponsibilityStep(props: StepProps & { suitable: SuitabilityRow[] }) {
  const { state, update } = props;
  const { t } = useI18n();
  return (
    <div className="baton-stack" data-testid="wizard-step-responsibility">
      <RadioGroup
        type="button"
        value={state.draft.mode}
        onChange={(e) => update((s) => setMode(s, e.target.value as 'assign' | 'pool'))}
      >
        <Radio value="assign" data-testid="wizard-mode-assign">
          {t('wizard.mode.assign')}
        </Radio>
        <Radio value="pool" data-testid="wizard-mode-pool">
          {t('wizard.mode.pool')}
        </Radio>
      </RadioGroup>
      {state.draft.mode === 'pool' ? <PoolSuggestions {...props} /> : <AssignFields {...props} />}
    </div>
  );
}

function PoolSuggestions({ state, update, ctx, issues }: StepProps) {
  const { t } = useI18n();
  return (
    <>
      <WizardField label={t('wizard.suggested')} issues={issuesOf(issues, 'suggested')} testId="suggested">
        {ctx.departments.map((department) => (
          <Checkbox
            key={department.id}
            checked={state.draft.suggestedDepartmentIds.includes(department.id)}
            onChange={(e) => update((s) => toggleSuggested(s, department.id, Boolean(e.target.checked)))}
            data-testid="wizard-suggested"
          >
            {department.name}
          </Checkbox>
        ))}
      </WizardField>
      <WizardField label={t('wizard.poolAudience')} testId="pool-audience">
        <RadioGroup
          value={state.draft.poolAudience ?? 'heads'}
          onChange={(e) => update((s) => setPoolAudience(s, e.target.value as 'heads' | 'everyone'))}
        >
          <Radio value="heads">{t('wizard.poolAudience.heads')}</Radio>
          <Radio value="everyone" data-testid="wizard-pool-everyone">
            {t('wizard.poolAudience.everyone')}
          </Radio>
        </RadioGroup>
      </WizardField>
    </>
  );
}

function AssignFields(props: StepProps & { suitable: SuitabilityRow[] }) {
  const { state, update, ctx, issues, suitable } = props;
  const { t } = useI18n();
  const d = state.draft;
  const of = (field: string) => issuesOf(issues, field);
  const people = personOptions(ctx.members, ctx.departments, d.primaryDepartmentId);
  const reason = outsiderReason(state, ctx);
  return (
    <>
      <WizardField label={t('wizard.primary')} issues={of('primary')} testId="primary">
        <InstantSelect
          value={d.primaryDepartmentId}
          placeholder={t('wizard.primary.placeholder')}
          optionList={ctx.departments.map((x) => ({ value: x.id, label: x.name }))}
          onChange={(id) => update((s) => choosePrimary(s, id as string | undefined, ctx))}
          validateStatus={statusOf(of('primary'))}
          data-testid="wizard-primary"
        />
      </WizardField>
      <WizardField label={t('wizard.cooperation')} testId="cooperation-label">
        <CooperationList {...props} />
      </WizardField>
      <WizardField label={t('wizard.responsible')} testId="responsible">
        <PersonSelect
          value={d.responsibleMemberId}
          placeholder={t('wizard.responsible.placeholder')}
          people={people}
          onChange={(id) => update((s) => chooseResponsible(s, id as string | undefined))}
          validateStatus={statusOf(of('responsible'))}
          data-testid="wizard-responsible"
        />
        {reason && (
          <Banner type="warning" closeIcon={null} description={t(`wizard.outsider.${reason}`)}>
            <Checkbox
              checked={d.outsiderConfirmed}
              onChange={(e) => update((s) => confirmOutsider(s, Boolean(e.target.checked)))}
              data-testid="wizard-confirm-outsider"
            >
              {t('wizard.outsider.confirm')}
            </Checkbox>
          </Banner>
        )}
      </WizardField>
      <SuitabilityList rows={suitable} onPick={(id) => update((s) => chooseResponsible(s, id))} />
      <IssueList issues={of('responsible')} testId="issue-responsible" />
    </>
  );
}
