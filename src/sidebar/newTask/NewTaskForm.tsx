import { Button, Input, Typography } from '@douyinfe/semi-ui';
import { useMemo, useState } from 'react';
import type { DraftIssue } from '../../core/assignment';
import { commands } from '../kernel/commands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { Field } from '../kernel/Field';
import { InstantSelect } from '../kernel/InstantSelect';
import { newRequestKey, personOptions } from '../kernel/people';
import { PersonSelect } from '../kernel/PersonSelect';
import { useNow, useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { startOfDay } from '../shared/dayInput';
import { useI18n } from '../shared/i18nContext';
import { chooseDepartment, chooseResponsible, emptyDraft, fieldMessages, toInput } from './newTaskModel';

interface Props {
  onCreated: () => void;
}

export function NewTaskForm({ onCreated }: Props) {
  const { t } = useI18n();
  const { data } = useSession();
  const now = useNow();
  const runner = useCommands(commands);
  const todayStart = startOfDay(now());
  const ctx = { departments: data.departments, members: data.members, todayStart };
  const [draft, setDraft] = useState(emptyDraft);
  const [errors, setErrors] = useState<DraftIssue[]>([]);
  // A key unique to this draft: a retry after a failure reuses it, so the runner looks before adding.
  const [requestKey, setRequestKey] = useState(() => newRequestKey());
  const [created, setCreated] = useState<string>();
  const people = useMemo(
    () => personOptions(data.members, data.departments, draft.departmentId),
    [data, draft.departmentId],
  );
  const messages = fieldMessages(errors, t);
  const phase = runner.phase('createTask', requestKey);
  const busy = phase === 'busy';

  async function submit() {
    const outcome = await runner.run('createTask', { requestKey, input: toInput(draft) });
    if (!outcome || outcome.phase === 'failed') return;
    if (outcome.phase === 'refused') return setErrors(outcome.value?.issues ?? []);
    setErrors([]);
    setDraft(emptyDraft());
    setCreated(outcome.text);
    setRequestKey(newRequestKey());
    onCreated();
  }

  return (
    <form
      className="baton-stack"
      data-testid="new-task-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Typography.Title heading={5}>{t('newTask.title')}</Typography.Title>
      {phase === 'idle' && created && (
        <FeedbackBanner feedback={{ type: 'success', text: created }} testId="created" />
      )}
      {(phase === 'failed' || (phase === 'refused' && errors.length === 0)) && (
        <FeedbackBanner feedback={runner.feedback('createTask', requestKey)} testId="failed" />
      )}
      <Field label={t('newTask.field.title')} error={messages.title} testId="title">
        <Input
          value={draft.title}
          placeholder={t('newTask.field.title.placeholder')}
          onChange={(title) => setDraft((d) => ({ ...d, title }))}
          validateStatus={messages.title ? 'error' : 'default'}
          data-testid="title-input"
        />
      </Field>
      <Field label={t('newTask.field.department')} error={messages.primaryDepartmentId} testId="department">
        <InstantSelect
          value={draft.departmentId}
          placeholder={t('newTask.field.department.placeholder')}
          optionList={data.departments.map((d) => ({ value: d.id, label: d.name }))}
          onChange={(value) => setDraft((d) => chooseDepartment(d, value as string | undefined, ctx))}
          validateStatus={messages.primaryDepartmentId ? 'error' : 'default'}
          data-testid="department-select"
        />
      </Field>
      <Field label={t('newTask.field.responsible')} error={messages.responsibleMemberId} testId="responsible">
        <PersonSelect
          value={draft.responsibleMemberId}
          placeholder={t('newTask.field.responsible.placeholder')}
          people={people}
          onChange={(value) => setDraft((d) => chooseResponsible(d, value as string | undefined))}
          validateStatus={messages.responsibleMemberId ? 'error' : 'default'}
          data-testid="responsible-select"
        />
      </Field>
      <Field label={t('newTask.field.due')} error={messages.due} testId="due">
        <Input
          type="date"
          value={draft.due}
          onChange={(due) => setDraft((d) => ({ ...d, due }))}
          validateStatus={messages.due ? 'error' : 'default'}
          data-testid="due-input"
        />
      </Field>
      <Button htmlType="submit" theme="solid" type="primary" loading={busy} block data-testid="submit">
        {busy ? t('newTask.submitting') : t('newTask.submit')}
      </Button>
    </form>
  );
}
