/** One stage: title, owning department, owner, due date, predecessors; move up/down or remove. */
import { Button, Input, Typography } from '@douyinfe/semi-ui';
import { InstantSelect } from '../kernel/InstantSelect';
import type { StageDraft } from '../../core/assignment';
import { personOptions } from '../kernel/people';
import { PersonSelect } from '../kernel/PersonSelect';
import { isQualified, missingSkills } from '../../core/training/skills';
import { askedOfStage } from '../../core/training/stageSkills';
import { useI18n } from '../shared/i18nContext';
import { formatDay } from '../shared/dayInput';
import {
  dueAfterTask,
  moveStage,
  removeStage,
  setPredecessors,
  setStageDepartment,
  setStageDue,
  setStageOwner,
  setStageTitle,
} from './stagesModel';
import type { StepProps } from './stepProps';
import { IssueList, statusOf } from './WizardField';
import { issuesOf } from './wizardView';

interface Props extends StepProps {
  stage: StageDraft;
  index: number;
}

export function StageRow({ stage, index, state, update, ctx, issues }: Props) {
  const { t } = useI18n();
  const stages = state.draft.stages;
  const mine = issuesOf(issues, stage.key);
  const people = personOptions(ctx.members, ctx.departments, stage.departmentId);
  const others = stages.filter((s) => s.key !== stage.key);
  const key = stage.key;
  // [TR19] A stage may ask for skills: candidates who have them are marked, an owner without them is warned.
  const asked = askedOfStage(stage);
  const memberOf = (id?: string) => ctx.members.find((m) => m.id === id);
  const qualified = (id: string) => asked.length > 0 && isQualified(memberOf(id) ?? { skills: [] }, asked);
  const owner = memberOf(stage.ownerMemberId);
  // [TR25] Once the stage's own refusal shows (the "block" setting), the warning would only repeat it.
  const refusedHere = ctx.stageSkillRule === 'block' && state.tried.includes('stages');
  const lacking = owner && !refusedHere ? missingSkills(owner, asked) : [];
  return (
    <div className="baton-card baton-field" data-testid="stage-row">
      <div className="baton-row-title">
        <Typography.Text strong>{t('wizard.stage.number', { n: index + 1 })}</Typography.Text>
        <span>
          <Button
            size="small"
            disabled={index === 0}
            onClick={() => update((s) => moveStage(s, key, -1))}
            data-testid="stage-up"
          >
            {t('wizard.stage.up')}
          </Button>
          <Button
            size="small"
            disabled={index === stages.length - 1}
            onClick={() => update((s) => moveStage(s, key, 1))}
            data-testid="stage-down"
          >
            {t('wizard.stage.down')}
          </Button>
          <Button
            size="small"
            type="danger"
            onClick={() => update((s) => removeStage(s, key))}
            data-testid="stage-remove"
          >
            {t('wizard.stage.remove')}
          </Button>
        </span>
      </div>
      <Input
        value={stage.title}
        placeholder={t('wizard.stage.title')}
        onChange={(v) => update((s) => setStageTitle(s, key, v))}
        validateStatus={statusOf(mine)}
        data-testid="stage-title"
      />
      <InstantSelect
        value={stage.departmentId}
        prefix={t('wizard.stage.department')}
        placeholder={t('wizard.stage.department.placeholder')}
        optionList={ctx.departments.map((x) => ({ value: x.id, label: x.name }))}
        onChange={(id) => update((s) => setStageDepartment(s, key, id as string | undefined, ctx))}
        data-testid="stage-department"
      />
      <PersonSelect
        showClear
        value={stage.ownerMemberId}
        prefix={t('wizard.stage.owner')}
        placeholder={t('wizard.stage.owner.placeholder')}
        // Heads go first but unmarked: a stage owner is whoever does the work.
        people={people.map((p) => ({
          value: p.value,
          label: qualified(p.value) ? `${p.label} · ${t('training.stage.qualified')}` : p.label,
        }))}
        onChange={(id) => update((s) => setStageOwner(s, key, id as string | undefined, ctx))}
        data-testid="stage-owner"
      />
      {owner && lacking.length > 0 && (
        <Typography.Text type="warning" size="small" data-testid="stage-skill-warning">
          {t('training.stage.lacking', { name: owner.name, skills: lacking.join('、') })}
        </Typography.Text>
      )}
      <Input
        type="date"
        prefix={t('wizard.stage.due')}
        value={formatDay(stage.due)}
        onChange={(v) => update((s) => setStageDue(s, key, v))}
        // [A9] A stage due after the task marks its own date, not only the stage.
        validateStatus={dueAfterTask(state, key) ? 'error' : undefined}
        data-testid="stage-due"
      />
      <InstantSelect
        multiple
        value={stage.predecessorKeys}
        placeholder={t('wizard.stage.after.none')}
        prefix={t('wizard.stage.after')}
        optionList={others.map((s) => ({ value: s.key, label: s.title || s.key }))}
        onChange={(keys) => update((s) => setPredecessors(s, key, keys as string[]))}
        data-testid="stage-after"
      />
      <IssueList issues={mine} testId="issue-stage" />
    </div>
  );
}
