import { Button, Card, Empty, Typography } from '@douyinfe/semi-ui';
import { useI18n } from '../shared/i18nContext';
import type { DrillView } from './drillModel';
import { PersonName } from '../kernel/PersonName';

interface Props {
  view: DrillView;
  onBack: () => void;
  onOpenTask: (taskId: string) => void;
}

/** The tasks or people behind one figure; a task opens its page. */
export function DrillList({ view, onBack, onOpenTask }: Props) {
  const { t } = useI18n();
  return (
    <div className="baton-stack" data-testid="dashboard-drill">
      <Button onClick={onBack} data-testid="dashboard-drill-back">
        {t('dashboard.drill.back')}
      </Button>
      <Card title={view.title} bodyStyle={{ padding: 12 }}>
        {view.rows.length === 0 ? (
          <Empty description={t('dashboard.drill.empty')} />
        ) : (
          view.rows.map((row) => (
            <div key={row.id} className="baton-row" data-testid="dashboard-drill-row">
              {row.kind === 'task' ? (
                <Typography.Text link onClick={() => onOpenTask(row.id)}>
                  {row.title}
                </Typography.Text>
              ) : row.kind === 'member' ? (
                <Typography.Text>
                  <PersonName memberId={row.id} />
                </Typography.Text>
              ) : (
                <Typography.Text>{row.title}</Typography.Text>
              )}
              <Typography.Text type="tertiary" size="small">
                {row.detail}
              </Typography.Text>
            </div>
          ))
        )}
      </Card>
    </div>
  );
}
