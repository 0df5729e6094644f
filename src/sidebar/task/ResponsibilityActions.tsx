import { Button, Space, TextArea } from '@douyinfe/semi-ui';
import { useState } from 'react';
import type { Outcome } from '../kernel/command';
import type { ActionKind } from '../kernel/commandMessages';
import type { RespondInput } from '../kernel/commands/taskCommands';
import type { Feedback } from '../kernel/commandState';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { PersonSelect } from '../kernel/PersonSelect';
import { useI18n } from '../shared/i18nContext';
import type { ActionTarget, PersonOption } from './taskPageModel';

interface Props {
  target: ActionTarget;
  options: PersonOption[];
  act: (input: RespondInput) => Promise<Outcome<unknown, unknown> | undefined>;
  busy: boolean;
  /** Another action on the same item is saving: these wait for it. */
  waiting?: boolean;
  feedback?: Feedback;
  onDismiss: () => void;
  /**
   * [EV20] Decline and reassign are offered elsewhere (a stage's "more" menu), which opens their form through
   * `form` / `onForm`; this keeps only the acknowledgement, the feedback and the forms.
   */
  menu?: { form?: ActionForm; onForm: (form?: ActionForm) => void };
}

export type ActionForm = 'decline' | 'reassign';

/** The acknowledge / decline / reassign buttons of one task or stage; decline and reassign ask for a reason. */
export function ResponsibilityActions(props: Props) {
  const { target, options, act, busy, waiting, feedback, onDismiss, menu } = props;
  const { t } = useI18n();
  const [ownForm, setOwnForm] = useState<ActionForm | undefined>();
  const [form, setForm] = menu ? [menu.form, menu.onForm] : [ownForm, setOwnForm];
  const [reason, setReason] = useState('');
  const [toMemberId, setToMemberId] = useState<string | undefined>();
  const { actions } = target;

  async function run(kind: ActionKind) {
    const outcome = await act({ target, kind, reason, toMemberId });
    if (outcome?.phase === 'done') {
      setForm(undefined);
      setReason('');
      setToMemberId(undefined);
    }
  }

  // Each form opens empty. The picker is left uncontrolled: it is mounted anew each time the form opens.
  const open = (next: ActionForm) => {
    setForm(form === next ? undefined : next);
    setReason('');
    setToMemberId(undefined);
    onDismiss();
  };

  return (
    <div className="baton-stack" data-testid="task-actions">
      <FeedbackBanner feedback={feedback} testId="task-feedback" />
      {(actions.acknowledge || (!menu && (actions.decline || actions.reassign))) && (
        <Space wrap>
          {actions.acknowledge && (
            <Button
              theme="solid"
              type="primary"
              loading={busy && !form}
              disabled={waiting}
              onClick={() => void run('acknowledge')}
              data-testid="task-ack"
            >
              {t('taskPage.acknowledge')}
            </Button>
          )}
          {actions.decline && !menu && (
            <Button
              type="danger"
              disabled={waiting}
              onClick={() => open('decline')}
              data-testid="task-decline"
            >
              {t('taskPage.decline')}
            </Button>
          )}
          {actions.reassign && !menu && (
            <Button disabled={waiting} onClick={() => open('reassign')} data-testid="task-reassign">
              {t('taskPage.reassign')}
            </Button>
          )}
        </Space>
      )}
      {form === 'reassign' && (
        <PersonSelect
          placeholder={t('taskPage.reassignTo')}
          people={options}
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
              disabled={waiting}
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
