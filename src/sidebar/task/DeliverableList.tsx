import { Button, Typography } from '@douyinfe/semi-ui';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Uploader } from '../../core/deliverableUpload';
import { memberOfUser } from '../../core/org';
import type { AttachmentValue } from '../../port/cellValues';
import { deliverableUrl } from '../../services/deliverables';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import { useSession } from '../kernel/session';
import { fileLabel } from './StageWorkModel';
import { WithNames } from '../kernel/PersonName';
import { NAME_SLOT } from '../shared/nameSlot';

/**
 * [EV17] A stage's deliverables, each opening (or downloading) on click: the host's download addresses are
 * short-lived, so one is asked for at the click. Shows size, and who uploaded it and when where known.
 */
export function DeliverableList(props: {
  stageId: string;
  files: AttachmentValue[];
  uploaders: Map<string, Uploader>;
}) {
  const { t, locale } = useI18n();
  const session = useSession();
  const [opening, setOpening] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [urls, setUrls] = useState(new Map<string, string>());
  const open = async (file: AttachmentValue) => {
    setOpening(file.token);
    setFailure(undefined);
    try {
      const url = await deliverableUrl(session.store, props.stageId, file.token);
      setUrls((before) => new Map(before).set(file.token, url));
      window.open(url, '_blank', 'noopener');
    } catch (error) {
      setFailure(t('deliverables.openFailed', { file: file.name, reason: errorMessage(error, t, locale) }));
    } finally {
      setOpening(undefined);
    }
  };
  if (props.files.length === 0) return null;
  return (
    <div className="baton-stack" data-testid="stage-deliverables">
      <Typography.Text strong size="small">
        {t('deliverables.title')}
      </Typography.Text>
      {props.files.map((file) => (
        <div key={file.token} data-testid="deliverable">
          <Button
            theme="borderless"
            size="small"
            loading={opening === file.token}
            aria-label={t('deliverables.open', { file: file.name })}
            onClick={() => void open(file)}
            data-testid="deliverable-open"
          >
            {fileLabel(file)}
          </Button>
          {urls.has(file.token) && (
            // Where the host blocks the new window, the address stays here to follow by hand.
            <Typography.Text link={{ href: urls.get(file.token), target: '_blank' }} size="small">
              ↗
            </Typography.Text>
          )}
          <UploadedBy file={file} uploader={props.uploaders.get(file.token)} />
        </div>
      ))}
      {failure && (
        <Typography.Text type="danger" size="small" data-testid="deliverable-failed">
          {failure}
        </Typography.Text>
      )}
    </div>
  );
}

function UploadedBy({ file, uploader }: { file: AttachmentValue; uploader?: Uploader }) {
  const { t } = useI18n();
  const { data } = useSession();
  const at = uploader?.at ?? file.timeStamp;
  const time = at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '';
  const name = uploader ? (memberOfUser(data, uploader.userId)?.name ?? '') : '';
  if (!name && !time) return null;
  return (
    <Typography.Text type="tertiary" size="small" data-testid="deliverable-by">
      {' '}
      {name ? (
        <WithNames text={t('deliverables.by', { name: NAME_SLOT, time })} userIds={[uploader!.userId]} />
      ) : (
        t('deliverables.at', { time })
      )}
    </Typography.Text>
  );
}
