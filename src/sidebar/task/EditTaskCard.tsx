/**
 * [EV10]-[EV12] Changing a sent task, for the boss or the primary department's head: its fields, cancelling
 * it (or, on a special task's page, one of its stages) with a reason, a stage's due date, and adding a stage.
 * Every change goes through the command table; the page's history reloads after each.
 */
import { Button, Card, Input, Space, TextArea } from '@douyinfe/semi-ui';
import { useState } from 'react';
import type { Task } from '../../core/model';
import { mayEdit } from '../../core/taskEdit';
import { commands } from '../kernel/commands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { InstantSelect } from '../kernel/InstantSelect';
import { personOptions } from '../kernel/people';
import { PersonSelect } from '../kernel/PersonSelect';
import { useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { parseDay } from '../shared/dayInput';
import { useI18n } from '../shared/i18nContext';
import { changeOf, formOf } from './editModel';

interface Props {
  task: Task;
  tasks: Task[];
  onChanged: () => void;
}

const finished = (t: Task) => t.status === 'done' || t.status === 'cancelled';

export function EditTaskCard({ task, tasks, onChanged }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const editor = { ...session.data, tasks, actorUserId: session.context.userId };
  if (!session.canEdit || finished(task) || !mayEdit(task, editor)) return null;
  return (
    <Card
      title={t('edit.title')}
      bodyStyle={{ padding: open ? 12 : 0 }}
      headerExtraContent={
        <Button size="small" onClick={() => setOpen(!open)} data-testid="edit-toggle">
          {open ? '−' : '+'}
        </Button>
      }
      data-testid="edit-card"
    >
      {open && <EditBody key={task.id} task={task} tasks={tasks} onChanged={onChanged} />}
    </Card>
  );
}

function EditBody({ task, tasks, onChanged }: Props) {
  const { t } = useI18n();
  const runner = useCommands(commands);
  const [form, setForm] = useState(formOf(task));
  const [reason, setReason] = useState('');
  const stages = task.kind === 'stage' ? [] : tasks.filter((s) => s.parentId === task.id && !finished(s));
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (v: string) => setForm({ ...form, [key]: v }),
  });
  async function edit(target: Task, change: Parameters<typeof changeOf>[1] | 'cancel') {
    const input = {
      task: target,
      edit: change === 'cancel' ? { kind: 'cancel' as const, reason } : changeOf(target, change),
    };
    const outcome = await runner.run('editTask', input);
    if (outcome?.phase === 'done') onChanged();
  }
  const feedback = (id: string) =>
    runner.feedback('editTask', `${id}/change`) ?? runner.feedback('editTask', `${id}/cancel`);
  return (
    <div className="baton-stack">
      <FeedbackBanner feedback={feedback(task.id)} testId="edit-feedback" />
      <Input prefix={t('edit.field.title')} {...field('title')} data-testid="edit-title" />
      <Input type="date" prefix={t('edit.field.due')} {...field('due')} data-testid="edit-due" />
      <Input prefix={t('edit.field.points')} {...field('points')} data-testid="edit-points" />
      <TextArea autosize placeholder={t('edit.field.description')} {...field('description')} />
      <Button
        theme="solid"
        loading={runner.phase('editTask', `${task.id}/change`) === 'busy'}
        onClick={() => void edit(task, form)}
        data-testid="edit-save"
      >
        {t('edit.save')}
      </Button>
      {stages.map((s) => (
        <StageEdit
          key={s.id}
          stage={s}
          feedback={feedback(s.id)}
          onDue={(due) => void edit(s, { ...formOf(s), due })}
          onCancel={() => void edit(s, 'cancel')}
        />
      ))}
      {task.kind !== 'stage' && <AddStageForm parent={task} stages={stages} onChanged={onChanged} />}
      <TextArea
        autosize
        value={reason}
        onChange={setReason}
        placeholder={t('edit.cancel.reason')}
        data-testid="edit-reason"
      />
      <Button type="danger" onClick={() => void edit(task, 'cancel')} data-testid="edit-cancel">
        {t(task.kind === 'stage' ? 'edit.cancelStage' : 'edit.cancel')}
      </Button>
    </div>
  );
}

