import { Banner, Typography } from '@douyinfe/semi-ui';
import { useMemo } from 'react';
import { flagMessage } from '../kernel/labels';
import { graphProblems } from '../kernel/scheduleModel';
import { useSession } from '../kernel/session';
import { useI18n } from '../shared/i18nContext';

/** On the Check page: problems in the task graph, as found in the Base, each on the task it concerns. */
export function GraphProblems({ onOpenTask }: { onOpenTask: (id: string) => void }) {
  const { t } = useI18n();
  const session = useSession();
  // Every task's flags: worked out again only for a new task list, not on every render of the page.
  const tasks = session.data.tasks;
  const problems = useMemo(() => graphProblems(tasks), [tasks]);
  if (problems.length === 0)
    return <Banner type="success" description={t('graph.ok')} data-testid="graph-ok" />;
  return (
    <div className="baton-stack" data-testid="graph-problems">
      <Typography.Text strong>{t('graph.title', { count: problems.length })}</Typography.Text>
      {problems.map((p, i) => (
        <div
          key={`${p.taskId}-${p.code}-${i}`}
          className="baton-row baton-clickable"
          onClick={() => onOpenTask(p.taskId)}
          data-testid="graph-problem"
        >
          <Typography.Text>{p.title}</Typography.Text>
          <Typography.Text type="warning" size="small">
            {flagMessage({ taskId: p.taskId, code: p.code, params: p.params }, t)}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}
