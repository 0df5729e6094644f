import { Card, InputNumber, Typography } from '@douyinfe/semi-ui';
import dayjs from 'dayjs';
import { useState } from 'react';
import { InstantSelect } from '../kernel/InstantSelect';
import { scheduleOf, slipText } from '../kernel/scheduleModel';
import { useNow, useSession } from '../kernel/session';
import { useI18n } from '../shared/i18nContext';

/** On a special task's page: when it will end, by how much it slips, its critical path, and "what if". */
export function ScheduleCard({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const session = useSession();
  const now = useNow();
  const tasks = session.data.tasks;
  const stages = tasks.filter(
    (x) => x.parentId === taskId && x.status !== 'done' && x.status !== 'cancelled',
  );
  const [stageId, setStageId] = useState<string>();
  const [days, setDays] = useState(3);
  const today = dayjs(now()).startOf('day').valueOf();
  const view = scheduleOf(tasks, taskId, today);
  if (!view) return null;
  const whatIf = stageId ? scheduleOf(tasks, taskId, today, { stageId, days }) : undefined;
  return (
    <Card title={t('schedule.title')} bodyStyle={{ padding: 12 }} data-testid="schedule-card">
      <Typography.Paragraph data-testid="schedule-end">
        {t('schedule.end', { date: view.end })} · {slipText(view, t)}
      </Typography.Paragraph>
      <Typography.Paragraph size="small" data-testid="schedule-critical">
        {t('schedule.critical', { path: view.critical.join(' → ') })}
      </Typography.Paragraph>
      <div className="baton-row-title">
        <InstantSelect
          size="small"
          style={{ flex: 1 }}
          placeholder={t('schedule.whatIf.stage')}
          value={stageId}
          optionList={stages.map((s) => ({ value: s.id, label: s.title }))}
          onChange={(v) => setStageId(v as string)}
          data-testid="schedule-whatif-stage"
        />
        <InputNumber
          size="small"
          min={1}
          max={90}
          value={days}
          onChange={(v) => setDays(Number(v) || 1)}
          suffix={t('schedule.days')}
          style={{ width: 110 }}
        />
      </div>
      {whatIf && (
        <Typography.Text
          type={whatIf.slipDays > view.slipDays ? 'warning' : 'tertiary'}
          size="small"
          data-testid="schedule-whatif"
        >
          {t('schedule.whatIf.result', { days, date: whatIf.end })} · {slipText(whatIf, t)}
        </Typography.Text>
      )}
    </Card>
  );
}
