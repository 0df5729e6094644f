/** Step 4 (确认): what will be written and exactly who will be told, before Send. */
import { Descriptions, Typography } from '@douyinfe/semi-ui';
import { useSession } from '../kernel/session';
import { useI18n } from '../shared/i18nContext';
import type { StepProps } from './stepProps';
import { IssueList } from './WizardField';
import { reviewOf } from './wizardView';

export function ReviewStep({ state, ctx, issues }: StepProps) {
  const { t } = useI18n();
  const view = reviewOf(state, ctx, useSession().context.userId);
  const list = (names: string[]) => (names.length ? names.join('、') : t('wizard.review.nobody'));
  const assigning = view.mode === 'assign';
  const summary = [
    { key: t('wizard.field.title'), value: view.title },
    { key: t('wizard.field.start'), value: view.start },
    { key: t('wizard.field.due'), value: view.due },
    { key: t('wizard.field.points'), value: view.points ?? '—' },
    assigning
      ? { key: t('wizard.primary'), value: view.primary }
      : { key: t('wizard.suggested'), value: list(view.suggested) },
    ...view.cooperation.map((c) => ({
      key: t('wizard.review.cooperating', { department: c.department }),
      value: c.deliverable,
    })),
  ];
  const raci = [
    { key: t('wizard.raci.responsible'), value: view.raci.responsible ?? '—' },
    { key: t('wizard.raci.accountable'), value: view.raci.accountable ?? '—' },
    { key: t('wizard.raci.consulted'), value: list(view.raci.consulted) },
    { key: t('wizard.raci.informed'), value: list(view.raci.informed) },
  ];
  return (
    <div className="baton-stack" data-testid="wizard-step-review">
      <Descriptions data={summary} size="small" />
      {assigning && (
        <>
          <Typography.Text strong>{t('wizard.review.raci')}</Typography.Text>
          <Descriptions data={raci} size="small" data-testid="wizard-raci" />
        </>
      )}
      <Typography.Text strong>{t('wizard.review.stages', { count: view.stages.length })}</Typography.Text>
      <ol data-testid="wizard-review-stages">
        {view.stages.map((s) => (
          <li key={s.key}>
            {t('wizard.review.stage', { title: s.title, department: s.department, owner: s.owner || '—' })}
            {s.due && ` · ${s.due}`}
            {s.after.length > 0 && ` · ${t('wizard.review.after', { stages: s.after.join('、') })}`}
          </li>
        ))}
      </ol>
      <Typography.Text strong>{t('wizard.review.notified')}</Typography.Text>
      {view.recipients.length === 0 ? (
        <Typography.Text type="tertiary" data-testid="wizard-no-recipients">
          {assigning ? t('wizard.review.nobody') : t('wizard.review.poolNotice')}
        </Typography.Text>
      ) : (
        <ul>
          {view.recipients.map((r) => (
            <li key={`${r.role}/${r.userId}`} data-testid="wizard-recipient">
              {r.name} · {t(r.role === 'stage' ? 'wizard.review.stage.owner' : `wizard.review.${r.role}`)}
            </li>
          ))}
        </ul>
      )}
      <IssueList issues={issues} testId="issue-review" />
    </div>
  );
}
