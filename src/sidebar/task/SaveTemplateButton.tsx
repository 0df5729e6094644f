import { Button, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import type { Task } from '../../core/model';
import { refusalMessageKey } from '../../core/permissions';
import { saveAsTemplate } from '../../services/templates';
import type { ReadySession } from '../app/appModel';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';

/** [P3] The boss keeps a special task's stage chain as a template for the next one (saved in 任务模板). */
export function SaveTemplateButton({ session, task }: { session: ReadySession; task: Task }) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<
    { kind: 'idle' | 'busy' | 'saved' } | { kind: 'failed'; message: string }
  >({
    kind: 'idle',
  });
  const isBoss = session.viewer.kind === 'member' && session.viewer.role === 'boss';
  const hasStages = session.data.tasks.some((x) => x.parentId === task.id);
  if (!isBoss || !session.canEdit || task.kind === 'stage' || !hasStages) return null;

  async function save() {
    setState({ kind: 'busy' });
    try {
      const result = await saveAsTemplate(session.store, session.data, task, session.context.userId);
      setState(
        result.ok
          ? { kind: 'saved' }
          : { kind: 'failed', message: t(refusalMessageKey('saveTemplate', result.code)) },
      );
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error, t, locale) });
    }
  }

  return (
    <div className="baton-row-title">
      <Button
        size="small"
        loading={state.kind === 'busy'}
        disabled={state.kind === 'saved'}
        onClick={() => void save()}
        data-testid="task-save-template"
      >
        {t('taskPage.saveTemplate')}
      </Button>
      {state.kind === 'saved' && (
        <Typography.Text type="success" size="small" data-testid="task-template-saved">
          {t('taskPage.templateSaved', { title: task.title })}
        </Typography.Text>
      )}
      {state.kind === 'failed' && (
        <Typography.Text type="danger" size="small">
          {state.message}
        </Typography.Text>
      )}
    </div>
  );
}
