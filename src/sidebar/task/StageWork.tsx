import { Button, Space, TextArea, Typography } from '@douyinfe/semi-ui';
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { Task } from '../../core/model';
import type { Outcome } from '../kernel/command';
import type { WorkKind } from '../kernel/commandMessages';
import { commands } from '../kernel/commands';
import { stageWorkKey } from '../kernel/commands/workCommands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { useNow, useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useSentNudges } from '../kernel/useSentNudges';
import { nudgeOffer, type WorkViewer } from '../kernel/workContext';
import { startOfDay } from '../shared/dayInput';
import { useI18n } from '../shared/i18nContext';
import { DeliverableList } from './DeliverableList';
import { stageActions } from './StageWorkModel';
import { useDeliverables, useUploading } from './useDeliverables';

/**
 * The work on one stage: the owner starts it, uploads deliverables and submits them; the accountable person
 * accepts or sends it back with a reason; anyone it waits on can be nudged (催办).
 */
interface Props {
  stage: Task;
  /** After an action wrote: the page re-reads what it shows beside (the history). */
  onChanged?: () => void;
  /** Another action on this stage (acknowledge, decline, reassign) is saving: these wait for it. */
  waiting?: boolean;
  /** Whether one of these is saving, for the stage's other actions to wait. */
  onSaving?: (saving: boolean) => void;
  /** [EV20] The stage's "more" menu, shown at the end of its row of buttons. */
  menu?: ReactNode;
}

export function StageWork({ stage, onChanged, waiting = false, onSaving, menu }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const now = useNow();
  const runner = useCommands(commands);
  // What this stage became by this page's own action, shown until the app hands over the stage anew.
  const current = runner.written.get(stage.id) ?? stage;
  const deliverables = useDeliverables(stage.id);
  const uploading = useUploading();
  // The files of an upload that failed, offered again as they are (their tokens are kept: nothing re-uploads).
  const [failedFiles, setFailedFiles] = useState<File[]>([]);
  const time = now();
  const viewer: WorkViewer = {
    ...session.data,
    tasks: session.data.tasks.map((x) => (x.id === current.id ? current : x)),
    userId: session.context.userId,
    canEdit: session.canEdit,
    now: time,
    todayStart: startOfDay(time),
  };
  const actions = stageActions(current, viewer);
  const offer = actions.nudge ? nudgeOffer(current, viewer) : undefined;
  const nudges = useSentNudges(offer ? [offer.eventKey] : []);
  const nudged = offer !== undefined && nudges.sent.has(offer.eventKey);
  const [sendingBack, setSendingBack] = useState(false);
  const [reason, setReason] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = (kind: WorkKind) => runner.phase('stageWork', stageWorkKey(current.id, kind)) === 'busy';
  // One action at a time on a stage: a second click while one saves would be refused unseen, so it cannot be made.
  const waits = (kind: WorkKind | 'nudge') => waiting || (runner.saving && (kind === 'nudge' || !busy(kind)));
  useSavingReport(runner.saving, onSaving);

  const settled = (outcome: Outcome<unknown, unknown> | undefined) => {
    if (outcome?.phase !== 'done') return;
    setSendingBack(false);
    setReason('');
    onChanged?.();
  };
  const run = async (kind: Exclude<WorkKind, 'upload'>) =>
    settled(
      await runner.run('stageWork', { stage: current, kind, reason: kind === 'sendBack' ? reason : '' }),
    );
  const nudge = async () => {
    if (!offer) return;
    const outcome = await runner.run('nudge', { taskId: current.id, offer });
    if (outcome?.phase === 'done') nudges.markSent(offer.eventKey);
    settled(outcome);
  };
  const upload = async (list: File[]) => {
    const outcome = await runner.run('stageWork', { stage: current, kind: 'upload', files: list });
    // No outcome: another action of this page still saved, so nothing ran; the files are offered again.
    setFailedFiles(!outcome || outcome.phase === 'failed' ? list : []);
    const written = outcome && outcome.phase !== 'failed' ? outcome.value?.files : undefined;
    if (written) deliverables.written(written);
    settled(outcome);
  };
  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const list = [...(event.target.files ?? [])];
    event.target.value = ''; // the same file can be chosen again after a failure
    if (list.length > 0) await upload(list);
  };
  const anything = Object.values(actions).some(Boolean);

  return (
    <div className="baton-stack" data-testid="stage-work">
      {runner.saving || waiting ? (
        <Typography.Text type="tertiary" size="small" data-testid="stage-saving">
          {t('stageWork.saving')}
        </Typography.Text>
      ) : (
        <FeedbackBanner feedback={runner.lastFeedback()} testId="stage-feedback" />
      )}
      <DeliverableList stageId={current.id} files={deliverables.files} uploaders={deliverables.uploaders} />
      {(anything || menu) && (
        <Space wrap>
          {actions.start && (
            <Button
              theme="solid"
              type="primary"
              loading={busy('start')}
              disabled={waits('start')}
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
              <Button
                loading={busy('upload') || uploading}
                disabled={waits('upload') || uploading}
                onClick={() => fileInput.current?.click()}
                data-testid="stage-upload-button"
              >
                {busy('upload') || uploading ? t('stageWork.uploading') : t('stageWork.upload')}
              </Button>
              {failedFiles.length > 0 && !uploading && (
                <Button
                  type="warning"
                  disabled={waits('upload')}
                  onClick={() => void upload(failedFiles)}
                  data-testid="stage-upload-retry"
                >
                  {t('deliverables.retry')}
                </Button>
              )}
            </>
          )}
          {actions.submit && (
            <Button
              theme="solid"
              type="primary"
              loading={busy('submit')}
              disabled={waits('submit')}
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
              loading={busy('accept')}
              disabled={waits('accept')}
              onClick={() => void run('accept')}
              data-testid="stage-accept"
            >
              {t('stageWork.accept')}
            </Button>
          )}
          {actions.sendBack && (
            <Button
              type="danger"
              disabled={waits('sendBack')}
              onClick={() => setSendingBack(!sendingBack)}
              data-testid="stage-sendback"
            >
              {t('stageWork.sendBack')}
            </Button>
          )}
          {offer && (
            <Button
              disabled={nudged || (waits('nudge') && runner.phase('nudge', offer.eventKey) !== 'busy')}
              loading={runner.phase('nudge', offer.eventKey) === 'busy'}
              onClick={() => void nudge()}
              data-testid="stage-nudge"
            >
              {nudged ? t('process.nudged') : t('process.nudge')}
            </Button>
          )}
          {menu}
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
              loading={busy('sendBack')}
              disabled={waits('sendBack')}
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

/** Tells the page when this stage's saving starts and ends; the latest callback, without re-running on each. */
function useSavingReport(saving: boolean, report: ((saving: boolean) => void) | undefined) {
  const latest = useRef(report);
  latest.current = report;
  useEffect(() => latest.current?.(saving), [saving]);
}
