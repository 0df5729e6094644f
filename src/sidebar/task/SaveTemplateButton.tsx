import { Button, Typography } from '@douyinfe/semi-ui';
import type { Task } from '../../core/model';
import { commands } from '../kernel/commands';
import { useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useI18n } from '../shared/i18nContext';

/** [P3] The boss keeps a special task's stage chain as a template for the next one (saved in 任务模板). */
export function SaveTemplateButton({ task }: { task: Task }) {
  const { t } = useI18n();
  const session = useSession();
  const runner = useCommands(commands);
  const phase = runner.phase('saveTemplate', task.id);
  const isBoss = session.viewer.kind === 'member' && session.viewer.role === 'boss';
  const hasStages = session.data.tasks.some((x) => x.parentId === task.id);
  if (!isBoss || !session.canEdit || task.kind === 'stage' || !hasStages) return null;

  return (
    <div className="baton-row-title">
      <Button
        size="small"
        loading={phase === 'busy'}
        disabled={phase === 'done'}
        onClick={() => void runner.run('saveTemplate', { task })}
        data-testid="task-save-template"
      >
        {t('taskPage.saveTemplate')}
      </Button>
      {phase === 'done' && (
        <Typography.Text type="success" size="small" data-testid="task-template-saved">
          {runner.feedback('saveTemplate', task.id)?.text}
        </Typography.Text>
      )}
      {(phase === 'failed' || phase === 'refused') && (
        <Typography.Text type="danger" size="small">
          {runner.feedback('saveTemplate', task.id)?.text}
        </Typography.Text>
      )}
    </div>
  );
}
