import { Button } from '@douyinfe/semi-ui';
import { useEffect } from 'react';
import { useI18n } from '../shared/i18nContext';
import { RecordSection } from './RecordSection';

interface Props {
  memberId: string;
  onBack: () => void;
  onOpenTask: (taskId: string) => void;
}

/** [SCU2] A person's record opened from their name anywhere; back returns to where the name was. */
export function RecordPage({ memberId, onBack, onOpenTask }: Props) {
  const { t } = useI18n();
  // The screen it covers stays where it was scrolled to; the record starts at its top.
  useEffect(() => {
    window.scrollTo?.(0, 0);
  }, [memberId]);
  return (
    <div className="baton-stack" data-testid="record-page">
      <div>
        <Button theme="borderless" onClick={onBack} data-testid="record-back">
          ← {t('record.back')}
        </Button>
      </div>
      <RecordSection memberId={memberId} onOpenTask={onOpenTask} />
    </div>
  );
}
