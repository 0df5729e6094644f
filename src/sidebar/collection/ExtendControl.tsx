import { Button, Input } from '@douyinfe/semi-ui';
import { useState } from 'react';
import type { Drive } from '../../core/collection/drive';
import { DAY } from '../../core/time';
import type { CollectionData } from '../../services/collection/collectionData';
import { commands } from '../kernel/commands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { useNow } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { formatDay, parseDay } from '../shared/dayInput';
import { useI18n } from '../shared/i18nContext';

/** The new deadline a day input means: the end of that day, as the editor's deadline ([CD2]). */
export function extendedDeadline(day: string): number | undefined {
  const start = parseDay(day);
  return start === undefined ? undefined : start + DAY - 60_000;
}

interface Props {
  drive: Drive;
  data: CollectionData;
  onChanged: () => void;
}

/** [CD17] The organizer moves the deadline of an open drive; everyone still missing is told, keyed. */
export function ExtendControl({ drive, data, onChanged }: Props) {
  const { t } = useI18n();
  const now = useNow();
  const runner = useCommands(commands);
  const [day, setDay] = useState(() => formatDay(Math.max(drive.deadline ?? 0, now()) + 3 * DAY));
  const deadline = extendedDeadline(day);
  const extend = async () => {
    if (deadline === undefined) return;
    const outcome = await runner.run('manageDrive', { action: 'extend', driveId: drive.id, deadline, data });
    if (outcome?.phase === 'done') onChanged();
  };
  return (
    <div className="baton-stack">
      <div className="baton-row-title">
        <Input
          size="small"
          type="date"
          value={day}
          onChange={setDay}
          aria-label={t('collection.page.extendTo')}
          data-testid="collection-extend-day"
        />
        <Button
          size="small"
          disabled={deadline === undefined}
          loading={runner.phase('manageDrive', `extend:${drive.id}`) === 'busy'}
          onClick={() => void extend()}
          data-testid="collection-extend"
        >
          {t('collection.page.extend')}
        </Button>
      </div>
      <FeedbackBanner
        feedback={runner.feedback('manageDrive', `extend:${drive.id}`)}
        testId="collection-extend-outcome"
      />
    </div>
  );
}
