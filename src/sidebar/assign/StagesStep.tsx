/** Step 3 (阶段): the stages as an ordered, editable list; warnings show inline, errors after Next. */
import { Button, Empty } from '@douyinfe/semi-ui';
import { useI18n } from '../shared/i18nContext';
import { StageRow } from './StageRow';
import { addStage } from './stagesModel';
import type { StepProps } from './stepProps';
import { IssueList } from './WizardField';
import { issuesOf } from './wizardView';

export function StagesStep(props: StepProps) {
  const { state, update, issues } = props;
  const { t } = useI18n();
  const stages = state.draft.stages;
  return (
    <div className="baton-stack" data-testid="wizard-step-stages">
      {stages.length === 0 && <Empty description={t('wizard.stages.empty')} />}
      {stages.map((stage, index) => (
        <StageRow key={stage.key} {...props} stage={stage} index={index} />
      ))}
      {/* A cycle belongs to no single stage: it is reported for the list. */}
      <IssueList issues={issuesOf(issues, 'stages')} testId="issue-stages" />
      <Button onClick={() => update(addStage)} data-testid="wizard-add-stage">
        {t('wizard.stages.add')}
      </Button>
    </div>
  );
}