interface StageEditProps {
  stage: Task;
  feedback: ReturnType<ReturnType<typeof useCommands>['feedback']>;
  onDue: (due: string) => void;
  onCancel: () => void;
}

/** One unfinished stage on its special task's card: its due date, and cancelling it (the reason field below). */
function StageEdit({ stage, feedback, onDue, onCancel }: StageEditProps) {
  const { t } = useI18n();
  const [due, setDue] = useState(formOf(stage).due);
  return (
    <div className="baton-row" data-testid="edit-stage" data-stage-title={stage.title}>
      <FeedbackBanner feedback={feedback} testId="edit-stage-feedback" />
      <Space wrap>
        <Input
          type="date"
          prefix={`${stage.title} · ${t('edit.stageDue')}`}
          value={due}
          onChange={setDue}
          data-testid="edit-stage-due"
        />
        <Button size="small" onClick={() => onDue(due)} data-testid="edit-stage-save">
          {t('edit.save')}
        </Button>
        <Button size="small" type="danger" onClick={onCancel} data-testid="edit-stage-cancel">
          {t('edit.cancelStage')}
        </Button>
      </Space>
    </div>
  );
}

/** A new stage: title, department, owner (else the head), due date, and the stages it follows (the last by default). */
function AddStageForm({
  parent,
  stages,
  onChanged,
}: {
  parent: Task;
  stages: Task[];
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const session = useSession();
  const runner = useCommands(commands);
  const last = [...stages].sort((a, b) => (b.sequence ?? 0) - (a.sequence ?? 0))[0];
  const [title, setTitle] = useState('');
  const [departmentId, setDepartmentId] = useState<string>();
  const [ownerMemberId, setOwner] = useState<string>();
  const [due, setDue] = useState('');
  const [afterIds, setAfter] = useState<string[]>(last ? [last.id] : []);
  const { departments, members } = session.data;
  async function add() {
    const stage = { title, departmentId, ownerMemberId, due: due ? parseDay(due) : undefined, afterIds };
    const outcome = await runner.run('addStage', { parent, stage });
    if (outcome?.phase === 'done') {
      setTitle('');
      onChanged();
    }
  }
  return (
    <div className="baton-stack" data-testid="edit-add-stage">
      <FeedbackBanner
        feedback={runner.feedback('addStage', `${parent.id}/addStage`)}
        testId="edit-add-feedback"
      />
      <Input
        prefix={t('edit.addStage.title')}
        value={title}
        onChange={setTitle}
        data-testid="edit-add-title"
      />
      <InstantSelect
        prefix={t('edit.addStage.department')}
        value={departmentId}
        optionList={departments.map((d) => ({ value: d.id, label: d.name }))}
        onChange={(v) => setDepartmentId(v as string | undefined)}
        data-testid="edit-add-department"
      />
      <PersonSelect
        showClear
        prefix={t('edit.addStage.owner')}
        value={ownerMemberId}
        people={personOptions(members, departments, departmentId)}
        onChange={(v) => setOwner(v as string | undefined)}
      />
      <Input
        type="date"
        prefix={t('edit.field.due')}
        value={due}
        onChange={setDue}
        data-testid="edit-add-due"
      />
      <InstantSelect
        multiple
        prefix={t('edit.addStage.after')}
        value={afterIds}
        optionList={stages.map((s) => ({ value: s.id, label: s.title }))}
        onChange={(v) => setAfter(v as string[])}
      />
      <Button
        loading={runner.phase('addStage', `${parent.id}/addStage`) === 'busy'}
        onClick={() => void add()}
        data-testid="edit-add"
      >
        {t('edit.addStage')}
      </Button>
    </div>
  );
}
