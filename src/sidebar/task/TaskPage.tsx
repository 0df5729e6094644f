import { Button, Card, Descriptions, Empty, Tag, Typography } from '@douyinfe/semi-ui';
import { useState, type ComponentProps } from 'react';
import { commands } from '../kernel/commands';
import type { RespondInput } from '../kernel/commands/taskCommands';
import { useNow, useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useI18n } from '../shared/i18nContext';
import { NAME_SLOT } from '../shared/nameSlot';
import { PersonNames, WithNames } from '../kernel/PersonName';
import { CommentBox } from './CommentBox';
import { EditTaskCard } from './EditTaskCard';
import { ResponsibilityActions } from './ResponsibilityActions';
import { SaveTemplateButton } from './SaveTemplateButton';
import { ScheduleCard } from './ScheduleCard';
import { StageActions } from './StageActions';
import { StageWork } from './StageWork';
import { TaskDeliverables } from './TaskDeliverables';
import { reassignOptions, taskView, type ActionTarget, type StageRow, type TaskView } from './taskPageModel';
import { historyRows, noticeRows } from './taskTrailModel';
import { TaskTrail } from './TaskTrail';
import { useTaskTrail } from './useTaskTrail';

interface Props {
  taskId: string;
  onBack: () => void;
}

/**
 * One task or stage: what it is, who holds it, its stages, its history and notices, and what the viewer may
 * do. A stage's page offers its work as its parent's page does; its parent opens from it, and back returns.
 */
export function TaskPage({ taskId: first, onBack }: Props) {
  const { t, locale } = useI18n();
  const [opened, setOpened] = useState<string[]>([]);
  const taskId = opened.at(-1) ?? first;
  const back = () => (opened.length > 0 ? setOpened(opened.slice(0, -1)) : onBack());
  const openParent = (id: string) => setOpened([...opened, id]);
  const session = useSession();
  const now = useNow();
  const { data } = session;
  const trail = useTaskTrail(session.store, [
    taskId,
    ...data.tasks.filter((x) => x.parentId === taskId).map((x) => x.id),
  ]);
  const runner = useCommands(commands);
  const tasks = runner.tasks;
  // The stage whose work is saving: its acknowledge / decline / reassign wait, and the other way round.
  const [stageSaving, setStageSaving] = useState<string>();
  const savingOf = (id: string) => (saving: boolean) =>
    setStageSaving((current) => (saving ? id : current === id ? undefined : current));
  const responding = (id: string) => runner.phase('respond', id) === 'busy';
  async function act(input: RespondInput) {
    const outcome = await runner.run('respond', input);
    if (outcome?.phase === 'done') void trail.reload();
    return outcome;
  }
  const actions = (target: ActionTarget, menu?: ComponentProps<typeof ResponsibilityActions>['menu']) => (
    <ResponsibilityActions
      menu={menu}
      target={target}
      options={options(target.id)}
      act={act}
      busy={responding(target.id)}
      waiting={stageSaving === target.id}
      feedback={runner.feedback('respond', target.id)}
      onDismiss={() => runner.dismiss('respond', target.id)}
    />
  );
  const viewer = { ...data, userId: session.context.userId, canEdit: session.canEdit, now: now() };
  const view = taskView(tasks, taskId, viewer, t);
  const taskById = (id: string) => tasks.find((x) => x.id === id);
  const options = (id: string) => reassignOptions(data, taskById(id));
  const read = trail.state.phase === 'ready' ? trail.state.trail : undefined;
  const history = read ? historyRows(read, data, tasks, taskId, t, locale) : [];
  const notices = read ? noticeRows(read, data, tasks, taskId, t, locale) : [];

  return (
    <div className="baton-stack" data-testid="task-page">
      <div>
        <Button theme="borderless" onClick={back} data-testid="task-back">
          ← {t('taskPage.back')}
        </Button>
      </div>
      {!view ? (
        <Empty description={t('taskPage.notFound')} />
      ) : (
        <>
          <TaskSummary view={view} onOpenParent={openParent} />
          <div data-testid="task-main">
            {actions(view)}
            {view.isStage && taskById(view.id) && (
              <StageWork
                stage={taskById(view.id)!}
                onChanged={() => void trail.reload()}
                waiting={responding(view.id)}
                onSaving={savingOf(view.id)}
              />
            )}
          </div>
          {taskById(view.id) && <SaveTemplateButton task={taskById(view.id)!} />}
          {taskById(view.id) && (
            <EditTaskCard task={taskById(view.id)!} tasks={tasks} onChanged={() => void trail.reload()} />
          )}
          {!view.isStage && <TaskDeliverables taskId={view.id} />}
          {!view.isStage && <ScheduleCard taskId={view.id} />}
          {!view.isStage && (
            <Card title={t('taskPage.stages')} bodyStyle={{ padding: 12 }} data-testid="task-stages">
              {view.stages.length === 0 ? (
                <Empty description={t('taskPage.stages.empty')} />
              ) : (
                view.stages.map((stage, i) => (
                  <StageItem key={stage.id} stage={stage} last={i === view.stages.length - 1}>
                    <StageActions
                      target={stage}
                      stage={taskById(stage.id)}
                      tasks={tasks}
                      renderActions={(menu) => actions(stage, menu)}
                      renderWork={(menu) =>
                        taskById(stage.id) && (
                          <StageWork
                            stage={taskById(stage.id)!}
                            onChanged={() => void trail.reload()}
                            waiting={responding(stage.id)}
                            onSaving={savingOf(stage.id)}
                            menu={menu}
                          />
                        )
                      }
                      onMoved={() => void trail.reload()}
                    />
                  </StageItem>
                ))
              )}
            </Card>
          )}
          {taskById(view.id) && (
            <CommentBox task={taskById(view.id)!} onChanged={() => void trail.reload()} />
          )}
          <TaskTrail state={trail.state} history={history} notices={notices} />
        </>
      )}
    </div>
  );
}

