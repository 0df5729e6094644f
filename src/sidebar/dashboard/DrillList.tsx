import { Button, Card, Empty, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import { useI18n } from '../shared/i18nContext';
import { DRILL_PAGE, shownRows, type DrillRow, type DrillView } from './drillModel';
import { PersonName } from '../kernel/PersonName';

interface Props {
  view: DrillView;
  onBack: () => void;
  onOpenTask: (taskId: string) => void;
}

/** The tasks or people behind one figure, a page at a time; a task opens its page. */
export function DrillList({ view, onBack, onOpenTask }: Props) {
  const { t } = useI18n();
  const [shown, setShown] = useState(DRILL_PAGE);
  const { rows, more } = shownRows(view, shown);
  return (
    <div className="baton-stack" data-testid="dashboard-drill">
      <Button onClick={onBack} data-testid="dashboard-drill-back">
        {t('dashboard.drill.back')}
      </Button>
      <Card title={view.title} bodyStyle={{ padding: 12 }}>
        {view.rows.length === 0 ? (
          <Empty description={t('dashboard.drill.empty')} />
        ) : (
          rows.map((row) => <Row key={row.id} row={row} onOpenTask={onOpenTask} />)
        )}
        {more > 0 && (
          <Button
            theme="borderless"
            onClick={() => setShown((n) => n + DRILL_PAGE)}
            data-testid="dashboard-drill-more"
          >
            {t('dashboard.drill.more', { count: Math.min(more, DRILL_PAGE), left: more })}
          </Button>
        )}
      </Card>
    </div>
  );
}

function Row({ row, onOpenTask }: { row: DrillRow; onOpenTask: (taskId: string) => void }) {
  return (
    <div className="baton-row" data-testid="dashboard-drill-row">
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
  );
}
