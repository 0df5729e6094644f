import { Card, Empty, Tag, Typography } from '@douyinfe/semi-ui';
import { formatTime } from '../kernel/labels';
import { useI18n } from '../shared/i18nContext';
import type { RecordView } from './recordModel';

interface Props {
  name: string;
  view: RecordView;
  onOpenTask: (taskId: string) => void;
}

const percent = (rate: number | undefined) => (rate === undefined ? '—' : `${Math.round(rate * 100)}%`);

/** 档案: a member's points by period and source, what they did, and every entry with why. */
export function RecordCard({ name, view, onOpenTask }: Props) {
  const { t } = useI18n();
  const { stats } = view;
  return (
    <Card
      title={t('scoring.record.title', { name })}
      bodyStyle={{ padding: 12 }}
      data-testid="scoring-record"
    >
      <div className="baton-stack">
        <Typography.Text strong data-testid="scoring-total">
          {t('scoring.record.total', { points: view.total })}
        </Typography.Text>
        <Typography.Text type="tertiary" size="small">
          {t('scoring.record.stats', { ...stats, onTime: percent(stats.onTimeRate) })}
        </Typography.Text>
        <Typography.Text strong size="small">
          {t('scoring.record.byPeriod')}
        </Typography.Text>
        {view.byPeriod.map((p) => (
          <div className="baton-row-title" key={p.period} data-testid="scoring-period">
            <span>{p.period}</span>
            <Tag size="small" color={p.closed ? 'grey' : 'green'}>
              {p.closed ? t('scoring.closed') : t('scoring.open')}
            </Tag>
            <span>{p.points}</span>
          </div>
        ))}
        <Typography.Text strong size="small">
          {t('scoring.record.bySource')}
        </Typography.Text>
        {view.bySource.map((s) => (
          <div className="baton-row-title" key={s.source}>
            <span>{t(`scoring.source.${s.source}`)}</span>
            <span>{s.points}</span>
          </div>
        ))}
        <Typography.Text strong size="small">
          {t('scoring.record.entries')}
        </Typography.Text>
        {view.entries.length === 0 && <Empty description={t('scoring.record.empty')} />}
        {view.entries.map((e) => (
          <div className="baton-row" key={e.key} data-testid="scoring-entry">
            <div className="baton-row-title">
              {e.taskId ? (
                <Typography.Text link onClick={() => onOpenTask(e.taskId!)}>
                  {e.summary}
                </Typography.Text>
              ) : (
                <Typography.Text>{e.summary}</Typography.Text>
              )}
              <Tag size="small" color={e.points >= 0 ? 'amber' : 'red'}>
                {e.points > 0 ? `+${e.points}` : e.points}
              </Tag>
            </div>
            <Typography.Text type="tertiary" size="small">
              {[
                e.rule ? t(`scoring.rule.${e.rule}`) : '',
                e.period,
                formatTime(e.at),
                e.corrects ? t('scoring.record.corrects', { period: e.corrects }) : '',
                e.reason ?? '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </div>
        ))}
      </div>
    </Card>
  );
}
