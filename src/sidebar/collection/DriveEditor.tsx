import { Button, Checkbox, Input, TextArea, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import { launchableStages } from '../../core/collection/stageLink';
import { commands } from '../kernel/commands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { Field } from '../kernel/Field';
import { InstantSelect } from '../kernel/InstantSelect';
import { useNow, useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useI18n } from '../shared/i18nContext';
import { competitionTemplate, draftOf, emptyForm, FORMAT_CHOICES, type EditorForm } from './editorModel';

interface Props {
  onDone: () => void;
  onPublished: () => void;
}

/** A new drive: what, which formats, how many files, the deadline, who, review, points and reminders. */
export function DriveEditor({ onDone, onPublished }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const now = useNow();
  const runner = useCommands(commands);
  const [form, setForm] = useState<EditorForm>(() => emptyForm(now()));
  const [requestKey] = useState(() => `drive:${session.context.userId}:${now()}`);
  const set = <K extends keyof EditorForm>(key: K, value: EditorForm[K]) =>
    setForm({ ...form, [key]: value });
  const text = (
    key:
      'title' | 'maxSizeMb' | 'minFiles' | 'maxFiles' | 'namingRule' | 'deadline' | 'points' | 'reminderDays',
    type = 'text',
  ) => (
    <Field label={t(`collection.field.${key}`)} testId={`collection-${key}`}>
      <Input
        type={type}
        value={form[key]}
        onChange={(v) => set(key, v)}
        data-testid={`collection-input-${key}`}
      />
    </Field>
  );
  const useTemplate = () =>
    setForm(
      competitionTemplate(
        now(),
        session.data.departments,
        {
          title: t('collection.template.title'),
          requirements: t('collection.template.requirements'),
        },
        session.data.tasks,
      ),
    );
  const publish = async () => {
    const outcome = await runner.run('publishDrive', { draft: draftOf(form), requestKey });
    if (outcome?.phase === 'done') onPublished();
  };
  const published = runner.phase('publishDrive', requestKey) === 'done';
  return (
    <div className="baton-stack" data-testid="collection-editor">
      <div className="baton-row-title">
        <Button size="small" theme="borderless" onClick={onDone} data-testid="collection-back">
          {t('collection.back')}
        </Button>
        <Button size="small" onClick={useTemplate} data-testid="collection-template">
          {t('collection.editor.template')}
        </Button>
      </div>
      {text('title')}
      <Field label={t('collection.field.requirements')} testId="collection-requirements">
        <TextArea value={form.requirements} onChange={(v) => set('requirements', v)} autosize />
      </Field>
      <Field as="div" label={t('collection.field.formats')} testId="collection-formats">
        <InstantSelect
          multiple
          value={form.formats}
          onChange={(v) => set('formats', v as EditorForm['formats'])}
          optionList={FORMAT_CHOICES.map((f) => ({ value: f, label: f.toUpperCase() }))}
        />
      </Field>
      {text('maxSizeMb', 'number')}
      {text('minFiles', 'number')}
      {text('maxFiles', 'number')}
      {text('namingRule')}
      {text('deadline', 'date')}
      <Field as="div" label={t('collection.field.departments')} testId="collection-departments">
        <InstantSelect
          multiple
          value={form.departmentIds}
          onChange={(v) => set('departmentIds', v as string[])}
          optionList={session.data.departments.map((d) => ({ value: d.id, label: d.name }))}
        />
      </Field>
      <Field as="div" label={t('collection.field.members')} testId="collection-members">
        <InstantSelect
          multiple
          filter
          value={form.memberIds}
          onChange={(v) => set('memberIds', v as string[])}
          optionList={session.data.members
            .filter((m) => m.active)
            .map((m) => ({ value: m.id, label: m.name }))}
        />
      </Field>
      <Checkbox checked={form.openToAll} onChange={(e) => set('openToAll', e.target.checked === true)}>
        {t('collection.field.openToAll')}
      </Checkbox>
      <Checkbox checked={form.needsReview} onChange={(e) => set('needsReview', e.target.checked === true)}>
        {t('collection.field.needsReview')}
      </Checkbox>
      {text('points', 'number')}
      {text('reminderDays')}
      <Checkbox
        checked={form.remindAtDeadline}
        onChange={(e) => set('remindAtDeadline', e.target.checked === true)}
        data-testid="collection-at-deadline"
      >
        {t('collection.field.atDeadline')}
      </Checkbox>
      <Checkbox
        checked={form.dailyList}
        onChange={(e) => set('dailyList', e.target.checked === true)}
        data-testid="collection-daily-list"
      >
        {t('collection.field.dailyOrganizer')}
      </Checkbox>
      <Field as="div" label={t('collection.field.stage')} testId="collection-stage">
        <InstantSelect
          showClear
          filter
          value={form.stageId || undefined}
          onChange={(v) => set('stageId', typeof v === 'string' ? v : '')}
          optionList={launchableStages(session.data.tasks).map(({ stage, parentTitle }) => ({
            value: stage.id,
            label: `${parentTitle} / ${stage.title}`,
          }))}
        />
      </Field>
      <FeedbackBanner
        feedback={runner.feedback('publishDrive', requestKey)}
        testId="collection-publish-outcome"
      />
      {!published && (
        <Button
          theme="solid"
          loading={runner.phase('publishDrive', requestKey) === 'busy'}
          onClick={() => void publish()}
          data-testid="collection-publish"
        >
          {t('collection.editor.publish')}
        </Button>
      )}
      <Typography.Text type="tertiary" size="small">
        {form.namingRule}
      </Typography.Text>
    </div>
  );
}
