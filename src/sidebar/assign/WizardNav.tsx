/** Back, Next, and on the last step Send; nothing moves while a send is in flight or unfinished. */
import { Button, Space } from '@douyinfe/semi-ui';
import { useI18n } from '../shared/i18nContext';
import { isLocked, STEPS, type WizardState } from './wizardModel';

interface Props {
  state: WizardState;
  onBack: () => void;
  onNext: () => void;
  onSend: () => void;
}

export function WizardNav({ state, onBack, onNext, onSend }: Props) {
  const { t } = useI18n();
  const locked = isLocked(state);
  const sending = state.send.kind === 'sending';
  const last = state.step === STEPS.at(-1);
  return (
    <Space>
      <Button disabled={state.step === STEPS[0] || locked} onClick={onBack} data-testid="wizard-back">
        {t('wizard.back')}
      </Button>
      {last ? (
        <Button
          theme="solid"
          type="primary"
          loading={sending}
          disabled={locked}
          onClick={onSend}
          data-testid="wizard-send"
        >
          {sending
            ? t('wizard.send.sending')
            : state.draft.mode === 'pool'
              ? t('wizard.send.publish')
              : t('wizard.send')}
        </Button>
      ) : (
        <Button theme="solid" type="primary" onClick={onNext} data-testid="wizard-next">
          {t('wizard.next')}
        </Button>
      )}
    </Space>
  );
}
