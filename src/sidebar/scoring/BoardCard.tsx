import { Card, Empty, Typography } from '@douyinfe/semi-ui';
import { useI18n } from '../shared/i18nContext';
import type { BoardRow } from './boardModel';

interface Props {
  period: string;
  company: BoardRow[];
  department?: { name: string; rows: BoardRow[] };
  onOpen: (memberId: string) => void;
}

function Rows({ rows, onOpen, testId }: { rows: BoardRow[]; onOpen: (id: string) => void; testId: string }) {
  const { t } = useI18n();
  if (rows.length === 0) return <Empty description={t('scoring.board.empty')} />;
  return (
    <>
      {rows.map((r) => (
        <div className="baton-row-title" key={r.memberId} data-testid={testId}>
          <span>{r.rank}</span>
          <Typography.Text link onClick={() => onOpen(r.memberId)}>
            {r.name}
          </Typography.Text>
          <Typography.Text type="tertiary" size="small">
            {r.department}
          </Typography.Text>
          <span>{r.points}</span>
        </div>
      ))}
    </>
  );
}

/** The current period's leaderboard: the company, and the viewer's department when they have one. */
export function BoardCard({ period, company, department, onOpen }: Props) {
  const { t } = useI18n();
  return (
    <Card
      title={t('scoring.board.title', { period })}
      bodyStyle={{ padding: 12 }}
      data-testid="scoring-board"
    >
      <div className="baton-stack">
        <Typography.Text strong size="small">
          {t('scoring.board.company')}
        </Typography.Text>
        <Rows rows={company} onOpen={onOpen} testId="scoring-board-row" />
        {department && (
          <>
            <Typography.Text strong size="small">
              {`${t('scoring.board.department')} · ${department.name}`}
            </Typography.Text>
            <Rows rows={department.rows} onOpen={onOpen} testId="scoring-board-dept-row" />
          </>
        )}
      </div>
    </Card>
  );
}
