import { Banner, Button, Input, Select, Typography } from '@douyinfe/semi-ui';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import type { DraftIssue } from '../../core/assignment';
import { refusalMessageKey } from '../../core/permissions';
import { createTask } from '../../services/createTask';
import type { ReadySession } from '../app/appModel';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import {
  chooseDepartment,
  chooseResponsible,
  emptyDraft,
  fieldMessages,
  newRequestKey,
  personOptions,
  toInput,
} from './newTaskModel';

interface Props {
  session: ReadySession;
  now: () => number;
  onCreated: () => void;
}

type Outcome = { kind: 'created'; title: string } | { kind: 'failed'; message: string } | undefined;

export function NewTaskForm({ session, now, onCreated }: Props) {
  const { t, locale } = useI18n();
  const { data } = session;
  const todayStart = dayjs(now()).startOf('day').valueOf();
  const ctx = { departments: data.departments, members: data.members, todayStart };
  const [draft, setDraft] = useState(emptyDraft);
  const [errors, setErrors] = useState<DraftIssue[]>([]);
  const [requestKey, setRequestKey] = useState(() => newRequestKey());
  const [busy, setBusy] = useState(false);
  // A write under this key failed: it may have landed anyway, so the next try looks before adding.
  const [mayExist, setMayExist] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const people = useMemo(
    () => personOptions(data.members, data.departments, draft.departmentId),
    [data, draft.departmentId],
  );
  const messages = fieldMessages(errors, t);

  async function submit() {
    if (busy) return;
    setBusy(true);
    try {
      const clock = { now: now(), todayStart };
      const actor = session.context.userId;
      const result = await createTask(
        session.store,
        data,
        toInput(draft),
        clock,
        requestKey,
        mayExist,
        actor,
      );
      setOutcome(undefined);
      if (!result.ok && result.code !== 'invalid')
        return setOutcome({ kind: 'failed', message: t(refusalMessageKey('quickCreate', result.code)) });
      if (!result.ok) return setErrors(result.issues);
      setErrors([]);
      setDraft(emptyDraft());
      setRequestKey(newRequestKey());
      setMayExist(false);
      setOutcome({ kind: 'created', title: result.task.title });
      onCreated();
    } catch (error) {
      setMayExist(true);
      setOutcome({
        kind: 'failed',
        message: t('newTask.failed', { reason: errorMessage(error, t, locale) }),
      });
    } finally {
      setBusy(false);
    }
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
      {outcome?.kind === 'created' && (
        <Banner
          type="success"
          description={t('newTask.created', { title: outcome.title })}
          data-testid="created"
        />
      )}
      {outcome?.kind === 'failed' && (
        <Banner type="danger" description={outcome.message} data-testid="failed" />
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
        <Select
          // Semi applies a choice when its closing animation ends; without it, at once (a quick submit sees it).
          motion={false}
          style={{ width: '100%' }}
          value={draft.departmentId}
          placeholder={t('newTask.field.department.placeholder')}
          optionList={data.departments.map((d) => ({ value: d.id, label: d.name }))}
          onChange={(value) => setDraft((d) => chooseDepartment(d, value as string | undefined, ctx))}
          validateStatus={messages.primaryDepartmentId ? 'error' : 'default'}
          data-testid="department-select"
        />
      </Field>
      <Field label={t('newTask.field.responsible')} error={messages.responsibleMemberId} testId="responsible">
        <Select
          // Semi applies a choice when its closing animation ends; without it, at once (a quick submit sees it).
          motion={false}
          style={{ width: '100%' }}
          filter
          value={draft.responsibleMemberId}
          placeholder={t('newTask.field.responsible.placeholder')}
          optionList={people.map((p) => ({
            value: p.value,
            label: p.isHead ? `${p.label} · ${t('newTask.headBadge')}` : p.label,
          }))}
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

function Field({
  label,
  error,
  testId,
  children,
}: {
  label: string;
  error?: string;
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <label className="baton-field" data-testid={`field-${testId}`}>
      <Typography.Text strong size="small">
        {label}
      </Typography.Text>
      {children}
      {error && (
        <Typography.Text type="danger" size="small" data-testid={`error-${testId}`}>
          {error}
        </Typography.Text>
      )}
    </label>
  );
}
