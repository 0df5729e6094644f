import { RadioGroup, Radio } from '@douyinfe/semi-ui';
import { useState } from 'react';
import { AssignWizard } from '../assign/AssignWizard';
import { NewTaskForm } from '../newTask/NewTaskForm';
import { useI18n } from '../shared/i18nContext';

interface Props {
  onSent: (taskId?: string) => void;
}

/** 派单: the full wizard, or the quick form for a one-owner task without stages. */
export function AssignTab({ onSent }: Props) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'wizard' | 'quick'>('wizard');
  return (
    <div className="baton-stack">
      <RadioGroup
        type="button"
        value={mode}
        onChange={(e) => setMode(e.target.value as 'wizard' | 'quick')}
        data-testid="assign-mode"
      >
        <Radio value="wizard">{t('assign.mode.wizard')}</Radio>
        <Radio value="quick">{t('assign.mode.quick')}</Radio>
      </RadioGroup>
      {mode === 'wizard' ? <AssignWizard onSent={onSent} /> : <NewTaskForm onCreated={() => onSent()} />}
    </div>
  );
}