function TaskSummary({ view, onOpenParent }: { view: TaskView; onOpenParent: (id: string) => void }) {
  const { t } = useI18n();
  const data = [
    { key: t('taskPage.department'), value: view.department },
    {
      key: t('taskPage.responsible'),
      value: (
        <span data-testid="task-responsible">
          <PersonNames userIds={view.seenResponsibleUserIds} />
        </span>
      ),
    },
    { key: t('taskPage.due'), value: view.due },
    ...(view.points !== undefined ? [{ key: t('taskPage.points'), value: String(view.points) }] : []),
    ...(view.cooperating.length
      ? [{ key: t('taskPage.cooperating'), value: view.cooperating.join('、') }]
      : []),
    ...(view.timeToAssign
      ? [
          {
            key: t('taskPage.timeToAssign'),
            value: (
              <span data-testid="time-to-assign" title={t('taskPage.timeToAssign.hint')}>
                {view.timeToAssign}
              </span>
            ),
          },
        ]
      : []),
  ];
  return (
    <div className="baton-stack">
      <div className="baton-row-title">
        <Typography.Title heading={5} data-testid="task-title">
          {view.title}
        </Typography.Title>
        <Tag color={view.statusKind === 'declined' ? 'red' : 'blue'} data-testid="task-status">
          {view.status}
        </Tag>
      </div>
      {view.parentId && view.parentTitle && (
        <div>
          <Button
            theme="borderless"
            size="small"
            onClick={() => onOpenParent(view.parentId!)}
            data-testid="task-parent"
          >
            {t('taskPage.parent', { title: view.parentTitle })}
          </Button>
        </div>
      )}
      {view.description && <Typography.Paragraph>{view.description}</Typography.Paragraph>}
      <Descriptions size="small" data={data} />
      {view.deliverables.length > 0 && (
        <div data-testid="task-deliverables">
          <Typography.Text strong size="small">
            {t('taskPage.deliverables')}
          </Typography.Text>
          {view.deliverables.map((line) => (
            <Typography.Paragraph key={line} size="small">
              {line}
            </Typography.Paragraph>
          ))}
        </div>
      )}
    </div>
  );
}

function StageItem({ stage, last, children }: { stage: StageRow; last: boolean; children: React.ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="baton-row" data-testid="task-stage" data-stage-title={stage.title}>
      <div className="baton-row-title">
        <Typography.Text strong>{stage.title}</Typography.Text>
        <Tag size="small">{stage.status}</Tag>
      </div>
      <Typography.Text type="tertiary" size="small">
        <WithNames
          text={t('taskPage.stage.owner', { owner: NAME_SLOT, department: stage.department, due: stage.due })}
          userIds={stage.seenResponsibleUserIds}
        />
      </Typography.Text>
      {children}
      {!last && <Typography.Text type="tertiary">↓</Typography.Text>}
    </div>
  );
}
