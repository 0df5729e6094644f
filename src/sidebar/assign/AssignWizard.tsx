/**
 * The assignment wizard (派单): Task → Responsibility → Stages → Review, each step checked by core before the
 * next, then one send that is safe to repeat. The state and its rules are in wizardModel / stagesModel.
 */
import { Steps, Typography } from '@douyinfe/semi-ui';
import { useMemo, useState } from 'react';
import type { DraftContext } from '../../core/assignment';
import { STAGE_SKILL_SETTING, stageSkillRuleOf } from '../../core/training/stageSkills';
import { newRequestKey } from '../kernel/people';
import { useNow, useSession } from '../kernel/session';
import { useI18n } from '../shared/i18nContext';
import { startOfDay } from '../shared/dayInput';
import { ResponsibilityStep } from './ResponsibilityStep';
import { ReviewStep } from './ReviewStep';
import { SendOutcome } from './SendOutcome';
import { StagesStep } from './StagesStep';
import type { StepProps, Update } from './stepProps';
import { TaskStep } from './TaskStep';
import { UnfinishedSends } from './UnfinishedSends';
import { useSendAssignment } from './useSendAssignment';
import { useTemplates } from './useTemplates';
import { WizardNav } from './WizardNav';
import { back, emptyWizard, goTo, next, STEPS, type WizardState } from './wizardModel';
import { suitabilityRows, visibleIssues } from './wizardView';

interface Props {
  /** Called once per task written, with the new special task's record id. */
  onSent: (taskId: string) => void;
}

export function AssignWizard({ onSent }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const now = useNow();
  const { data } = session;
  const todayStart = startOfDay(now());
  const ctx: DraftContext = useMemo(
    () => ({
      departments: data.departments,
      members: data.members,
      todayStart,
      stageSkillRule: stageSkillRuleOf(session.store.setting(STAGE_SKILL_SETTING)),
    }),
    [data, todayStart, session.store],
  );
  const [state, setState] = useState<WizardState>(() => emptyWizard(newRequestKey()));
  const update: Update = (change) => setState(change);
  const templates = useTemplates(session.store);
  const sender = useSendAssignment({ state, setState, onSent });
  const props: StepProps = { state, update, ctx, issues: visibleIssues(state, ctx, t) };
  const current = STEPS.indexOf(state.step);

  return (
    <div className="baton-stack" data-testid="assign-wizard">
      <Typography.Title heading={5}>{t('wizard.title')}</Typography.Title>
      <UnfinishedSends exceptDraftKey={state.draft.draftKey} />
      <SendOutcome
        send={state.send}
        onFinish={() => void sender.send()}
        onRollBack={() => void sender.rollBack()}
      />
      <Steps type="basic" size="small" current={current}>
        {STEPS.map((step, index) => (
          <Steps.Step
            key={step}
            title={t(`wizard.step.${step}`)}
            // Earlier steps can be revisited; later ones are reached only through Next.
            onClick={index < current ? () => setState((s) => goTo(s, step)) : undefined}
            data-testid={`wizard-step-${step}-header`}
          />
        ))}
      </Steps>
      {state.step === 'task' && <TaskStep {...props} templates={templates} />}
      {state.step === 'responsibility' && (
        <ResponsibilityStep {...props} suitable={suitabilityRows(state, data, now())} />
      )}
      {state.step === 'stages' && <StagesStep {...props} />}
      {state.step === 'review' && <ReviewStep {...props} />}
      <WizardNav
        state={state}
        onBack={() => setState(back)}
        onNext={() => setState((s) => next(s, ctx))}
        onSend={() => void sender.send()}
      />
    </div>
  );
}
