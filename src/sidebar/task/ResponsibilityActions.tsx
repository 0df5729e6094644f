import { Banner, Button, Select, Space, TextArea } from '@douyinfe/semi-ui';
import { useState } from 'react';
import { useI18n } from '../shared/i18nContext';
import type { ActionInput, ActionKind, ActionTarget, PersonOption } from './taskPageModel';
import type { Feedback } from './useResponsibility';

interface Props {
  target: ActionTarget;
  options: PersonOption[];
  act: (target: ActionTarget, kind: ActionKind, input: ActionInput) => Promise<Feedback>;
}

/** The acknowledge / decline / reassign buttons of one task or stage; decline and reassign ask for a reason. */
export function ResponsibilityActions({ target, options, act }: Props) {
  const { t } = useI18n();
  const [form, setForm] = useState<'decline' | 'reassign' | undefined>();
  const [reason, setReason] = useState('');
  const [toMemberId, setToMemberId] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>();
  const { actions } = target;

  async function run(kind: ActionKind) {
    if (busy) return;
    setBusy(true);
    try {
      const result = await act(target, kind, { reason, toMemberId });
      setFeedback(result);
      if (result.type === 'success') {
        setForm(undefined);
        setReason('');
        setToMemberId(undefined);
      }
    } finally {
      setBusy(false);
    }
  }

  // Each form opens empty. The picker is left uncontrolled: it is mounted anew each time the form opens.
  const open = (next: 'decline' | 'reassign') => {
    setForm(form === next ? undefined : next);
    setReason('');
    setToMemberId(undefined);
    setFeedback(undefined);
  };

  return (
    <div className="baton-stack" data-testid="task-actions">
      {feedback && (
        <Banner
          type={feedback.type}
          description={feedback.text}
          closeIcon={null}
          data-testid="task-feedback"
        />
      )}
      {(actions.acknowledge || actions.decline || actions.reassign) && (
        <Space wrap>
          {actions.acknowledge && (
            <Button
              theme="solid"
              type="primary"
              loading={busy && !form}
              onClick={() => void run('acknowledge')}
              data-testid="task-ack"
            >
              {t('taskPage.acknowledge')}
            </Button>
          )}
          {actions.decline && (
            <Button type="danger" onClick={() => open('decline')} data-testid="task-decline">
              {t('taskPage.decline')}
            </Button>
          )}
          {actions.reassign && (
            <Button onClick={() => open('reassign')} data-testid="task-reassign">
              {t('taskPage.reassign')}
            </Button>
          )}
        </Space>
      )}
      {form === 'reassign' && (
        <Select
          // A choice applies at once, not when the closing animation ends (a quick confirm must see it).
          motion={false}
          style={{ width: '100%' }}
          filter
          placeholder={t('taskPage.reassignTo')}
          optionList={options}
          onChange={(value) => setToMemberId(value as string | undefined)}
          data-testid="task-reassign-to"
        />
      )}
      {form && (
        <>
          <TextArea
            autosize
            rows={2}
            value={reason}
            placeholder={t(form === 'decline' ? 'taskPage.declineReason' : 'taskPage.reassignReason')}
            onChange={setReason}
            data-testid={form === 'decline' ? 'task-decline-reason' : 'task-reassign-reason'}
          />
          <Space>
            <Button
              theme="solid"
              type={form === 'decline' ? 'danger' : 'primary'}
              loading={busy}
              onClick={() => void run(form)}
              data-testid="task-confirm"
            >
              {t(form === 'decline' ? 'taskPage.confirmDecline' : 'taskPage.confirmReassign')}
            </Button>
            <Button onClick={() => open(form)}>{t('taskPage.cancel')}</Button>
          </Space>
        </>
      )}
    </div>
  );
}
