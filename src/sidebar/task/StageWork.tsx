import { Banner, Button, Space, TextArea, Typography } from '@douyinfe/semi-ui';
import { useRef, useState, type ChangeEvent } from 'react';
import type { Task } from '../../core/model';
import type { ReadySession } from '../app/appModel';
import { useNudges } from '../mywork/useNudges';
import { useI18n } from '../shared/i18nContext';
import { useStageWork, type ActKind } from './StageWorkState';
import { nudgeOffer, stageActions } from './StageWorkModel';
import type { Feedback } from './useResponsibility';

interface Props {
  session: ReadySession;
  now: () => number;
  stage: Task;
  /** Called after anything was written, so the app re-reads the Base. */
  onChanged: () => void;
}

/**
 * The work on one stage: the owner starts it, uploads deliverables and submits them; the accountable person
 * accepts or sends it back with a reason; anyone it waits on can be nudged (催办).
 */
export function StageWork({ session, now, stage, onChanged }: Props) {
  const { t } = useI18n();
  const { current, viewer, files, busy, act, upload } = useStageWork(session, now, stage, onChanged);
  const actions = stageActions(current, viewer);
  const offer = actions.nudge ? nudgeOffer(current, viewer) : undefined;
  const nudges = useNudges(session, now, offer ? [offer.eventKey] : []);
  const nudged = offer !== undefined && nudges.sent.has(offer.eventKey);
  const [sendingBack, setSendingBack] = useState(false);
  const [reason, setReason] = useState('');
  const [feedback, setFeedback] = useState<Feedback>();
  const fileInput = useRef<HTMLInputElement>(null);

  const show = (result: Feedback | undefined) => {
    if (!result) return;
    setFeedback(result);
    if (result.type === 'success') {
      setSendingBack(false);
      setReason('');
    }
  };
  const run = async (kind: ActKind) => show(await act(kind, kind === 'sendBack' ? reason : ''));
  const nudge = async () => offer && show(await nudges.nudge(current.id, offer));
  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const list = [...(event.target.files ?? [])];
    event.target.value = ''; // the same file can be chosen again after a failure
    if (list.length > 0) show(await upload(list));
  };
  const anything = Object.values(actions).some(Boolean);

  return (
    <div className="baton-stack" data-testid="stage-work">
      {feedback && (
        <Banner
          type={feedback.type}
          description={feedback.text}
          closeIcon={null}
          data-testid="stage-feedback"
        />
      )}
      {files.length > 0 && (
        <Typography.Text size="small" data-testid="stage-deliverables">
          {t('stageWork.deliverables', { files: files.map((f) => f.name).join('、') })}
        </Typography.Text>
      )}
      {anything && (
        <Space wrap>
          {actions.start && (
            <Button
              theme="solid"
              type="primary"
              loading={busy === 'start'}
              onClick={() => void run('start')}
              data-testid="stage-start"
            >
              {t('stageWork.start')}
            </Button>
          )}
          {actions.upload && (
            <>
              <input
                ref={fileInput}
                type="file"
                multiple
                hidden
                onChange={(e) => void chosen(e)}
                data-testid="stage-upload"
              />
              <Button loading={busy === 'upload'} onClick={() => fileInput.current?.click()}>
                {busy === 'upload' ? t('stageWork.uploading') : t('stageWork.upload')}
              </Button>
            </>
          )}
          {actions.submit && (
            <Button
              theme="solid"
              type="primary"
              loading={busy === 'submit'}
              onClick={() => void run('submit')}
              data-testid="stage-submit"
            >
              {t('stageWork.submit')}
            </Button>
          )}
          {actions.accept && (
            <Button
              theme="solid"
              type="primary"
              loading={busy === 'accept'}
              onClick={() => void run('accept')}
              data-testid="stage-accept"
            >
              {t('stageWork.accept')}
            </Button>
          )}
          {actions.sendBack && (
            <Button type="danger" onClick={() => setSendingBack(!sendingBack)} data-testid="stage-sendback">
              {t('stageWork.sendBack')}
            </Button>
          )}
          {offer && (
            <Button
              disabled={nudged}
              loading={nudges.busyKey === offer.eventKey}
              onClick={() => void nudge()}
              data-testid="stage-nudge"
            >
              {nudged ? t('process.nudged') : t('process.nudge')}
            </Button>
          )}
        </Space>
      )}
      {sendingBack && actions.sendBack && (
        <>
          <TextArea
            autosize
            rows={2}
            value={reason}
            placeholder={t('stageWork.sendBackReason')}
            onChange={setReason}
            data-testid="stage-sendback-reason"
          />
          <Space>
            <Button
              theme="solid"
              type="danger"
              loading={busy === 'sendBack'}
              onClick={() => void run('sendBack')}
              data-testid="stage-confirm"
            >
              {t('stageWork.confirmSendBack')}
            </Button>
            <Button onClick={() => setSendingBack(false)}>{t('stageWork.cancel')}</Button>
          </Space>
        </>
      )}
    </div>
  );
}
