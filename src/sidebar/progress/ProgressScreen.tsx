import { Card, Checkbox, Empty, Tag, Typography } from '@douyinfe/semi-ui';
import { memo, useMemo, useState } from 'react';
import { InstantSelect } from '../kernel/InstantSelect';
import { useNow, useSession } from '../kernel/session';
import { startOfDay } from '../shared/dayInput';
import { useI18n } from '../shared/i18nContext';
import type { Translate } from '../../i18n/translate';
import { rememberLast } from '../shared/rememberLast';
import { RowList } from '../shared/RowList';
import { WithNames } from '../kernel/PersonName';
import { filterProgress, progressLines, type ProgressLine, type RiskBadge } from './progressModel';
import type { ReadySession } from '../kernel/session';

/** Kept across visits: the screen is unmounted when another tab shows, its lines need not be worked out again. */
const linesOf = rememberLast((data: ReadySession['data'], userId: string, todayStart: number, t: Translate) =>
  progressLines({ ...data, userId, todayStart }, t),
);

interface Props {
  onOpenTask: (taskId: string) => void;
}

/** 进度总览 for the boss and heads: where every special task's baton is, and what will slip, without asking. */
export function ProgressScreen({ onOpenTask }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const now = useNow();
  const { data } = session;
  const [departmentId, setDepartmentId] = useState<string>();
  const [mine, setMine] = useState(false);
  const todayStart = startOfDay(now());
  const userId = session.context.userId;
  const lines = useMemo(() => linesOf(data, userId, todayStart, t), [data, userId, todayStart, t]);
  const view = useMemo(() => filterProgress(lines, { departmentId, mine }), [lines, departmentId, mine]);

  return (
    <div className="baton-stack" data-testid="progress-screen">
      <Typography.Text type="tertiary">{t('progress.intro')}</Typography.Text>
      <div className="baton-row-title">
        <InstantSelect
          showClear
          style={{ flex: 1 }}
          placeholder={t('progress.filter.department')}
          optionList={view.departments}
          value={departmentId}
          onChange={(value) => setDepartmentId(value ? String(value) : undefined)}
          data-testid="progress-filter-department"
        />
        <Checkbox
          checked={mine}
          onChange={(e) => setMine(Boolean(e.target.checked))}
          data-testid="progress-filter-mine"
        >
          {t('progress.filter.mine')}
        </Checkbox>
      </div>
      <Card title={t('progress.title')} bodyStyle={{ padding: 12 }}>
        {view.lines.length === 0 ? (
          <Empty description={t(view.total === 0 ? 'progress.empty' : 'progress.emptyFiltered')} />
        ) : (
          <RowList
            items={view.lines}
            keyOf={(line) => line.id}
            estimate={100}
            render={(line) => <Line line={line} onOpenTask={onOpenTask} />}
          />
        )}
      </Card>
    </div>
  );
}

const RISK_COLOR: Record<RiskBadge['risk'], 'red' | 'orange' | 'amber'> = {
  overdue: 'red',
  willSlip: 'orange',
  notStarted: 'amber',
};

const Line = memo(function Line({
  line,
  onOpenTask,
}: {
  line: ProgressLine;
  onOpenTask: (taskId: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div
      className="baton-row baton-clickable"
      onClick={() => onOpenTask(line.id)}
      data-testid="progress-line"
      data-title={line.title}
    >
      <div className="baton-row-title">
        <Typography.Text strong>{line.title}</Typography.Text>
        {line.needsMe && (
          <Tag size="small" color="cyan">
            {t('progress.needsMe')}
          </Tag>
        )}
      </div>
      <Typography.Paragraph size="small" data-testid="progress-chain">
        {line.chainText}
      </Typography.Paragraph>
      <Typography.Text type="tertiary" size="small" data-testid="progress-current">
        {line.done} · {line.currentWithNames ? <WithNames {...line.currentWithNames} /> : line.current}
      </Typography.Text>
      <Typography.Text
        type={line.slipDays > 0 ? 'danger' : 'tertiary'}
        size="small"
        data-testid="progress-end"
      >
        {line.projection} · {line.slip}
      </Typography.Text>
      {line.risks.length > 0 && (
        <div>
          {line.risks.map((badge) => (
            <Tag
              key={badge.risk}
              size="small"
              color={RISK_COLOR[badge.risk]}
              style={{ marginRight: 4 }}
              data-testid="progress-risk"
              data-risk={badge.risk}
            >
              {badge.text}
            </Tag>
          ))}
        </div>
      )}
      {line.flags.map((flag) => (
        <Typography.Text key={flag} type="warning" size="small" data-testid="progress-flag">
          {flag}
        </Typography.Text>
      ))}
    </div>
  );
});
