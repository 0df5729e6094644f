import { Button, Card, InputNumber, TextArea } from '@douyinfe/semi-ui';
import { useState } from 'react';
import { commands } from '../kernel/commands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { Field } from '../kernel/Field';
import { InstantSelect } from '../kernel/InstantSelect';
import { useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useI18n } from '../shared/i18nContext';

interface Props {
  closable: string[];
  onExport: () => void;
}

/** The boss's scoring tools: close a period, award or deduct with a reason, export payroll. */
export function BossPanel({ closable, onExport }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const runner = useCommands(commands);
  const [memberId, setMemberId] = useState<string>();
  const [points, setPoints] = useState<number>();
  const [reason, setReason] = useState('');
  const members = session.data.members.filter((m) => m.active);
  const award = () => void runner.run('award', { memberId: memberId ?? '', points: points ?? 0, reason });
  return (
    <Card title={t('scoring.award.title')} bodyStyle={{ padding: 12 }} data-testid="scoring-boss">
      <div className="baton-stack">
        <FeedbackBanner feedback={runner.lastFeedback()} testId="scoring-outcome" />
        <div className="baton-row-title">
          {closable.map((period) => (
            <Button
              key={period}
              loading={runner.phase('closePeriod', period) === 'busy'}
              onClick={() => void runner.run('closePeriod', { period })}
              data-testid="scoring-close"
            >
              {t('scoring.close.button', { period })}
            </Button>
          ))}
          <Button onClick={onExport} data-testid="scoring-export-open">
            {t('scoring.export.open')}
          </Button>
        </div>
        <Field as="div" label={t('scoring.award.member')} testId="award-member">
          <InstantSelect
            value={memberId}
            onChange={(v) => setMemberId(v as string)}
            optionList={members.map((m) => ({ value: m.id, label: m.name }))}
            filter
            data-testid="award-member"
          />
        </Field>
        <Field label={t('scoring.award.points')} testId="award-points">
          <InputNumber value={points} onNumberChange={(v) => setPoints(v)} data-testid="award-points" />
        </Field>
        <Field label={t('scoring.award.reason')} testId="award-reason">
          <TextArea value={reason} onChange={setReason} autosize data-testid="award-reason" />
        </Field>
        <Button
          theme="solid"
          type="primary"
          loading={runner.phase('award', 'award') === 'busy'}
          onClick={award}
          data-testid="award-submit"
        >
          {t('scoring.award.submit')}
        </Button>
      </div>
    </Card>
  );
}
