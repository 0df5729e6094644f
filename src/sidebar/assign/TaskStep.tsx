/** Step 1 (任务): start from a template or blank; title, description, points, extra duty, start and due. */
import { Checkbox, Input, TextArea } from '@douyinfe/semi-ui';
import { InstantSelect } from '../kernel/InstantSelect';
import type { TaskTemplate } from '../../core/templates';
import { useI18n } from '../shared/i18nContext';
import { formatDay } from '../shared/dayInput';
import type { StepProps } from './stepProps';
import { statusOf, WizardField } from './WizardField';
import {
  chooseTemplate,
  setDescription,
  setDue,
  setExtraDuty,
  setPoints,
  setStart,
  setTitle,
} from './wizardModel';
import { issuesOf } from './wizardView';

const BLANK = '';

export function TaskStep({
  state,
  update,
  ctx,
  issues,
  templates,
}: StepProps & { templates: TaskTemplate[] }) {
  const { t } = useI18n();
  const d = state.draft;
  const of = (field: string) => issuesOf(issues, field);
  const options = [
    { value: BLANK, label: t('wizard.template.blank') },
    ...templates.map((x) => ({
      value: x.id,
      label: x.builtIn ? x.name : `${x.name} · ${t('wizard.template.saved')}`,
    })),
  ];
  return (
    <div className="baton-stack" data-testid="wizard-step-task">
      <WizardField label={t('wizard.template')} testId="template">
        <InstantSelect
          value={state.template?.id ?? BLANK}
          optionList={options}
          onChange={(id) =>
            update((s) =>
              chooseTemplate(
                s,
                templates.find((x) => x.id === id),
                ctx,
              ),
            )
          }
          data-testid="wizard-template"
        />
      </WizardField>
      <WizardField label={t('wizard.field.title')} issues={of('title')} testId="title">
        <Input
          value={d.title}
          placeholder={t('wizard.field.title.placeholder')}
          onChange={(v) => update((s) => setTitle(s, v))}
          validateStatus={statusOf(of('title'))}
          data-testid="wizard-title"
        />
      </WizardField>
      <WizardField label={t('wizard.field.description')} testId="description">
        <TextArea
          value={d.description}
          rows={2}
          onChange={(v) => update((s) => setDescription(s, v))}
          data-testid="wizard-description"
        />
      </WizardField>
      <WizardField label={t('wizard.field.points')} issues={of('points')} testId="points">
        <Input
          type="number"
          value={state.pointsText}
          placeholder={t('wizard.field.points.placeholder')}
          onChange={(v) => update((s) => setPoints(s, v))}
          validateStatus={statusOf(of('points'))}
          data-testid="wizard-points"
        />
      </WizardField>
      <Checkbox
        checked={d.extraDuty}
        onChange={(e) => update((s) => setExtraDuty(s, Boolean(e.target.checked)))}
        data-testid="wizard-extra-duty"
      >
        {t('wizard.field.extraDuty')}
      </Checkbox>
      <WizardField label={t('wizard.field.start')} issues={of('start')} testId="start">
        <Input
          type="date"
          value={formatDay(d.start)}
          onChange={(v) => update((s) => setStart(s, v, ctx))}
          validateStatus={statusOf(of('start'))}
          data-testid="wizard-start"
        />
      </WizardField>
      <WizardField label={t('wizard.field.due')} issues={of('due')} testId="due">
        <Input
          type="date"
          value={formatDay(d.due)}
          onChange={(v) => update((s) => setDue(s, v))}
          validateStatus={statusOf(of('due'))}
          data-testid="wizard-due"
        />
      </WizardField>
    </div>
  );
}
